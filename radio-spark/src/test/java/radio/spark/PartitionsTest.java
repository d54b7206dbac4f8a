package radio.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import radio.spark.s3.S3Object;

class PartitionsTest {
    private static List<S3Object> objects(int n, long size) {
        List<S3Object> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            out.add(new S3Object("b", String.format("tess/k%04d_lc.fits", i), OptionalLong.of(size), Optional.empty()));
        }
        return out;
    }

    @Test
    void partitionsAreCutByCountInKeyOrder() {
        List<List<S3Object>> p = Partitions.plan(objects(1000, 1000), 64, Long.MAX_VALUE, 2);

        assertThat(p).hasSize(16);
        assertThat(p.get(0)).hasSize(64);
        assertThat(p.get(0).get(0).key()).isEqualTo("tess/k0000_lc.fits");
        assertThat(p.stream().mapToInt(List::size).sum()).isEqualTo(1000);
    }

    @Test
    void partitionsAreCutByBytes() {
        List<List<S3Object>> p = Partitions.plan(objects(100, 3_000_000), 64, 10_000_000, 1);

        assertThat(p).hasSize(34);
        assertThat(p.subList(0, 33)).allSatisfy(part -> assertThat(part).hasSize(3));
    }

    @Test
    void fewObjectsStillGiveEveryCoreSeveralTasks() {
        assertThat(Partitions.plan(objects(60, 1000), 64, Long.MAX_VALUE, 4)).hasSize(12);
        assertThat(Partitions.plan(objects(5, 1000), 64, Long.MAX_VALUE, 4)).hasSize(5);
    }

    @Test
    void unknownSizesAreEstimatedByMission() {
        assertThat(Partitions.estimate("tess/public/tid/s0001/x-s_lc.fits")).isEqualTo(2_000_000L);
        assertThat(Partitions.estimate("kepler/public/lightcurves/0114/x_llc.fits")).isEqualTo(500_000L);
        List<S3Object> unknown = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            unknown.add(S3Object.of("b", "tess/k" + i + "_lc.fits"));
        }
        assertThat(Partitions.plan(unknown, 64, 4_000_000, 1)).hasSize(6)
                .allSatisfy(part -> assertThat(part).hasSize(2));
    }
}
