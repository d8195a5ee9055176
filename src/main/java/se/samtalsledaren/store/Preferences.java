package se.samtalsledaren.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TimePlan;

/**
 * The user's preferences, one place for all of them.
 *
 * @param language       "sv" or "en"
 * @param zoom           reader zoom factor, 1.0 = normal
 * @param window         last window bounds, or null when never saved
 * @param libraryFolders extra case library folders
 * @param slotSeconds    the speaking slot a new session starts with
 * @param totalMinutes   the length a new session is planned for
 * @param planMinutes    the user's own minutes per phase for new sessions, or empty for the
 *                       standard plan scaled to {@code totalMinutes}
 * @param recentSessions session files opened or saved lately, most recent first, at most {@link #MAX_RECENT}
 * @param workshopFolders folders of session files the trainer's record (Arkiv → Mina workshoppar) reads
 * @param windowSizes    the size each kind of window (session, set-up, projector, a dialog) last had, by kind
 * @param roomPort       the port the room listens on for participants' phones: 0 for a free port
 *                       (chosen when a session window first opens its room, and kept for it), or
 *                       {@link #MIN_ROOM_PORT}–65535
 */
public record Preferences(String language, double zoom, WindowBounds window, List<String> libraryFolders,
                          int slotSeconds, int totalMinutes, Map<Phase, Integer> planMinutes, List<String> recentSessions,
                          List<String> workshopFolders, Map<String, WindowSize> windowSizes, int roomPort) {
    public static final int MIN_ROOM_PORT = 1024;
    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 3.0;
    public static final int DEFAULT_TOTAL_MINUTES = 90;
    public static final int MAX_RECENT = 10;

    public Preferences {
        language = "en".equals(language) ? "en" : "sv";
        zoom = Double.isFinite(zoom) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)) : 1.0;
        libraryFolders = List.copyOf(Objects.requireNonNullElse(libraryFolders, List.of()));
        slotSeconds = Math.max(Floor.MIN_SLOT_SECONDS, Math.min(Floor.MAX_SLOT_SECONDS, slotSeconds));
        totalMinutes = Math.max(1, Math.min(24 * 60, totalMinutes));
        planMinutes = validPlan(planMinutes);
        List<String> recent = new ArrayList<>();
        for (String f : Objects.requireNonNullElse(recentSessions, List.<String>of())) {
            if (f != null && !f.isBlank() && !recent.contains(f) && recent.size() < MAX_RECENT) {
                recent.add(f);
            }
        }
        recentSessions = List.copyOf(recent);
        workshopFolders = List.copyOf(Objects.requireNonNullElse(workshopFolders, List.<String>of()).stream()
                .filter(f -> f != null && !f.isBlank()).distinct().toList());
        Map<String, WindowSize> sizes = new java.util.TreeMap<>();
        Objects.requireNonNullElse(windowSizes, Map.<String, WindowSize>of()).forEach((kind, size) -> {
            if (kind != null && !kind.isBlank() && size != null && size.usable()) {
                sizes.put(kind, size);
            }
        });
        windowSizes = Collections.unmodifiableMap(sizes);
        roomPort = roomPort >= MIN_ROOM_PORT && roomPort <= 65535 ? roomPort : 0;
    }

    /** Preferences without workshop folders, remembered window sizes or a room port of their own (files of earlier versions). */
    public Preferences(String language, double zoom, WindowBounds window, List<String> libraryFolders,
                       int slotSeconds, int totalMinutes, Map<Phase, Integer> planMinutes, List<String> recentSessions) {
        this(language, zoom, window, libraryFolders, slotSeconds, totalMinutes, planMinutes, recentSessions, List.of(), Map.of(), 0);
    }

    /** Preferences of the first versions: language, zoom, window and library folders only. */
    public Preferences(String language, double zoom, WindowBounds window, List<String> libraryFolders) {
        this(language, zoom, window, libraryFolders, Floor.DEFAULT_SLOT_SECONDS, DEFAULT_TOTAL_MINUTES, Map.of(), List.of());
    }

    /** Every phase with 0–1440 minutes, or nothing (then the standard plan is used). */
    private static Map<Phase, Integer> validPlan(Map<Phase, Integer> m) {
        if (m == null || m.size() != Phase.values().length
                || m.values().stream().anyMatch(v -> v == null || v < 0 || v > 24 * 60)) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new EnumMap<>(m));
    }

    public static Preferences defaults() {
        return new Preferences("sv", 1.0, null, List.of());
    }

    /** The plan a new session starts with. */
    public TimePlan defaultPlan() {
        return planMinutes.isEmpty() ? TimePlan.defaultFor(totalMinutes) : new TimePlan(totalMinutes, planMinutes);
    }

    public Preferences withZoom(double z) {
        return new Preferences(language, z, window, libraryFolders, slotSeconds, totalMinutes, planMinutes, recentSessions, workshopFolders, windowSizes, roomPort);
    }

    public Preferences withWindow(WindowBounds w) {
        return new Preferences(language, zoom, w, libraryFolders, slotSeconds, totalMinutes, planMinutes, recentSessions, workshopFolders, windowSizes, roomPort);
    }

    public Preferences withLanguage(String l) {
        return new Preferences(l, zoom, window, libraryFolders, slotSeconds, totalMinutes, planMinutes, recentSessions, workshopFolders, windowSizes, roomPort);
    }

    public Preferences withLibraryFolders(List<String> folders) {
        return new Preferences(language, zoom, window, folders, slotSeconds, totalMinutes, planMinutes, recentSessions, workshopFolders, windowSizes, roomPort);
    }

    public Preferences withSlotSeconds(int seconds) {
        return new Preferences(language, zoom, window, libraryFolders, seconds, totalMinutes, planMinutes, recentSessions, workshopFolders, windowSizes, roomPort);
    }

    /** A new default length; a plan of the user's own for another length no longer fits and is dropped. */
    public Preferences withTotalMinutes(int total) {
        Map<Phase, Integer> plan = total == totalMinutes ? planMinutes : Map.of();
        return new Preferences(language, zoom, window, libraryFolders, slotSeconds, total, plan, recentSessions, workshopFolders, windowSizes, roomPort);
    }

    /** The user's own plan (length and minutes per phase) for new sessions. */
    public Preferences withDefaultPlan(TimePlan plan) {
        return new Preferences(language, zoom, window, libraryFolders, slotSeconds, plan.totalMinutes(), plan.minutes(),
                recentSessions, workshopFolders, windowSizes, roomPort);
    }

    /** Puts a session file first in the recent list (moving it there when already listed). */
    public Preferences withRecentSession(String file) {
        List<String> recent = new ArrayList<>();
        recent.add(file);
        recent.addAll(recentSessions);
        return withRecentSessions(recent);
    }

    public Preferences withRecentSessions(List<String> files) {
        return new Preferences(language, zoom, window, libraryFolders, slotSeconds, totalMinutes, planMinutes, files, workshopFolders, windowSizes, roomPort);
    }

    public Preferences withWorkshopFolders(List<String> folders) {
        return new Preferences(language, zoom, window, libraryFolders, slotSeconds, totalMinutes, planMinutes, recentSessions, folders,
                windowSizes, roomPort);
    }

    public Preferences withRoomPort(int port) {
        return new Preferences(language, zoom, window, libraryFolders, slotSeconds, totalMinutes, planMinutes, recentSessions, workshopFolders,
                windowSizes, port);
    }

    /** The size a window of {@code kind} last had, when one was remembered. */
    public java.util.Optional<WindowSize> windowSize(String kind) {
        return java.util.Optional.ofNullable(windowSizes.get(kind));
    }

    /** Remembers the size of a kind of window. */
    public Preferences withWindowSize(String kind, WindowSize size) {
        Map<String, WindowSize> sizes = new java.util.TreeMap<>(windowSizes);
        sizes.put(kind, size);
        return new Preferences(language, zoom, window, libraryFolders, slotSeconds, totalMinutes, planMinutes, recentSessions, workshopFolders, sizes, roomPort);
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    /** A window's width and height. */
    public record WindowSize(double width, double height) {
        /** The smallest size worth remembering: a window collapsed by the window manager is not. */
        public static final double MIN_WIDTH = 320;
        public static final double MIN_HEIGHT = 240;
        /** Larger than any screen: a hand-edited file cannot ask for more. */
        public static final double MAX = 100_000;

        public boolean usable() {
            return Double.isFinite(width) && Double.isFinite(height) && width >= MIN_WIDTH && height >= MIN_HEIGHT
                    && width <= MAX && height <= MAX;
        }
    }
}
