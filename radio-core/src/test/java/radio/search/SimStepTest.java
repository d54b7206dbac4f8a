package radio.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import radio.sim.SimArchive;

/** Tests against one simulated archive per class, each test with runs of its own ({@link #newRun()}), closed after it. */
abstract class SimStepTest {
    static SimArchive sim;
    /** The test's current run, if it made one. */
    StepFixture run;

    @BeforeAll
    static void startSim() {
        sim = SimArchive.builder().start();
    }

    @AfterAll
    static void stopSim() {
        sim.close();
    }

    @AfterEach
    void closeRun() {
        if (run != null) {
            run.close();
        }
    }

    /** A new run over the class's archive (request counters reset), closing the test's previous one. */
    StepFixture newRun() {
        return newRun(sim);
    }

    /** A new run over another archive, closing the test's previous one. */
    StepFixture newRun(SimArchive archive) {
        closeRun();
        run = new StepFixture(archive);
        return run;
    }
}
