package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import radio.sim.server.Endpoint;
import radio.sim.server.Fault;
import radio.sim.server.FaultRule;

class SimMainTest {

    @Test
    void faultSpecsNameEndpointsFaultsAndTrigger() {
        FaultRule rate = SimMain.faultRule("files:503,truncate,stall:rate=0.2");
        FaultRule first = SimMain.faultRule("invoke,tap:error:first=3");

        assertThat(rate.endpoints()).isEqualTo(Set.of(Endpoint.DOWNLOAD_GET, Endpoint.S3_GET));
        assertThat(rate.faults()).containsExactly(Fault.HTTP_503, Fault.TRUNCATE, Fault.STALL);
        assertThat(rate.rate()).isEqualTo(0.2);
        assertThat(first.endpoints()).isEqualTo(Set.of(Endpoint.INVOKE, Endpoint.TAP));
        assertThat(first.firstN()).isEqualTo(3);
    }

    @Test
    void badOptionsAreRejectedWithTheCulpritNamed() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SimMain.parse(new String[] {"--latency-ms", "x"}, out))
                .hasMessage("--latency-ms wants a whole number, got 'x'");
        assertThatThrownBy(() -> SimMain.parse(new String[] {"--bogus"}, out)).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> SimMain.faultRule("resolver:truncate:rate=0.5"))
                .hasMessage("fault TRUNCATE does not apply to endpoint RESOLVER");
        assertThatThrownBy(() -> SimMain.faultRule("invoke:503:often")).hasMessageContaining("first=N or rate=R");
    }

    @Test
    void helpPrintsUsageAndStartsNothing() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();

        assertThat(SimMain.parse(new String[] {"--help"}, new PrintStream(text, true, StandardCharsets.UTF_8)))
                .isNull();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("--extra-k2-targets").contains("--fault SPEC");
    }

    @Test
    void startedArchivePrintsItsUrlsAsEnvironmentLines() {
        SimArchive.Builder b = SimMain.parse(new String[] {"--extra-k2-targets", "3", "--latency-ms", "5",
                "--fault", "invoke:503:first=1"}, System.out);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (SimArchive sim = b.start()) {
            SimMain.printUrls(sim, new PrintStream(text, true, StandardCharsets.UTF_8));

            List<String> lines = List.of(text.toString(StandardCharsets.UTF_8).split("\n"));
            assertThat(lines).contains("RADIO_MAST_URL=" + sim.mastUrl(), "AWS_ENDPOINT_URL_S3=" + sim.s3Endpoint(),
                    "RADIO_SIM_TARGETS=" + (31 + 3 + 2 + 2 + 10 + 5 + 10), "RADIO_SIM_READY=1");
            assertThat(SimHttp.invokeRaw(sim, "{}").statusCode()).isEqualTo(503);
            assertThat(SimHttp.invokeRaw(sim, "{}").statusCode()).isEqualTo(200);
        }
    }
}
