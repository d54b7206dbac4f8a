package radio.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import radio.archive.Http;
import radio.archive.JdkHttp;
import radio.archive.exoplanets.ExoplanetArchiveClient;
import radio.archive.mast.CloudPath;
import radio.archive.mast.MastClient;
import radio.archive.mast.S3KeyRule;
import radio.archive.mast.SantaResolver;
import radio.sim.SimArchive;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.server.Endpoint;
import radio.sim.server.RecordedRequest;

/**
 * The S3 key rules against the simulated archive's {@code path_lookup}: they agree on every product of the
 * rule-based missions, and when one mission's keys have moved the search notices on the first product, says so
 * once and takes that mission's keys from {@code path_lookup}.
 */
class KeyRulesSimTest {

    private static MastClient mast(SimArchive sim) {
        Http http = new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(20));
        return new MastClient(http, sim.mastUrl(), Optional.empty(), Duration.ofSeconds(60),
                new MastClient.Options(50_000, Duration.ofMillis(10), 0));
    }

    private final SearchExecutors threads = new SearchExecutors(6);

    @AfterEach
    void stop() {
        threads.close();
    }

    private ProductSearch search(SimArchive sim) {
        Http http = new JdkHttp(HttpClient.newHttpClient()::send, Duration.ofSeconds(20));
        return new ProductSearch(mast(sim), new SantaResolver(http, sim.resolverUrl()),
                new ExoplanetArchiveClient(http, sim.exoplanetArchiveUrl()), SearchSettings.concurrent(4), threads);
    }

    @Test
    void ruleAndPathLookupAgreeOnEverySimulatedProductOfTheRuleBasedMissions() throws Exception {
        try (SimArchive sim = SimArchive.builder().start()) {
            Map<String, Product> all = new LinkedHashMap<>();
            for (Mission m : List.of(Mission.K2, Mission.KEPLER, Mission.TESS)) {
                for (Target t : sim.catalogue().targets(m)) {
                    sim.catalogue().products(t).forEach(p -> all.putIfAbsent(p.dataUri(), p));
                }
            }
            List<String> ruled = all.keySet().stream().filter(u -> S3KeyRule.forUri(u).isPresent()).toList();

            Map<String, CloudPath> answers = mast(sim).pathLookup(ruled);

            List<String> disagreements = new ArrayList<>();
            for (String uri : ruled) {
                Optional<String> byRule = S3KeyRule.keyFor(uri);
                if (!byRule.equals(answers.get(uri).s3Key())) {
                    disagreements.add(uri + ": rule " + byRule + ", path_lookup " + answers.get(uri).s3Key());
                }
            }
            assertThat(disagreements).isEmpty();
            // the rule covers exactly the mission pipelines' products: K2 and Kepler pipeline files, TESS SPOC files
            Set<String> pipeline = all.values().stream()
                    .filter(p -> p.obsCollection().equals("K2") || p.obsCollection().equals("Kepler")
                            || p.project().equals("SPOC"))
                    .map(Product::dataUri).collect(Collectors.toSet());
            assertThat(Set.copyOf(ruled)).isEqualTo(pipeline);
            assertThat(ruled.stream().map(u -> S3KeyRule.forUri(u).orElseThrow()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(S3KeyRule.values());
            assertThat(sim.catalogue().lightCurves("Kepler-90")).isNotEmpty()
                    .allSatisfy(p -> assertThat(S3KeyRule.keyFor(p.dataUri())).isEqualTo(p.s3Key()));
        }
    }

    @Test
    void keysComeFromTheRuleAfterOneConfirmingLookupPerMission() throws Exception {
        try (SimArchive sim = SimArchive.builder().start()) {
            List<String> targets = List.of("Kepler-90", "Kepler-1", "K2-21", "K2-28", "TIC 25155310", "pi Men");
            Selection lightCurves = Selection.all().withProducts(Set.of("LLC", "LC"));

            List<TargetOutcome> out = search(sim).search(targets, lightCurves, Optional.empty());

            for (int i = 0; i < targets.size(); i++) {
                Map<String, String> want = sim.catalogue().lightCurves(targets.get(i)).stream()
                        .collect(Collectors.toMap(Product::dataUri, p -> p.s3Key().orElseThrow()));
                assertThat(out.get(i).products().stream().collect(Collectors.toMap(FoundProduct::dataUri,
                        p -> p.s3Key().orElseThrow()))).as(targets.get(i)).isEqualTo(want);
            }
            // one path_lookup per mission (Kepler, K2, TESS), one URI each
            assertThat(sim.requests(Endpoint.PATH_LOOKUP)).hasSize(3)
                    .allSatisfy(r -> assertThat(r.params("uri")).hasSize(1));
        }
    }

    @Test
    void theRuleIsConfirmedOnAnObservationsDataUrlWhileItsProductsAreBeingListed() throws Exception {
        Duration latency = Duration.ofMillis(400);
        try (SimArchive sim = SimArchive.builder().latency(latency).start()) {
            List<TargetOutcome> out = search(sim).search(List.of("K2-21", "K2-28"),
                    Selection.k2LongCadenceLightCurves(), Optional.empty());

            assertThat(out).allSatisfy(o -> assertThat(o.products()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.s3Key()).isPresent()));
            RecordedRequest products = sim.requests(Endpoint.INVOKE).stream()
                    .filter(r -> r.param("request").orElseThrow().contains("\"Mast.Caom.Products\""))
                    .collect(onlyElement());
            RecordedRequest lookup = sim.requests(Endpoint.PATH_LOOKUP).stream().collect(onlyElement());
            Set<String> dataUrls = sim.catalogue().lightCurves("K2-21").stream().map(Product::dataUri)
                    .collect(Collectors.toSet());
            dataUrls.addAll(sim.catalogue().lightCurves("K2-28").stream().map(Product::dataUri).toList());
            assertThat(lookup.params("uri")).singleElement().isIn(dataUrls);
            // sent with the products query, not after its answer (which takes the whole latency)
            assertThat(Duration.between(products.received(), lookup.received()).abs()).isLessThan(latency);
        }
    }

    private static <T> Collector<T, ?, T> onlyElement() {
        return Collectors.collectingAndThen(Collectors.toList(), l -> {
            assertThat(l).hasSize(1);
            return l.get(0);
        });
    }

    @Test
    void whenPathLookupDisagreesTheSearchWarnsOnceAndUsesPathLookupForThatMission() throws Exception {
        try (SimArchive sim = SimArchive.builder().keplerTargets(20).movedKeys(Mission.KEPLER, "kepler/moved/")
                .start()) {
            List<String> targets = new ArrayList<>(List.of("Kepler-90", "Kepler-1", "K2-21", "K2-28"));
            sim.catalogue().targets(Mission.KEPLER).stream().skip(2).limit(10).map(Target::designation)
                    .forEach(targets::add);
            List<TargetOutcome> out = new ArrayList<>();

            SearchReport report = search(sim).run(targets.iterator(), Selection.all().withProducts(Set.of("LLC")),
                    Optional.empty(), out::add);

            assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w)
                    .startsWith("the S3 key rule for Kepler gives kepler/public/lightcurves/")
                    .contains("but path_lookup answers kepler/moved/lightcurves/"));
            int keplerFiles = 0;
            for (TargetOutcome o : out) {
                Map<String, String> want = sim.catalogue().lightCurves(o.target()).stream()
                        .collect(Collectors.toMap(Product::dataUri, p -> p.s3Key().orElseThrow()));
                assertThat(o.products().stream().collect(Collectors.toMap(FoundProduct::dataUri,
                        p -> p.s3Key().orElseThrow()))).as(o.target()).isEqualTo(want);
                if (!o.target().startsWith("K2-")) {
                    keplerFiles += want.size();
                    assertThat(want.values()).allMatch(k -> k.startsWith("kepler/moved/"));
                }
            }
            // every Kepler light curve was looked up (plus the confirmation); K2 needed only its confirmation
            List<String> looked = sim.requests(Endpoint.PATH_LOOKUP).stream().flatMap(r -> r.params("uri").stream())
                    .toList();
            assertThat(looked.stream().filter(u -> u.startsWith("mast:KEPLER/")).distinct().count())
                    .isEqualTo(keplerFiles);
            assertThat(looked.stream().filter(u -> u.startsWith("mast:K2/"))).hasSize(1);
        }
    }
}
