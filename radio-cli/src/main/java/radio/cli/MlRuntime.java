package radio.cli;

import java.util.Optional;
import radio.config.RadioConfig;
import radio.ml.model.DjlRuntime;

/**
 * What the machine-learning commands set before DJL loads ({@link DjlRuntime}): DJL unpacks its natives under
 * RADIO_HOME/djl unless DJL_CACHE_DIR says otherwise. Once per process, before the first DJL class runs; PyTorch's
 * thread count can be raised with -Dai.djl.pytorch.num_threads=N in RADIO_JAVA_OPTS.
 */
final class MlRuntime {
    private MlRuntime() {
    }

    static void prepare(CliContext context) {
        boolean chosen = context.env().containsKey("DJL_CACHE_DIR");
        DjlRuntime.prepare(chosen ? Optional.empty() : Optional.of(
                RadioConfig.fromEnvironment(context.env(), context.userHome()).radioHome().resolve("djl")));
    }
}
