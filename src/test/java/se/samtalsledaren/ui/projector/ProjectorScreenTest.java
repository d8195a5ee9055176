package se.samtalsledaren.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ProjectorScreenTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1440, 0, 1920, 1080);
    private static final Rectangle2D SMALL = new Rectangle2D(-1024, 0, 1024, 768);

    @Test
    void theRoomGetsTheLargestScreenWithoutTheFacilitatorsWindow() {
        Rectangle2D window = new Rectangle2D(100, 50, 1280, 800);
        assertThat(ProjectorWindow.otherScreen(List.of(LAPTOP, PROJECTOR, SMALL), window)).contains(PROJECTOR);
        assertThat(ProjectorWindow.otherScreen(List.of(LAPTOP), window)).as("one screen: a normal window").isEmpty();
        Rectangle2D onProjector = new Rectangle2D(1600, 100, 1280, 800);
        assertThat(ProjectorWindow.otherScreen(List.of(LAPTOP, PROJECTOR), onProjector)).contains(LAPTOP);
    }
}
