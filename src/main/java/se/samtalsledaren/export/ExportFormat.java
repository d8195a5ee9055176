package se.samtalsledaren.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a document can be exported to, with their file extensions. */
public enum ExportFormat {
    MARKDOWN("md"),
    HTML("html"),
    PDF("pdf"),
    DOCX("docx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without a dot, e.g. {@code md}. */
    public String extension() {
        return extension;
    }

    /** A format by its name on the command line: the extension or the enum name, any case. */
    public static Optional<ExportFormat> fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n))
                .findFirst();
    }

    /** The format a file name's extension implies. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Arrays.stream(values())
                .filter(f -> f.extension.equalsIgnoreCase(fileName.substring(dot + 1))).findFirst();
    }

    /** {@code fileName} with this format's extension instead of any known one. */
    public String withExtension(String fileName) {
        String base = ofFileName(fileName).map(f -> fileName.substring(0, fileName.length() - f.extension.length() - 1))
                .orElse(fileName);
        return base + "." + extension;
    }
}
