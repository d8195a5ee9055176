package se.samtalsledaren.session;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samtalsledaren.model.Role;

/**
 * Participants typed or pasted as text, one per line: {@code Namn, roll} or {@code Namn, roll,
 * organisation} (a comma, a semicolon or, from a spreadsheet, a tab between the parts). The role
 * is optional and read in Swedish or English, with or without å ä ö ("tjänsteperson",
 * "tjansteman", "politiker", "official", "övrig" …). A header line ("Namn, Roll") is skipped.
 * Nothing is dropped silently: a line whose role is not understood keeps its name and gets the
 * role the facilitator chose, and says so; a line without a name is reported.
 */
public final class ParticipantLines {
    /** A participant read from a line (1-based); {@code role} is empty when the line gave none. */
    public record Line(int number, String name, Optional<Role> role, String organisation) {}

    /** What was wrong with a line. */
    public enum Problem {
        /** The second part is not a role: the name was kept with the chosen role. */
        UNKNOWN_ROLE,
        /** The line has parts but no name: nothing was added. */
        NO_NAME
    }

    /** A line that could not be read as it was written; {@code text} is the part in question. */
    public record Issue(int line, Problem problem, String text) {}

    /** The participants read, in order, and what was wrong with which line. */
    public record Result(List<Line> lines, List<Issue> issues) {
        public Result {
            lines = List.copyOf(lines);
            issues = List.copyOf(issues);
        }
    }

    private static final Map<String, Role> ROLE_WORDS = Map.ofEntries(
            Map.entry("fortroendevald", Role.FORTROENDEVALD), Map.entry("fortroendevalda", Role.FORTROENDEVALD),
            Map.entry("politiker", Role.FORTROENDEVALD), Map.entry("ledamot", Role.FORTROENDEVALD),
            Map.entry("fv", Role.FORTROENDEVALD), Map.entry("f", Role.FORTROENDEVALD),
            Map.entry("elected", Role.FORTROENDEVALD), Map.entry("politician", Role.FORTROENDEVALD),
            Map.entry("tjansteperson", Role.TJANSTEPERSON), Map.entry("tjanstepersoner", Role.TJANSTEPERSON),
            Map.entry("tjansteman", Role.TJANSTEPERSON), Map.entry("tjanstemannen", Role.TJANSTEPERSON),
            Map.entry("tp", Role.TJANSTEPERSON), Map.entry("t", Role.TJANSTEPERSON), Map.entry("chef", Role.TJANSTEPERSON),
            Map.entry("official", Role.TJANSTEPERSON), Map.entry("officer", Role.TJANSTEPERSON),
            Map.entry("annan", Role.ANNAN), Map.entry("annat", Role.ANNAN), Map.entry("ovrig", Role.ANNAN),
            Map.entry("ovriga", Role.ANNAN), Map.entry("a", Role.ANNAN), Map.entry("other", Role.ANNAN));

    private ParticipantLines() {}

    /** Reads every non-blank line of {@code text}. */
    public static Result parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        String[] raw = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(line.contains("\t") ? "\t" : "[,;]", -1);
            String name = parts[0].strip();
            String roleText = parts.length > 1 ? parts[1].strip() : "";
            String organisation = parts.length > 2 ? parts[2].strip() : "";
            if (lines.isEmpty() && issues.isEmpty() && isHeader(name, roleText)) {
                continue;
            }
            if (name.isEmpty()) {
                issues.add(new Issue(i + 1, Problem.NO_NAME, line));
                continue;
            }
            Optional<Role> role = roleText.isEmpty() ? Optional.empty() : role(roleText);
            if (!roleText.isEmpty() && role.isEmpty()) {
                issues.add(new Issue(i + 1, Problem.UNKNOWN_ROLE, roleText));
            }
            lines.add(new Line(i + 1, name, role, organisation));
        }
        return new Result(lines, issues);
    }

    /** The role a word names, in Swedish or English, whatever its case and diacritics. */
    public static Optional<Role> role(String word) {
        return Optional.ofNullable(ROLE_WORDS.get(plain(word)));
    }

    private static boolean isHeader(String name, String role) {
        String n = plain(name);
        String r = plain(role);
        return (n.equals("namn") || n.equals("name")) && (r.isEmpty() || r.equals("roll") || r.equals("role"));
    }

    private static String plain(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
