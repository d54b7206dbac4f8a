package radio.ml.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsTest {
    @TempDir
    Path dir;

    private Labels read(String text) throws Exception {
        Path f = dir.resolve("labels.csv");
        Files.writeString(f, text);
        return Labels.read(f);
    }

    @Test
    void readsTargetsLabelsAndEphemeridesInAnySpelling() throws Exception {
        Labels l = read("target,label,period_days,epoch_bjd,duration_hours\n"
                + "EPIC 211089792,1,3.2588,2457140.1,2.5\n\"epic211089793\",0,,,\nKIC 011442793,0\n");
        assertThat(l.size()).isEqualTo(3);
        assertThat(l.of("epic 211089792").orElseThrow().ephemeris().orElseThrow().durationDays())
                .isEqualTo(2.5 / 24);
        assertThat(l.of("EPIC 211089793").orElseThrow().label()).isZero();
        assertThat(l.of("KIC 11442793")).isPresent();
    }

    @Test
    void refusesALabelOtherThanZeroOrOneNamingTheLine() {
        assertThatThrownBy(() -> read("target,label\nEPIC 1,1\nEPIC 2,2\n"))
                .isInstanceOf(LabelsException.class).hasMessageContaining("line 3")
                .hasMessageContaining("label '2' of EPIC 2 is not 0 or 1");
    }

    @Test
    void refusesAHalfGivenEphemerisADuplicateAndAMissingHeader() {
        assertThatThrownBy(() -> read("target,label,period_days,epoch_bjd,duration_hours\nEPIC 1,1,3.2,,\n"))
                .hasMessageContaining("part of an ephemeris");
        assertThatThrownBy(() -> read("target,label\nEPIC 1,1\nepic 1,0\n")).hasMessageContaining("labelled twice");
        assertThatThrownBy(() -> read("EPIC 1,1\n")).hasMessageContaining("header must begin target,label");
        assertThatThrownBy(() -> read("target,label,period_days,epoch_bjd,duration_hours\nEPIC 1,1,2,2457000,60\n"))
                .hasMessageContaining("implausible ephemeris");
    }

    @Test
    void splitsAreByStarStratifiedAndReproducible() {
        java.util.Map<String, Integer> labels = new java.util.TreeMap<>();
        for (int i = 0; i < 100; i++) {
            labels.put("EPIC " + i, i % 4 == 0 ? 1 : 0);
        }
        var a = Splits.DEFAULT.assign(labels, 3);
        assertThat(Splits.DEFAULT.assign(new java.util.HashMap<>(labels), 3)).isEqualTo(a);
        assertThat(Splits.DEFAULT.assign(labels, 4)).isNotEqualTo(a);
        long trainHosts = a.entrySet().stream().filter(e -> e.getValue().equals("train") && labels.get(e.getKey()) == 1)
                .count();
        long valAll = a.values().stream().filter("val"::equals).count();
        // 25 hosts: 20 / 3 / 2 (2.5 rounds up); 75 others: 60 / 8 / 7
        assertThat(trainHosts).isEqualTo(20);
        assertThat(valAll).isEqualTo(11);
        assertThat(a.values().stream().filter("test"::equals).count()).isEqualTo(9);
    }
}
