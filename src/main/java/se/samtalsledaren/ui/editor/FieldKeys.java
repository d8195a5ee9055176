package se.samtalsledaren.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the editor's fields, and which field a problem's JSON path (such as
 * {@code $.questions[2].text}) belongs to, so its message can stand next to that field.
 */
public final class FieldKeys {
    public static final String GENERAL = "";
    public static final String ID = "id";
    public static final String NUMBER = "number";
    public static final String TITLE = "title";
    public static final String THOUGHT = "thoughtAssociation";
    public static final String NARRATIVE = "narrative";
    public static final String QUESTIONS = "questions";
    public static final String THEMES = "themes";
    public static final String DIMENSIONS = "dimensions";
    public static final String RELATED = "relatedCases";
    public static final String SOURCE_PUBLISHER = "source.publisher";
    public static final String SOURCE_TITLE = "source.title";
    public static final String SOURCE_AUTHORS = "source.authors";
    public static final String SOURCE_PART = "source.part";
    public static final String SOURCE_NOTE = "source.note";
    public static final String OBJECTIVES = "teachingNotes.learningObjectives";
    public static final String OPENING = "teachingNotes.openingQuestion";
    public static final String FIGHTING = "teachingNotes.fightingIssues";
    public static final String BOARD = "teachingNotes.boardPlan";
    public static final String MINUTES = "teachingNotes.suggestedMinutes";

    private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

    private FieldKeys() {}

    public static String block(int i) {
        return NARRATIVE + "[" + i + "]";
    }

    public static String question(int i) {
        return QUESTIONS + "[" + i + "]";
    }

    public static String board(int i) {
        return BOARD + "[" + i + "]";
    }

    /** Where on the board, in row {@code i} of the board plan. */
    public static String boardArea(int i) {
        return board(i) + ".area";
    }

    /** What is written there, in row {@code i} of the board plan. */
    public static String boardContent(int i) {
        return board(i) + ".content";
    }

    /** The field a JSON path belongs to; {@link #GENERAL} when it belongs to none. */
    public static String of(String jsonPath) {
        if (jsonPath == null || !jsonPath.startsWith("$")) {
            return GENERAL;
        }
        List<String> parts = new ArrayList<>();
        Matcher m = SEGMENT.matcher(jsonPath.substring(1));
        while (m.find()) {
            parts.add(m.group(1) != null ? m.group(1) : "[" + m.group(2) + "]");
        }
        if (parts.isEmpty()) {
            return GENERAL;
        }
        String first = parts.get(0);
        String second = parts.size() > 1 ? parts.get(1) : null;
        return switch (first) {
            case NARRATIVE, QUESTIONS -> second != null && second.startsWith("[") ? first + second : first;
            case ID, NUMBER, TITLE, THOUGHT, THEMES, DIMENSIONS, RELATED -> first;
            case "source" -> second == null || second.startsWith("[") ? SOURCE_PUBLISHER : "source." + second;
            case "teachingNotes" -> teachingKey(second, parts.size() > 2 ? parts.get(2) : null,
                    parts.size() > 3 ? parts.get(3) : null);
            default -> GENERAL;
        };
    }

    private static String teachingKey(String second, String third, String fourth) {
        if (second == null) {
            return OBJECTIVES;
        }
        String key = "teachingNotes." + second;
        if (key.equals(BOARD) && third != null && third.startsWith("[")) {
            return key + third + (fourth == null ? "" : "." + fourth);
        }
        return key;
    }
}
