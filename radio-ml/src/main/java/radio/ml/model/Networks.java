package radio.ml.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.ArrayList;
import java.util.List;

/** Builds the DJL blocks of the {@link Architecture}s. Inputs: one {@code [batch, length]} array per view. */
final class Networks {
    private Networks() {
    }

    static Block build(Architecture architecture, double width) {
        return switch (architecture) {
            case SPACEKIT -> spacekit(width);
            case ASTRONET -> astronet(width);
            case GBM -> throw new IllegalArgumentException("gbm is not a network");
        };
    }

    private static int filters(int base, double width) {
        return Math.max(2, (int) Math.round(base * width));
    }

    /** The i-th input as {@code [batch, 1, length]}. */
    private static Block channel(int input) {
        return new LambdaBlock(list -> new NDList(list.get(input).expandDims(1)), "input" + input);
    }

    private static Block spacekit(double width) {
        SequentialBlock net = new SequentialBlock().add(channel(0));
        int[] base = {8, 16, 32, 64};
        for (int i = 0; i < base.length; i++) {
            net.add(Conv1d.builder().setKernelShape(new Shape(11)).setFilters(filters(base[i], width)).build())
                    .add(Activation.reluBlock())
                    .add(Pool.maxPool1dBlock(new Shape(2), new Shape(4)));
            if (i < base.length - 1) {
                net.add(BatchNorm.builder().build());
            }
        }
        return net.add(Blocks.batchFlattenBlock())
                .add(Dropout.builder().optRate(0.5f).build())
                .add(Linear.builder().setUnits(64).build()).add(Activation.reluBlock())
                .add(Dropout.builder().optRate(0.25f).build())
                .add(Linear.builder().setUnits(64).build()).add(Activation.reluBlock())
                .add(Linear.builder().setUnits(1).build());
    }

    private static Block astronet(double width) {
        SequentialBlock global = new SequentialBlock().add(channel(0));
        for (int i = 0; i < 5; i++) {
            convBlock(global, filters(16 << i, width), 5, 2);
        }
        global.add(Blocks.batchFlattenBlock());
        SequentialBlock local = new SequentialBlock().add(channel(1));
        for (int i = 0; i < 2; i++) {
            convBlock(local, filters(16 << i, width), 7, 2);
        }
        local.add(Blocks.batchFlattenBlock());
        // the scalars span orders of magnitude (SNR 5 to 5000): sign(x)·ln(1 + |x|) keeps sign and order and
        // compresses the range
        Block scalars = new LambdaBlock(list -> {
            NDArray x = list.get(2);
            return new NDList(x.abs().add(1).log().mul(x.sign()));
        }, "scalars");
        ParallelBlock towers = new ParallelBlock(outputs -> {
            List<NDArray> parts = new ArrayList<>();
            outputs.forEach(o -> parts.add(o.singletonOrThrow()));
            return new NDList(NDArrays.concat(new NDList(parts), 1));
        }, List.of(global, local, scalars));
        SequentialBlock net = new SequentialBlock().add(towers);
        int units = filters(512, width);
        for (int i = 0; i < 4; i++) {
            net.add(Linear.builder().setUnits(units).build()).add(Activation.reluBlock())
                    .add(Dropout.builder().optRate(0.25f).build());
        }
        return net.add(Linear.builder().setUnits(1).build());
    }

    /** Two same-length convolutions with ReLU, then max-pooling. */
    private static void convBlock(SequentialBlock net, int filters, int pool, int stride) {
        for (int k = 0; k < 2; k++) {
            net.add(Conv1d.builder().setKernelShape(new Shape(5)).optPadding(new Shape(2)).setFilters(filters).build())
                    .add(Activation.reluBlock());
        }
        net.add(Pool.maxPool1dBlock(new Shape(pool), new Shape(stride)));
    }
}
