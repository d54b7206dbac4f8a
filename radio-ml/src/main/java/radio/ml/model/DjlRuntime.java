package radio.ml.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a process sets before DJL loads, wherever radio's models run (the command line, a Spark executor): DJL never
 * downloads anything (the PyTorch natives come from the pytorch-native-cpu jar on the class path), PyTorch runs on
 * one thread unless told otherwise, and the natives unpack into the given folder rather than ~/.djl.ai. System
 * properties, because that is how DJL is configured; set before the first DJL class runs.
 */
public final class DjlRuntime {
    private DjlRuntime() {
    }

    /**
     * @param cacheDir where DJL unpacks its natives unless the DJL_CACHE_DIR property is set; empty for DJL's own
     *                 choice (the DJL_CACHE_DIR environment variable, else ~/.djl.ai)
     */
    public static void prepare(Optional<Path> cacheDir) {
        System.setProperty("ai.djl.offline", "true");
        // DJL probes for CUDA and warns on every machine without a matching driver; radio uses the CPU natives
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        // one thread unless told otherwise: with two, OpenMP's spinning workers made an epoch 10 times slower on a
        // busy 2-core machine (docs/benchmarks.md), and Spark already runs one task per core
        for (String threads : new String[] {"ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads"}) {
            if (System.getProperty(threads) == null) {
                System.setProperty(threads, "1");
            }
        }
        if (cacheDir.isPresent() && System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cacheDir.get().toString());
        }
    }
}
