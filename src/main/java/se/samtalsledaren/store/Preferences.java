package se.samtalsledaren.store;

import java.util.List;
import java.util.Objects;

/**
 * The user's preferences, one place for all of them.
 *
 * @param language      "sv" or "en"
 * @param zoom          reader zoom factor, 1.0 = normal
 * @param window        last window bounds, or null when never saved
 * @param libraryFolders extra case library folders
 */
public record Preferences(String language, double zoom, WindowBounds window, List<String> libraryFolders) {
    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 3.0;

    public Preferences {
        language = "en".equals(language) ? "en" : "sv";
        zoom = Double.isFinite(zoom) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)) : 1.0;
        libraryFolders = List.copyOf(Objects.requireNonNullElse(libraryFolders, List.of()));
    }

    public static Preferences defaults() {
        return new Preferences("sv", 1.0, null, List.of());
    }

    public Preferences withZoom(double z) {
        return new Preferences(language, z, window, libraryFolders);
    }

    public Preferences withWindow(WindowBounds w) {
        return new Preferences(language, zoom, w, libraryFolders);
    }

    public Preferences withLibraryFolders(List<String> folders) {
        return new Preferences(language, zoom, window, folders);
    }

    public Preferences withLanguage(String l) {
        return new Preferences(l, zoom, window, libraryFolders);
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
}
