package radio.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/** Blocking archive calls inside the search's asynchronous chains, and the reason a chain failed, in words. */
final class Calls {
    private Calls() {
    }

    /** A blocking archive call: failures become the future's failure. */
    @FunctionalInterface
    interface ArchiveCall<T> {
        T call() throws Exception;
    }

    /** Runs {@code c} on {@code executor}; an interrupt keeps the thread's interrupt flag and fails the future. */
    static <T> CompletableFuture<T> async(ArchiveCall<T> c, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return c.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** The items of a batch's parts, each once, in order: what one request asks for. */
    static <T> List<T> union(Collection<? extends Collection<T>> parts) {
        Set<T> all = new LinkedHashSet<>();
        parts.forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /** The user-facing reason inside a failed chain: the real cause, not the executor's wrapper. */
    static String reason(Throwable t) {
        Throwable c = unwrap(t);
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : m;
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
