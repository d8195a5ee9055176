package se.samtalsledaren.ui.session.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.model.SurveyTemplate;
import se.samtalsledaren.session.Refused;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.store.SurveyTemplates;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.results.Refusals;

/** The survey templates to choose from (the bundled ones and the facilitator's own), read and kept in the background. */
final class SurveyTemplateShelf {
    private final SurveyRunner survey;
    private final SurveyTemplates templateStore;
    private final Background background;
    private final UiText text;
    private final Consumer<String> say;
    private final ObservableList<SurveyTemplate> templates = FXCollections.observableArrayList();

    /** @param say shows a message to the facilitator */
    SurveyTemplateShelf(SurveyRunner survey, SurveyTemplates templateStore, Background background, UiText text, Consumer<String> say) {
        this.survey = survey;
        this.templateStore = templateStore;
        this.background = background;
        this.text = text;
        this.say = say;
    }

    ObservableList<SurveyTemplate> templates() {
        return templates;
    }

    /** Reads the bundled templates and the facilitator's own, in the background. */
    void load() {
        background.run(() -> {
            List<SurveyTemplate> all = new ArrayList<>(templateStore.bundled());
            SurveyTemplates.Own own = templateStore.own();
            all.addAll(own.templates());
            return new Loaded(all, own.problems().isEmpty() ? "" : text.get("survey.templates.unreadable",
                    own.problems().get(0).toString()));
        }, loaded -> {
            templates.setAll(loaded.templates());
            if (!loaded.problem().isEmpty()) {
                say.accept(loaded.problem());
            }
        }, e -> say.accept(text.get("survey.templates.failed", e.getMessage())));
    }

    private record Loaded(List<SurveyTemplate> templates, String problem) {}

    /** Keeps the questions as a template of the facilitator's own (written in the background). */
    void save(String name) {
        SurveyTemplate t;
        try {
            t = survey.asTemplate(name);
        } catch (Refused e) {
            say.accept(Refusals.say(text, e));
            return;
        } catch (IllegalArgumentException e) {
            say.accept(text.get("survey.templates.noQuestions"));
            return;
        }
        background.run(() -> templateStore.keep(t), kept -> {
            say.accept(text.get("survey.templates.saved", t.name(), templateStore.file()));
            load();
        }, e -> say.accept(e instanceof FileProblemException f
                ? text.get("survey.templates.unreadable", f.problems().get(0).toString())
                : text.get("survey.templates.failed", e.getMessage())));
    }
}
