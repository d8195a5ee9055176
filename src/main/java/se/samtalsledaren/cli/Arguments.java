package se.samtalsledaren.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Labels;

/**
 * The arguments of {@code export} and {@code handout}: one input, {@code --format},
 * {@code --out} and {@code --lang} (also as {@code -f}, {@code -o}, {@code -l} and
 * {@code --name=value}).
 */
final class Arguments {
    /** Wrong usage: the message says what, the command prints it with a pointer to --help. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    final boolean help;
    final List<String> inputs = new ArrayList<>();
    String format;
    String out;
    String lang;

    private Arguments(boolean help) {
        this.help = help;
    }

    static Arguments parse(List<String> args, CliText text) throws UsageException {
        Arguments a = new Arguments(args.contains("--help") || args.contains("-h"));
        if (a.help) {
            return a;
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = name.equals(arg) ? null : arg.substring(arg.indexOf('=') + 1);
            switch (name) {
                case "--format", "-f", "--out", "-o", "--lang", "-l" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(text.get("missingValue", name));
                        }
                        value = args.get(++i);
                    }
                    if (name.equals("--format") || name.equals("-f")) {
                        a.format = value;
                    } else if (name.equals("--lang") || name.equals("-l")) {
                        a.lang = value;
                    } else {
                        a.out = value;
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException(text.get("unknownOption", arg));
                    }
                    a.inputs.add(arg);
                }
            }
        }
        return a;
    }

    /** The single input, e.g. the session file. */
    String input(String what, CliText text) throws UsageException {
        if (inputs.size() != 1) {
            throw new UsageException(text.get("oneInput", what));
        }
        return inputs.get(0);
    }

    /** The documents' language named by --lang: sv (the default) or en. */
    Locale language(CliText text) throws UsageException {
        if (lang == null) {
            return Labels.SWEDISH;
        }
        if (!lang.equals("sv") && !lang.equals("en")) {
            throw new UsageException(text.get("badLang", lang));
        }
        return Labels.forLanguage(lang);
    }

    /** The format named by --format, or else implied by --out's extension; one of {@code allowed}. */
    ExportFormat format(List<ExportFormat> allowed, CliText text) throws UsageException {
        return format(allowed, List.of(), text);
    }

    /**
     * Whether --format, or else --out's extension, names {@code extension}: a format a command
     * writes other than as a document (export's csv).
     */
    boolean names(String extension) {
        return format != null ? format.equalsIgnoreCase(extension)
                : out != null && out.toLowerCase(Locale.ROOT).endsWith("." + extension);
    }

    /** As {@link #format(List, CliText)}, with {@code others} named among the formats in a message. */
    ExportFormat format(List<ExportFormat> allowed, List<String> others, CliText text) throws UsageException {
        if (out == null || out.isBlank()) {
            throw new UsageException(text.get("missingOut"));
        }
        List<String> all = new ArrayList<>(allowed.stream().map(ExportFormat::extension).toList());
        all.addAll(others);
        String names = String.join(", ", all);
        Optional<ExportFormat> f = format == null ? ExportFormat.ofFileName(out) : ExportFormat.fromName(format);
        if (f.isEmpty() || !allowed.contains(f.get())) {
            throw new UsageException(format == null ? text.get("noFormat", out, names) : text.get("badFormat", format, names));
        }
        return f.get();
    }
}
