package radio.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.config.RadioConfig;
import radio.search.SearchReport;
import radio.search.SearchSettings;
import radio.search.TargetOutcome;
import radio.workflow.Services;

/** {@code radio search}: one row per data product of each target, found on MAST with its S3 key. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Find targets' light-curve products on MAST and their keys in the public S3 bucket.",
        description = {
            "Searches MAST for each TARGET's observations, keeps those matching the selection, lists their data "
                    + "products and looks up each product's key in the public S3 bucket (path_lookup). Prints one "
                    + "row per product: target, obs_id, obs_collection, t_exptime [s], product (file-type code), "
                    + "productFilename, size [bytes], dataURI, s3_key (empty when the file is not in the cloud).",
            "",
            "Many targets are searched at once and batched: one Exoplanet Archive query for all K2-/Kepler-/TOI- "
                    + "names, up to 30 names per resolver call, many target names per MAST query, up to 500 "
                    + "observations per products call and 40 files per path_lookup. A target that cannot be "
                    + "resolved is reported on stderr and the others go on (exit 1).",
            "",
            "Every answer is recorded in the catalog (RADIO_HOME/catalog.db), so the same search works with "
                    + "--offline later, without the network."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio search K2-18 --mission K2 --exptime 1800 --product LLC",
            "      K2 long-cadence pipeline light curves of K2-18 (spacekit's selection)",
            "  radio search 'EPIC 201912552' ktwo201367065 'KIC 8264588' \\",
            "      --product LLC --format csv",
            "  radio search K2-21 K2-28 --radius 0s --mission K2 --exptime 1800 \\",
            "      --product LLC",
            "      spacekit's exact method: resolve each name, search its position",
            "      with radius 0 (observations whose footprint contains it)",
            "  radio targets --table k2names --format text \\",
            "      | radio search --targets-file - --product LLC",
            "  radio search 'pi Mensae' --mission TESS --exptime 120 --product LC",
            "",
            "Exit codes: 0 all targets searched · 1 some targets failed (each named on",
            "stderr, the others are printed) · 2 usage error, nothing attempted"})
public final class SearchCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table (aligned, with a # column and units), csv or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--offline",
            description = "Answer from the catalog (RADIO_HOME/catalog.db) alone, without any network request: what "
                    + "earlier searches with the same criteria found. A target it cannot answer for is named on "
                    + "stderr with the reason (exit 1).")
    boolean offline;

    @Mixin
    EndpointOptions endpoints;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("csv") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of table, csv, json");
        }
        SelectionOptions.Plan plan = selection.plan(context, true);
        RadioConfig config = endpoints.config(context);
        if (plan.sequential()) {
            config = config.toBuilder().mastConnections(1).build();
        }
        SearchSettings settings = plan.settings(config.mastConnections());

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = Services.open(config)) {
            services.openCatalogInBackground();
            ProductWriter writer = ProductWriter.of(format, out);
            writer.start();
            InOrder inOrder = new InOrder(writer, err);
            SearchReport report = services.recordedSearch(settings).run(plan.request(), offline, inOrder::accept);
            writer.finish();
            return report.failed() > 0 ? 1 : 0;
        }
    }

    /**
     * Releases outcomes in input order (the search delivers them in completion order) so output is stable;
     * failures and empty targets are named on stderr as they are released. Called serially by the search.
     */
    private static final class InOrder {
        private final ProductWriter writer;
        private final PrintWriter err;
        private final Map<Integer, TargetOutcome> early = new HashMap<>();
        private int next;

        InOrder(ProductWriter writer, PrintWriter err) {
            this.writer = writer;
            this.err = err;
        }

        void accept(TargetOutcome outcome) {
            early.put(outcome.index(), outcome);
            TargetOutcome o;
            while ((o = early.remove(next)) != null) {
                next++;
                if (o.failed()) {
                    err.println("radio: " + o.target() + ": " + o.failure().orElseThrow());
                } else if (o.products().isEmpty()) {
                    err.println("radio: " + o.target() + ": no products match the selection"
                            + o.note().map(n -> ": " + n).orElse(""));
                } else {
                    writer.write(o.products());
                }
                err.flush();
            }
        }
    }
}
