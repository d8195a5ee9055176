package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.samtalsledaren.json.JsonOutput;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Phase;

/**
 * Reads and writes {@code preferences.json} in the config directory. A missing or unreadable
 * file gives the defaults (preferences are never worth refusing to start over).
 */
public final class PreferencesStore {
    private static final long MAX_BYTES = 256 * 1024;
    private final Path file;
    /** Preferences are small: tight stream limits keep a damaged or hostile file harmless. */
    private final ObjectMapper mapper = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(16).maxStringLength(8192).maxNumberLength(32).build())
            .build());

    public PreferencesStore(AppDirectories dirs) {
        this.file = dirs.config().resolve("preferences.json");
    }

    public Path file() {
        return file;
    }

    public Preferences load() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Preferences.defaults();
            }
            JsonNode n = mapper.readTree(Files.readAllBytes(file));
            if (n == null || !n.isObject()) {
                return Preferences.defaults();
            }
            Preferences.WindowBounds window = null;
            JsonNode w = n.path("window");
            if (w.isObject() && w.path("width").isNumber() && w.path("height").isNumber()) {
                window = new Preferences.WindowBounds(w.path("x").asDouble(), w.path("y").asDouble(),
                        w.path("width").asDouble(), w.path("height").asDouble(), w.path("maximized").asBoolean());
            }
            List<String> folders = new ArrayList<>();
            n.path("libraryFolders").forEach(f -> {
                if (f.isTextual()) {
                    folders.add(f.asText());
                }
            });
            Map<Phase, Integer> plan = new EnumMap<>(Phase.class);
            JsonNode dp = n.path("defaultPlan");
            dp.path("minutes").fields().forEachRemaining(e -> Phase.fromKey(e.getKey())
                    .filter(p -> e.getValue().isInt()).ifPresent(p -> plan.put(p, e.getValue().asInt())));
            List<String> recent = new ArrayList<>();
            n.path("recentSessions").forEach(f -> {
                if (f.isTextual()) {
                    recent.add(f.asText());
                }
            });
            List<String> workshopFolders = new ArrayList<>();
            n.path("workshopFolders").forEach(f -> {
                if (f.isTextual()) {
                    workshopFolders.add(f.asText());
                }
            });
            Map<String, Preferences.WindowSize> sizes = new java.util.TreeMap<>();
            n.path("windowSizes").fields().forEachRemaining(e -> {
                JsonNode size = e.getValue();
                if (size.path("width").isNumber() && size.path("height").isNumber()) {
                    sizes.put(e.getKey(), new Preferences.WindowSize(size.path("width").asDouble(), size.path("height").asDouble()));
                }
            });
            return new Preferences(n.path("language").asText("sv"), n.path("zoom").asDouble(1.0), window, folders,
                    n.path("defaultSlotSeconds").asInt(Floor.DEFAULT_SLOT_SECONDS),
                    dp.path("totalMinutes").asInt(Preferences.DEFAULT_TOTAL_MINUTES), plan, recent, workshopFolders, sizes,
                    n.path("roomPort").asInt(0));
        } catch (IOException | RuntimeException e) {
            return Preferences.defaults();
        }
    }

    public void save(Preferences p) throws IOException {
        AtomicFiles.write(file, toJson(p).getBytes(StandardCharsets.UTF_8));
    }

    String toJson(Preferences p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("language", p.language());
        n.put("zoom", p.zoom());
        if (p.window() != null) {
            n.putObject("window")
                    .put("x", p.window().x()).put("y", p.window().y())
                    .put("width", p.window().width()).put("height", p.window().height())
                    .put("maximized", p.window().maximized());
        }
        ArrayNode folders = n.putArray("libraryFolders");
        p.libraryFolders().forEach(folders::add);
        n.put("defaultSlotSeconds", p.slotSeconds());
        ObjectNode plan = n.putObject("defaultPlan");
        plan.put("totalMinutes", p.totalMinutes());
        if (!p.planMinutes().isEmpty()) {
            ObjectNode minutes = plan.putObject("minutes");
            p.planMinutes().forEach((phase, m) -> minutes.put(phase.key(), m));
        }
        ArrayNode recent = n.putArray("recentSessions");
        p.recentSessions().forEach(recent::add);
        ArrayNode workshops = n.putArray("workshopFolders");
        p.workshopFolders().forEach(workshops::add);
        if (!p.windowSizes().isEmpty()) {
            ObjectNode sizes = n.putObject("windowSizes");
            p.windowSizes().forEach((kind, size) -> sizes.putObject(kind).put("width", size.width()).put("height", size.height()));
        }
        n.put("roomPort", p.roomPort());
        return new String(JsonOutput.pretty(n), StandardCharsets.UTF_8);
    }
}
