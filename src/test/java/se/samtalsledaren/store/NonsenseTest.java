package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;

/**
 * Values that are well-formed but cannot be true of a session are refused where they stand:
 * negative minutes, speaking turns outside the session's time, a step that lasts for centuries,
 * the year 0.
 */
class NonsenseTest {
    private final SessionFormat format = new SessionFormat(new Messages(Locale.ENGLISH));

    private static String sample() throws Exception {
        return Files.readString(Path.of("examples/sample-session.json"));
    }

    private List<FileProblem> refused(String text) {
        try {
            format.read("s.json", text.getBytes(StandardCharsets.UTF_8));
        } catch (FileProblemException e) {
            return e.problems();
        }
        throw new AssertionError("expected a refusal");
    }

    private static String replace(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void theSampleItselfIsSense() throws Exception {
        assertThat(format.read("s.json", sample().getBytes(StandardCharsets.UTF_8)).id()).isNotEmpty();
    }

    @Test
    void addedMinutesMayNotTakeAPhaseBelowZero() throws Exception {
        String bad = replace(sample(), "\"step3\": 3\n", "\"step3\": -20\n");
        assertThat(refused(bad)).singleElement().hasToString(
                "s.json:64:14: $.addedMinutes.step3: planned 18 minutes and added -20 make -2 minutes; a phase cannot have less "
                        + "than 0 minutes");
    }

    @Test
    void aTurnBeforeTheSessionsClockStartedIsRefused() throws Exception {
        String bad = replace(sample(), "\"start\": \"2026-11-23T09:11:34Z\"", "\"start\": \"2026-11-23T08:11:34Z\"");
        assertThat(refused(bad)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.floor.log[0].start");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isEqualTo("the turn starts before the session's clock started (2026-11-23T09:00:00Z)");
        });
    }

    @Test
    void aTurnAfterTheSessionsClockStoppedIsRefused() throws Exception {
        String bad = replace(sample(), "\"end\": \"2026-11-23T10:36:45Z\"", "\"end\": \"2026-11-23T11:36:45Z\"");
        assertThat(refused(bad)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.floor.log[45].end");
            assertThat(p.message()).isEqualTo("the turn goes on after the session's clock was stopped (2026-11-23T10:37:00Z)");
        });
    }

    @Test
    void aStepThatLastsForCenturiesIsRefused() throws Exception {
        String twoThousandYears = replace(sample(), "\"end\": \"2026-11-23T10:37:00Z\"", "\"end\": \"4026-11-23T10:37:00Z\"");
        assertThat(refused(twoThousandYears)).extracting(FileProblem::message)
                .contains("the time-log segment is longer than 31 days");
        String yearZero = replace(sample(), "\"start\": \"2026-11-23T09:00:00Z\"", "\"start\": \"0026-11-23T09:00:00Z\"");
        assertThat(refused(yearZero)).extracting(FileProblem::toString)
                .contains("s.json:292:16: $.timeLog[0].start: the time 0026-11-23T09:00:00Z lies outside 1970–9999 (the computer's clock?)");
    }

    @Test
    void theYearZeroIsNotADate() throws Exception {
        String bad = replace(sample(), "\"date\": \"2026-11-23\"", "\"date\": \"0000-11-23\"");
        assertThat(refused(bad)).singleElement().hasToString("s.json:10:11: $.date: the date 0000-11-23 lies outside 1900-01-01–9999-12-31");
        String due = replace(sample(), "\"due\": \"2027-01-20\"", "\"due\": \"0000-01-20\"");
        assertThat(refused(due)).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("$.agreements[0].due"));
    }

    @Test
    void theAppNeverWritesWhatItWouldCallNonsense() throws Exception {
        var session = format.read("s.json", sample().getBytes(StandardCharsets.UTF_8));
        var plan = session.plan();
        var added = new java.util.EnumMap<se.samtalsledaren.model.Phase, Integer>(se.samtalsledaren.model.Phase.class);
        added.put(se.samtalsledaren.model.Phase.STEP_1, -plan.plannedMinutes(se.samtalsledaren.model.Phase.STEP_1) - 1);
        var broken = session.withAddedMinutes(added);
        assertThatThrownBy(() -> format.verify("s.json", format.write(broken))).isInstanceOf(FileProblemException.class);
    }

    @Test
    void aPreparationSavedInTheYear0026IsRefused() throws Exception {
        String text = Files.readString(Path.of("examples/per-hakansson.forberedelse.json"));
        String savedAt = text.replaceFirst("\"savedAt\": \"2026", "\"savedAt\": \"0026");
        assertThat(savedAt).isNotEqualTo(text);
        assertThatThrownBy(() -> new PreparationFormat(new Messages(Locale.ENGLISH)).read("p.json", savedAt.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FileProblemException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).contains("$.savedAt: the time 0026-")));
    }
}
