package se.samtalsledaren.ui.floor;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * Plays the bundled {@code chime.wav} with the JDK's own sound API ({@code javax.sound}), so no
 * media module is needed. Opening the audio line can take a moment, so it happens in the
 * background; the clip closes itself when it has played.
 */
public final class SoundChime implements Chime {
    private static final String RESOURCE = "chime.wav";
    private final Background background;

    public SoundChime(Background background) {
        this.background = background;
    }

    @Override
    public void play(Consumer<Throwable> onFailure) {
        background.run(() -> {
            try (InputStream in = SoundChime.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException(RESOURCE + " missing from the application");
                }
                AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in));
                Clip clip;
                try {
                    clip = (Clip) AudioSystem.getLine(new DataLine.Info(Clip.class, audio.getFormat()));
                    clip.open(audio);
                } catch (IllegalArgumentException | LineUnavailableException e) {
                    throw new NoDeviceException(e);
                }
                clip.addLineListener(e -> {
                    if (e.getType() == LineEvent.Type.STOP) {
                        clip.close();
                    }
                });
                clip.start();
            }
            return null;
        }, ok -> { }, onFailure);
    }
}
