package radio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The two catalogs, SQLite and in memory, keep the same contract: same answers, same offline reasons, same files. */
class CatalogContractTest {
    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");

    @TempDir
    Path dir;

    static Stream<Function<Path, Catalog>> catalogs() {
        return Stream.of(d -> CatalogStore.open(d.resolve("catalog.db")), d -> Catalog.inMemory());
    }

    private static ObservationRow observation(String obsId, long sequence) {
        return new ObservationRow("100" + sequence, obsId, "K2", Optional.of("ktwo206011691"), OptionalDouble.of(1800),
                Optional.of("K2"), Optional.of("K2"), OptionalLong.of(sequence), OptionalDouble.of(56975.2));
    }

    private static ProductRow product(String obsId, String uri) {
        return new ProductRow(obsId, "K2", OptionalDouble.of(1800), Optional.of("LLC"),
                uri.substring(uri.lastIndexOf('/') + 1), OptionalLong.of(368640), uri, Optional.empty());
    }

    private static FileRecord file(Path path, String uri) {
        return new FileRecord(path.toAbsolutePath(), 368640, "0123456789abcdef0123456789abcdef", "s3", uri,
                Optional.empty(), T0, 1L);
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void answersOfflineReasonsAndFilesAreTheSame(Function<Path, Catalog> open) {
        String uri = "mast:K2/url/missions/k2/lightcurves/c3/206000000/11000/ktwo206011691-c03_llc.fits";
        try (Catalog catalog = open.apply(dir)) {
            SearchRecord older = new SearchRecord("ktwo206011691", "mission=K2", T0,
                    List.of(observation("ktwo206011691-c03_lc", 3)), List.of(product("ktwo206011691-c03_lc", uri)));
            SearchRecord newer = new SearchRecord("K2-21", "mission=any", T0.plusSeconds(60),
                    List.of(observation("ktwo206011691-c03_lc", 3)), List.of(product("ktwo206011691-c03_lc", uri)));
            catalog.recordSearches(List.of(new ResolvedTarget("K2-28", Optional.of("ktwo206011691"),
                    OptionalDouble.empty(), OptionalDouble.empty(), "k2names", T0)), List.of(older, newer));
            catalog.recordFile(file(dir.resolve("a.fits"), uri));
            catalog.recordFile(file(dir.resolve("bare.fits"), "s3://stpubdata/k2/x.fits"));

            assertThat(catalog.search("K2-21", "mission=any")).contains(newer);
            OfflineAnswer offline = catalog.offline(List.of("K2-21", "K2-28", "K2-99", "ktwo206011691"), "mission=any");
            assertThat(offline.known()).extracting(OfflineAnswer.KnownTarget::target).containsExactly("K2-21");
            assertThat(offline.unknown()).extracting(OfflineAnswer.UnknownTarget::reason).containsExactly(
                    OfflineAnswer.Reason.RESOLVED_ONLY, OfflineAnswer.Reason.NEVER_SEEN,
                    OfflineAnswer.Reason.OTHER_SELECTION);

            List<CatalogedFile> files = catalog.files();
            assertThat(files).extracting(f -> f.file().path().getFileName().toString())
                    .containsExactly("a.fits", "bare.fits");
            assertThat(files.get(0).target()).as("the newest answer listing the URI").contains("K2-21");
            assertThat(files.get(0).product().orElseThrow().dataUri()).isEqualTo(uri);
            assertThat(files.get(0).observation().orElseThrow().sequenceNumber()).hasValue(3);
            assertThat(files.get(1).product()).isEmpty();
            assertThat(files.get(1).target()).isEmpty();

            catalog.forgetFile(dir.resolve("bare.fits"));
            assertThat(catalog.files()).hasSize(1);
        }
    }
}
