package se.samtalsledaren.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.session.SurveyResults;

/**
 * A session's survey answers as CSV for a spreadsheet: one row per answer with the survey, the
 * round ({@code före}, {@code efter}), the question, the role and the value ({@code 1}..{@code 5}
 * or {@code vet inte}). Anonymous as the file is: the rows come from the counts, so they say
 * nothing about who answered or in which order, and a participant's answers to different
 * questions are not linked. Comments are not included (the facilitator picks which to show).
 * RFC 4180 (commas, CRLF, quotes where needed) in UTF-8 with a byte-order mark, so that Excel
 * reads å, ä and ö; a cell that a spreadsheet would take for a formula gets a leading apostrophe.
 */
public final class SurveyCsv {
    public static final List<String> HEADER = List.of("survey", "round", "question", "role", "value");
    private static final int[] VALUES = {1, 2, 3, 4, 5, SurveyScale.DONT_KNOW};

    public byte[] write(Session session) {
        Survey survey = session.survey();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            String title = cell(survey.title());
            for (SurveyRound round : SurveyResults.rounds(survey)) {
                for (SurveyQuestion q : survey.questions()) {
                    String question = cell(q.label());
                    for (Role role : Role.values()) {
                        for (int value : VALUES) {
                            int n = round.counts(q.id(), role).of(value);
                            for (int i = 0; i < n; i++) {
                                csv.printRecord(title, round.when().key(), question, role.key(), value(value));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String value(int value) {
        return value == SurveyScale.DONT_KNOW ? "vet inte" : Integer.toString(value);
    }

    /** Text a spreadsheet would run as a formula (= + - @, a tab or a carriage return first) is kept as text. */
    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
