package se.samtalsledaren.export;

/**
 * Preparing the renderers for a first export while the user is still choosing (see
 * {@link RendererWarmup}); the export dialogs start it when they open and stop it when the user
 * exports.
 */
public interface Warmup {
    /** Starts warming in the background, {@code first} first; only the first call does anything. */
    void startOnce(ExportFormat first);

    /** Skips what has not been warmed yet: a real export has started. */
    void stop();
}
