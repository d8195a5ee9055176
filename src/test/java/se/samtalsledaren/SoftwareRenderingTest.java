package se.samtalsledaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the app skips OpenGL: Linux with no graphics device, and nothing the user set. */
class SoftwareRenderingTest {
    @TempDir Path dev;

    @Test
    void linuxWithoutADeviceDrawsInSoftware() {
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dev)).isTrue();
    }

    @Test
    void aDriDeviceOrNvidiasDriverLeavesTheChoiceToJavaFx() throws IOException {
        Files.createDirectories(dev.resolve("dri"));
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dev)).isFalse();

        Files.delete(dev.resolve("dri"));
        Files.createFile(dev.resolve("nvidiactl"));
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dev)).isFalse();
    }

    @Test
    void otherSystemsAreLeftAlone() {
        assertThat(SoftwareRendering.noGraphicsDevice("Windows 11", dev)).isFalse();
        assertThat(SoftwareRendering.noGraphicsDevice("Mac OS X", dev)).isFalse();
    }

    @Test
    void asksForTheSoftwarePipelineOnlyWithoutADeviceAndUnlessTheUserChoseOne() {
        Properties none = new Properties();
        SoftwareRendering.choose(none, true);
        assertThat(none.getProperty("prism.order")).isEqualTo("sw");

        Properties chosen = new Properties();
        chosen.setProperty("prism.order", "es2");
        SoftwareRendering.choose(chosen, true);
        assertThat(chosen.getProperty("prism.order")).isEqualTo("es2");

        Properties withDevice = new Properties();
        SoftwareRendering.choose(withDevice, false);
        assertThat(withDevice.getProperty("prism.order")).isNull();
    }
}
