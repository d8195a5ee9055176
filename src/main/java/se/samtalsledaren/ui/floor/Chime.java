package se.samtalsledaren.ui.floor;

/** The soft sound at the end of a speaking slot. Tests pass one that counts. */
public interface Chime {
    /**
     * Plays the sound without blocking the caller; calls {@code onFailure} (on the UI thread)
     * when the machine cannot play it, e.g. no audio device.
     */
    void play(java.util.function.Consumer<Throwable> onFailure);

    /** The machine has no sound device the chime can use. */
    final class NoDeviceException extends Exception {
        public NoDeviceException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
