package se.samtalsledaren.ui.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands the result back on it. Tests use
 * {@link #synchronous()} so they need neither threads nor sleeping.
 */
public interface Background {

    /**
     * Runs {@code work} in the background; then calls {@code onSuccess} or {@code onFailure} on
     * the UI thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Stops accepting work and waits briefly for running work to finish. */
    default void shutdown() {}

    /** Runs everything immediately on the calling thread. */
    static Background synchronous() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
