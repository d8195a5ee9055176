package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.Floor;

/**
 * Brings the JSON tree of an older session file up to the current format before the schema
 * check, one version at a time. A new format version adds one step to {@link #STEPS}; a file
 * from a newer version is refused with a message saying so. A {@code formatVersion} that is not
 * an integer is left alone for the schema check to report.
 */
public final class SessionMigrations {
    public static final int CURRENT = SessionFormat.FORMAT_VERSION;

    /** {@code STEPS.get(i)} migrates a version {@code i + 1} tree to version {@code i + 2}. */
    private static final List<Consumer<ObjectNode>> STEPS = List.of(SessionMigrations::addEmptyFloor,
            SessionMigrations::nothingToAdd, SessionMigrations::nothingToAdd);

    static {
        if (STEPS.size() != CURRENT - 1) {
            throw new IllegalStateException("one migration step per format version is needed");
        }
    }

    private final Messages messages;

    public SessionMigrations(Messages messages) {
        this.messages = messages;
    }

    /**
     * Migrates {@code root} in place to {@link #CURRENT} and returns the version the file declared
     * (0 when it declares none or no integer).
     */
    public int migrate(String file, ObjectNode root) throws FileProblemException {
        JsonNode v = root.get("formatVersion");
        if (v == null || !v.isInt()) {
            return 0;
        }
        int version = v.asInt();
        if (version > CURRENT) {
            int[] lc = StrictJson.location(v);
            throw new FileProblemException(new FileProblem(file, lc[0], lc[1], "$.formatVersion",
                    messages.get("newerFormat", version, CURRENT)));
        }
        if (version < 1) {
            return version;
        }
        for (int k = version; k < CURRENT; k++) {
            STEPS.get(k - 1).accept(root);
            root.put("formatVersion", k + 1);
        }
        return version;
    }

    /** 1 → 2: the floor (speaker queue and speaking log) arrived; older sessions have an empty one. */
    private static void addEmptyFloor(ObjectNode root) {
        if (root.has("floor")) {
            return;
        }
        ObjectNode floor = JsonNodeFactory.instance.objectNode();
        floor.put("slotSeconds", Floor.EMPTY.slotSeconds());
        floor.putObject("stepSlotSeconds");
        floor.putArray("queue");
        floor.put("round", false);
        floor.put("roundSize", 0);
        floor.putArray("log");
        root.set("floor", floor);
    }

    /**
     * 2 → 3 and 3 → 4: an optional part arrived (3: the imported participants' {@code preparations};
     * 4: the {@code dotVote} and the {@code survey}); an older file has none, so only the version
     * number changes. The steps exist so that an older app refuses a file with the new part as
     * "newer" instead of as unknown.
     */
    private static void nothingToAdd(ObjectNode root) {
        // the tree of the older file is already a valid tree of the next version without the new part
    }
}
