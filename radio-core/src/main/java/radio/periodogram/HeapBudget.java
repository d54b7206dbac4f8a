package radio.periodogram;

import java.util.function.Supplier;

/**
 * The heap a periodogram may take: refuses a grid whose estimated arrays exceed it before anything is allocated,
 * and turns an {@link OutOfMemoryError} while a grid's own arrays are allocated into a
 * {@link GridTooLargeException} (a failed array allocation leaves the heap as it was).
 *
 * @param maxBytes the most the search may hold at once; the JVM's maximum heap for {@link #runtime()}
 */
record HeapBudget(long maxBytes) {
    static HeapBudget runtime() {
        return new HeapBudget(Runtime.getRuntime().maxMemory());
    }

    /** @throws GridTooLargeException when {@code bytes} exceed the budget */
    void require(String what, long size, long bytes) {
        if (bytes > maxBytes) {
            throw new GridTooLargeException(what, size, bytes, maxBytes, null);
        }
    }

    /** The allocation's result, or a {@link GridTooLargeException} instead of running out of heap in it. */
    <T> T allocate(String what, long size, long bytes, Supplier<T> allocation) {
        require(what, size, bytes);
        try {
            return allocation.get();
        } catch (OutOfMemoryError e) {
            Runtime rt = Runtime.getRuntime();
            throw new GridTooLargeException(what, size, bytes, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()),
                    e);
        }
    }
}
