package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyTemplate;

/** The bundled survey template (verbatim) and the facilitator's own beside the preferences. */
class SurveyTemplatesTest {
    @TempDir Path dir;

    private SurveyTemplates templates() {
        return new SurveyTemplates(AppDirectories.under(dir), new Messages(Locale.ENGLISH));
    }

    @Test
    void theBundledTemplateHoldsTheSlidesNumberedStatementsVerbatim() throws Exception {
        List<SurveyTemplate> bundled = templates().bundled();
        assertThat(bundled).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Effektivitet i styrning och ledning");
            assertThat(t.questions()).extracting(SurveyQuestion::number).containsExactly("5", "6", "7", "8", "10", "12", "14");
        });
        // Each statement stands in the slides as written, once their line breaks are joined.
        Path slides = Path.of("/work/shared/source/effectiveness-survey-slides.txt");
        if (Files.exists(slides)) {
            String flat = Files.readString(slides).replaceAll("\\s+", " ");
            assertThat(bundled.get(0).questions()).allSatisfy(q -> assertThat(flat).contains(q.label()));
        }
        assertThat(bundled.get(0).questions().get(1).text())
                .isEqualTo("Anser du att din kommun har en bra modell för målstyrning, där målen tydligt anger riktning?");
    }

    @Test
    void ownTemplatesAreKeptBesideThePreferencesAndReplacedByName() throws Exception {
        SurveyTemplates t = templates();
        assertThat(t.file()).isEqualTo(dir.resolve("config").resolve("survey-templates.json"));
        assertThat(t.own().templates()).isEmpty();
        assertThat(t.own().readable()).isTrue();
        SurveyTemplate mine = new SurveyTemplate("Min puls", "", List.of(new SurveyQuestion("a", "", "Var samtalet till nytta för dig?"),
                new SurveyQuestion("b", "14", "Anser du att det finns en hög grad av tillit?")));
        t.keep(mine);
        t.keep(new SurveyTemplate("Kort", "", List.of(new SurveyQuestion("a", "", "En fråga?"))));
        assertThat(templates().own().templates()).extracting(SurveyTemplate::name).containsExactly("Min puls", "Kort");
        SurveyTemplate read = templates().own().templates().get(0);
        assertThat(read.questions()).extracting(SurveyQuestion::label)
                .containsExactly("Var samtalet till nytta för dig?", "14. Anser du att det finns en hög grad av tillit?");
        t.keep(new SurveyTemplate("Min puls", "", List.of(new SurveyQuestion("a", "", "Ny lydelse?"))));
        assertThat(templates().own().templates()).extracting(SurveyTemplate::name).containsExactly("Kort", "Min puls");
        t.remove("Kort");
        assertThat(templates().own().templates()).extracting(SurveyTemplate::name).containsExactly("Min puls");
    }

    @Test
    void aBrokenFileIsReportedWhereItIsBrokenAndNeverWrittenOver() throws Exception {
        Path file = dir.resolve("config").resolve("survey-templates.json");
        Files.createDirectories(file.getParent());
        String broken = "{\n  \"formatVersion\": 1,\n  \"templates\": [\n    {\"name\": \"X\", \"questions\": [{\"text\": \"\u2003\"}]}\n  ]\n}\n";
        Files.writeString(file, broken);
        SurveyTemplates.Own own = templates().own();
        assertThat(own.readable()).isFalse();
        assertThat(own.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("$.templates[0].questions[0].text");
        });
        assertThatThrownBy(() -> templates().keep(new SurveyTemplate("Y", "", List.of(new SurveyQuestion("a", "", "Fråga?")))))
                .isInstanceOf(FileProblemException.class);
        assertThat(file).hasContent(broken);
        Files.writeString(file, "{\"formatVersion\": 1, \"templates\": [{\"name\": \"X\", \"questions\": []}]}");
        assertThat(templates().own().problems()).singleElement().satisfies(p -> assertThat(p.field()).contains("questions"));
    }
}
