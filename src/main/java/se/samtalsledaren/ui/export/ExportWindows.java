package se.samtalsledaren.ui.export;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.ui.DialogStages;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.export.RendererWarmup;
import se.samtalsledaren.export.Warmup;
import se.samtalsledaren.export.HandoutDocument;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.export.SessionDocument;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.concurrent.Background;

/** Opens the export dialog for a session's notes or a case's participant handout. */
public final class ExportWindows {
    private final UiText text;
    private final Background background;
    private final Exporter exporter;
    private final ZoneId zone;
    private final Consumer<Path> opener;
    private final String stylesheet;
    private final Path defaultFolder;
    private final Warmup rendererWarmup;

    /**
     * @param zone          where the session's times of day are shown
     * @param opener        opens a written file (the app passes {@code HostServices.showDocument})
     * @param defaultFolder where files are offered when there is no session file to go by
     * @param rendererWarmup started when a dialog opens, to prepare the PDF and DOCX renderers
     *                       while the user chooses format and file (the first export in a fresh
     *                       JVM otherwise takes seconds longer), and stopped when the user exports;
     *                       the app's is one {@link RendererWarmup} per process
     */
    public ExportWindows(UiText text, Background background, Exporter exporter, ZoneId zone, Consumer<Path> opener,
                         String stylesheet, Path defaultFolder, Warmup rendererWarmup) {
        this.text = text;
        this.background = background;
        this.exporter = exporter;
        this.zone = zone;
        this.opener = opener;
        this.stylesheet = stylesheet;
        this.defaultFolder = defaultFolder;
        this.rendererWarmup = rendererWarmup;
    }

    /**
     * The export of a session's notes, its times counted up to {@code at} (the instant the session
     * window shows, {@code SessionRunner.now()}, so a running phase's time is the window's); the
     * file is offered beside the session file, if any.
     */
    public Stage showSessionExport(Session session, Instant at, Case caseData, Path sessionFile, Window owner) {
        ExportDocument doc = new SessionDocument(new Labels(text.locale()), zone).build(session, Optional.of(caseData), at);
        Path folder = sessionFile != null && sessionFile.toAbsolutePath().getParent() != null
                ? sessionFile.toAbsolutePath().getParent() : defaultFolder;
        return show(doc, List.of(ExportFormat.values()), folder.resolve(session.id() + ".pdf"),
                text.get("export.title", "Case " + caseData.number() + ": " + caseData.title()), owner);
    }

    /** The participants' preparation handout for a case, as PDF or DOCX. */
    public Stage showHandout(Case caseData, Window owner) {
        ExportDocument doc = new HandoutDocument(new Labels(text.locale())).build(caseData);
        String name = String.format("deltagarmaterial-case-%02d.pdf", caseData.number());
        return show(doc, List.of(ExportFormat.PDF, ExportFormat.DOCX), defaultFolder.resolve(name),
                text.get("export.handoutTitle", "Case " + caseData.number() + ": " + caseData.title()), owner);
    }

    /**
     * The export of a comparison of several groups' sessions, in every format; {@code suggested}
     * is the file offered first (its extension follows the chosen format).
     */
    public Stage showComparison(ExportDocument doc, String caseLabel, Path suggested, Window owner) {
        return show(doc, List.of(ExportFormat.values()), suggested, text.get("compare.exportTitle", caseLabel), owner);
    }

    /** Where documents are offered when there is no session file to go by. */
    public Path defaultFolder() {
        return defaultFolder;
    }

    private Stage show(ExportDocument doc, List<ExportFormat> formats, Path suggested, String title, Window owner) {
        Stage stage = new Stage();
        ExportViewModel vm = new ExportViewModel(doc, formats, suggested, exporter, background, opener, text);
        rendererWarmup.startOnce(vm.formatProperty().get());
        vm.busyProperty().addListener((o, was, busy) -> {
            if (busy) {
                rendererWarmup.stop();
            }
        });
        Parent root = new ViewLoader(text.bundle(), Map.of(ExportController.class,
                (Supplier<Object>) () -> new ExportController(vm, text, title, stage::close))).load("export/ExportDialog.fxml");
        stage.getProperties().put(ExportViewModel.class, vm);
        return DialogStages.show(stage, root, stylesheet, title, owner, 900, 720);
    }
}
