package radio.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies flow one way, checked on the bytecode of every module (fully qualified names and inline uses
 * included): cli → api → services → clients, with the domain (light curves, periodograms, plots, config, outputs)
 * below them all; packages form no cycles; no core class knows the command line; each third-party library stays
 * behind its one package; the simulator is independent of the library it tests.
 */
class ArchitectureTest {
    private static JavaClasses radio;

    @BeforeAll
    static void importRadio() {
        // the modules' main classes, as directories or jars (a reactor build tests against the packaged jars)
        radio = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("radio");
        for (String required : new String[] {"radio.cli.Main", "radio.api.Radio", "radio.transfer.TransferEngine",
                "radio.lightcurve.LightCurve", "radio.sim.SimArchive"}) {
            assertThat(radio.contain(required)).as("imported " + required).isTrue();
        }
        assertThat(radio.contain("radio.testing.Fixtures")).as("test classes left out").isFalse();
    }

    @Test
    void layersAreReachedOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("radio.cli..")
                .layer("api").definedBy("radio.api..")
                .layer("services").definedBy("radio.workflow..", "radio.search..", "radio.transfer..", "radio.catalog..")
                .layer("clients").definedBy("radio.archive..")
                .layer("domain").definedBy("radio.lightcurve..", "radio.periodogram..", "radio.periodsearch..",
                        "radio.vetting..", "radio.plot..", "radio.config..", "radio.output..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("services").mayOnlyBeAccessedByLayers("api", "cli")
                .whereLayer("clients").mayOnlyBeAccessedByLayers("services", "api", "cli")
                .check(radio);
    }

    @Test
    void workflowsAreReachedThroughTheApiOnly() {
        classes().that().resideInAPackage("radio.workflow..").should().onlyBeAccessed()
                .byAnyPackage("radio.workflow..", "radio.api..").check(radio);
    }

    @Test
    void theDomainDoesNotReachUp() {
        noClasses().that().resideInAnyPackage("radio.lightcurve..", "radio.periodogram..").should()
                .dependOnClassesThat().resideInAnyPackage("radio.archive..", "radio.transfer..", "radio.catalog..",
                        "radio.plot..", "radio.search..", "radio.workflow..", "radio.api..", "radio.cli..")
                .check(radio);
        noClasses().that().resideInAPackage("radio.lightcurve..").should().dependOnClassesThat()
                .resideInAnyPackage("radio.periodogram..", "radio.periodsearch..").check(radio);
        // the algorithms work on arrays; the workflows around them (read, stitch, flatten, grid, vet) sit above
        noClasses().that().resideInAPackage("radio.periodogram..").should().dependOnClassesThat()
                .resideInAPackage("radio.periodsearch..").check(radio);
        noClasses().that().resideInAPackage("radio.periodsearch..").should().dependOnClassesThat()
                .resideInAnyPackage("radio.archive..", "radio.transfer..", "radio.catalog..", "radio.plot..",
                        "radio.search..", "radio.workflow..", "radio.api..", "radio.cli..").check(radio);
        // vetting judges what the search found; it draws nothing (the vetting sheet, in plot, draws it)
        noClasses().that().resideInAPackage("radio.vetting..").should().dependOnClassesThat()
                .resideInAnyPackage("radio.archive..", "radio.transfer..", "radio.catalog..", "radio.plot..",
                        "radio.search..", "radio.workflow..", "radio.api..", "radio.cli..").check(radio);
        noClasses().that().resideInAnyPackage("radio.plot..", "radio.config..", "radio.output..").should()
                .dependOnClassesThat().resideInAnyPackage("radio.archive..", "radio.transfer..", "radio.catalog..",
                        "radio.search..", "radio.workflow..", "radio.api..", "radio.cli..").check(radio);
    }

    @Test
    void servicesStayInTheirLanes() {
        noClasses().that().resideInAPackage("radio.transfer..").should().dependOnClassesThat()
                .resideInAnyPackage("radio.search..", "radio.archive.mast..", "radio.archive.exoplanets..",
                        "radio.plot..").check(radio);
        noClasses().that().resideInAPackage("radio.search..").should().dependOnClassesThat()
                .resideInAnyPackage("radio.transfer..", "radio.plot..").check(radio);
        noClasses().that().resideInAPackage("radio.catalog..").should().dependOnClassesThat()
                .resideInAnyPackage("radio.search..", "radio.transfer..", "radio.archive..", "radio.plot..")
                .check(radio);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("radio.(**)").should().beFreeOfCycles().check(radio);
    }

    @Test
    void thirdPartyLibrariesStayBehindTheirPackage() {
        confine("picocli..", "radio.cli..");
        confine("me.tongfei.progressbar..", "radio.cli..");
        confine("software.amazon.awssdk..", "radio.transfer..");
        confine("org.knowm.xchart..", "radio.plot..");
        confine("java.sql..", "radio.catalog..");
        confine("org.sqlite..", "radio.catalog..");
        confine("nom.tam..", "radio.sim..");
    }

    @Test
    void theSimulatedArchiveIsIndependentOfTheLibrary() {
        noClasses().that().resideInAPackage("radio.sim..").should().dependOnClassesThat()
                .resideOutsideOfPackages("radio.sim..", "java..", "javax..", "com.fasterxml.jackson..", "org.slf4j..",
                        "nom.tam..", "com.sun.net.httpserver..", "jdk..")
                .check(radio);
        noClasses().that().resideOutsideOfPackage("radio.sim..").should().dependOnClassesThat()
                .resideInAPackage("radio.sim..").check(radio);
    }

    private static void confine(String library, String allowed) {
        noClasses().that().resideOutsideOfPackage(allowed).should().dependOnClassesThat().resideInAPackage(library)
                .check(radio);
    }
}
