package se.samtalsledaren.room;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Session;

/**
 * The room's only way into a session, which lives on one thread of its own (the FX thread in
 * the app). Reads are of immutable snapshots the session side {@link #publish publishes} after
 * every change, so the server's threads never touch the session's logic; writes are commands
 * handed to the session's thread through the injected {@link Executor} ({@code Platform::runLater}
 * in the app, a single thread in tests), in the order they arrive.
 */
public final class SessionPort {
    private final Case caseData;
    private final Executor sessionThread;
    private final SessionCommands commands;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Session snapshot;

    public SessionPort(Case caseData, Session initial, Executor sessionThread, SessionCommands commands) {
        this.caseData = Objects.requireNonNull(caseData);
        this.snapshot = Objects.requireNonNull(initial);
        this.sessionThread = Objects.requireNonNull(sessionThread);
        this.commands = Objects.requireNonNull(commands);
    }

    /** The case the session discusses (immutable; teaching notes included, so never send it whole). */
    public Case caseData() {
        return caseData;
    }

    /** The session as last published. Any thread. */
    public Session snapshot() {
        return snapshot;
    }

    /**
     * The session changed; called on the session's thread after every change. Listeners run here,
     * on that thread, and must only hand work elsewhere.
     */
    public void publish(Session next) {
        snapshot = Objects.requireNonNull(next);
        listeners.forEach(Runnable::run);
    }

    /** Hears every {@link #publish}, on the session's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Runs {@code command} now; only for a caller already on the session's thread. */
    public <T> T callHere(Function<SessionCommands, T> command) {
        return command.apply(commands);
    }

    /**
     * Runs {@code command} on the session's thread. The future completes there with its result,
     * or with what it threw (also when the session's thread takes no more work).
     */
    public <T> CompletableFuture<T> call(Function<SessionCommands, T> command) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            sessionThread.execute(() -> {
                try {
                    result.complete(command.apply(commands));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }
}
