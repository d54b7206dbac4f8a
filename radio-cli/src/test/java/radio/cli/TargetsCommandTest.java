package radio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import radio.testing.Fixtures;
import radio.testing.LoopbackServer;
import radio.testing.LoopbackServer.Reply;
import radio.archive.exoplanets.TargetTable;

/** radio targets against a loopback TAP server answering with recorded archive bodies. */
class TargetsCommandTest {
    @TempDir
    Path home;
    private LoopbackServer tap;

    @AfterEach
    void stop() {
        if (tap != null) {
            tap.close();
        }
    }

    private Map<String, String> env() {
        return Map.of("RADIO_EXOPLANET_ARCHIVE_URL", tap.baseUrl().toString());
    }

    private String sentQuery() {
        String q = tap.received().get(0).uri().getRawQuery();
        return URLDecoder.decode(q, StandardCharsets.UTF_8);
    }

    @Test
    void textPrintsTheFirstColumnDeduplicatedInOrder() {
        String k2names = Fixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_all.json");
        tap = LoopbackServer.start(r -> Reply.json(k2names));

        CliRun r = CliRun.run(env(), home, "targets", "--table", "k2names", "--format", "text");

        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(323).doesNotHaveDuplicates();
        assertThat(lines.get(0)).isEqualTo("EPIC 246199087");
        assertThat(lines.get(1)).isEqualTo("EPIC 220383386");
        assertThat(lines).contains("EPIC 201912552");
        assertThat(sentQuery()).isEqualTo("query=select epic_id,k2_name,pl_name from k2names&format=json");
    }

    @Test
    void csvPrintsEveryRowWithAHeader() {
        String k2names = Fixtures.text("exoplanet-archive/ropensci-exoplanets/tap_k2names_all.json");
        tap = LoopbackServer.start(r -> Reply.json(k2names));

        CliRun r = CliRun.run(env(), home, "targets");

        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(450);
        assertThat(lines.get(0)).isEqualTo("epic_id,k2_name,pl_name");
        assertThat(lines.get(1)).isEqualTo("EPIC 246199087,K2-112 f,TRAPPIST-1 f");
    }

    @Test
    void jsonKeepsNumbersAsNumbers() {
        tap = LoopbackServer.start(r -> Reply.json("[{\"hostname\": \"K2-18\", \"pl_name\": \"K2-18 b\", \"pl_orbper\": 32.940045,"
                + " \"tic_id\": null}]"));

        CliRun r = CliRun.run(env(), home, "targets", "--table", "pscomppars", "--columns", "hostname,pl_name,pl_orbper,tic_id",
                "--where", "hostname='K2-18'", "--format", "json", "--limit", "5");

        assertThat(r.exitCode()).isZero();
        com.fasterxml.jackson.databind.JsonNode rows = readJson(r.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("hostname").asText()).isEqualTo("K2-18");
        assertThat(rows.get(0).get("pl_orbper").isNumber()).isTrue();
        assertThat(rows.get(0).get("pl_orbper").asDouble()).isEqualTo(32.940045);
        assertThat(rows.get(0).get("tic_id").isNull()).isTrue();
        assertThat(sentQuery()).isEqualTo("query=select hostname,pl_name,pl_orbper,tic_id from pscomppars "
                + "where hostname='K2-18'&format=json&maxrec=5");
    }

    @Test
    void bareCatalogueNumbersBecomeSearchableDesignations() {
        tap = LoopbackServer.start(r -> Reply.json("[{\"kepid\": \"7515212\"}, {\"kepid\": \"7515212\"}, {\"kepid\": \"8210018\"}]"));

        CliRun r = CliRun.run(env(), home, "targets", "--table", "keplernames", "--columns", "kepid", "--format", "text");

        assertThat(r.out().lines()).containsExactly("KIC 7515212", "KIC 8210018");
        assertThat(TargetTable.designation("tid", "92226327")).isEqualTo("TIC 92226327");
        assertThat(TargetTable.designation("toi", "256.01")).isEqualTo("TOI-256.01");
        assertThat(TargetTable.designation("hostname", "K2-18")).isEqualTo("K2-18");
    }

    @Test
    void archiveErrorIsExit1WithItsMessage() {
        tap = LoopbackServer.start(r -> Reply.json("{\"status\": \"error\", \"msg\": \"ORA-00904: \"NOPE\": invalid identifier\"}"));

        CliRun r = CliRun.run(env(), home, "targets", "--columns", "nope");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("ORA-00904: \"NOPE\": invalid identifier");
    }

    @Test
    void adqlExcludesTableOptionsAndBadTablesAreRejected() {
        tap = LoopbackServer.start(r -> Reply.json("[]"));

        CliRun both = CliRun.run(env(), home, "targets", "--adql", "select * from ps", "--table", "ps");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--adql replaces --table, --columns and --where");

        CliRun bad = CliRun.run(env(), home, "targets", "--table", "exoplanets");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--table: 'exoplanets' is not one of k2names, keplernames, pscomppars, ps, toi");

        CliRun col = CliRun.run(env(), home, "targets", "--columns", "pl_name;drop");
        assertThat(col.exitCode()).isEqualTo(2);
        assertThat(tap.received()).isEmpty();
    }

    @Test
    void anEmptyResultStillPrintsTheCsvHeader() {
        tap = LoopbackServer.start(r -> Reply.json("[]"));

        CliRun r = CliRun.run(env(), home, "targets", "--table", "toi", "--where", "tid=1");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("tid,toi,tfopwg_disp,pl_orbper,pl_tranmid,pl_trandurh\n");
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
