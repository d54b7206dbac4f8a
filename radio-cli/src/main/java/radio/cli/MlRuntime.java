package radio.cli;

import java.nio.file.Path;
import radio.config.RadioConfig;

/**
 * What the machine-learning commands set before DJL loads: DJL must never download anything (the PyTorch natives
 * come from the pytorch-native-cpu jar on the class path), and it unpacks those natives under RADIO_HOME/djl
 * rather than ~/.djl.ai (unless DJL_CACHE_DIR says otherwise). Properties, because that is how DJL is configured;
 * set once per process, before the first DJL class runs.
 */
final class MlRuntime {
    private MlRuntime() {
    }

    static void prepare(CliContext context) {
        System.setProperty("ai.djl.offline", "true");
        // DJL probes for CUDA and warns on every machine without a matching driver; radio uses the CPU natives
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        // PyTorch on one thread unless told otherwise: with two, OpenMP's spinning workers made an epoch 10 times
        // slower on a busy 2-core machine (docs/benchmarks.md); -Dai.djl.pytorch.num_threads=N in RADIO_JAVA_OPTS
        for (String threads : new String[] {"ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads"}) {
            if (System.getProperty(threads) == null) {
                System.setProperty(threads, "1");
            }
        }
        if (!context.env().containsKey("DJL_CACHE_DIR") && System.getProperty("DJL_CACHE_DIR") == null) {
            Path home = RadioConfig.fromEnvironment(context.env(), context.userHome()).radioHome();
            System.setProperty("DJL_CACHE_DIR", home.resolve("djl").toString());
        }
    }
}
