package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.JsonOutput;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;

/**
 * A saved participant list, reused for the next session:
 * {@code {"formatVersion": 1, "participants": [{"id", "name", "role", "organisation"}]}}.
 */
public final class ParticipantLists {
    private final StrictJson json;
    private final Messages messages;

    public ParticipantLists(Messages messages) {
        this.messages = messages;
        this.json = new StrictJson(new StrictJson.Limits(1024 * 1024, 8, 10_000), messages);
    }

    public void save(Path file, List<Participant> participants) throws IOException {
        ObjectNode n = JsonOutput.mapper().createObjectNode();
        n.put("formatVersion", 1);
        ArrayNode list = n.putArray("participants");
        participants.forEach(p -> list.addObject().put("id", p.id()).put("name", p.name())
                .put("role", p.role().key()).put("organisation", p.organisation()));
        AtomicFiles.write(file, JsonOutput.pretty(n));
    }

    public List<Participant> open(Path file) throws FileProblemException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileProblemException(FileProblem.wholeFile(name, messages.get("cannotRead", e.getMessage())));
        }
        JsonNode root = json.readObject(name, bytes);
        List<Participant> out = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        JsonNode list = root.path("participants");
        if (!list.isArray()) {
            int[] lc = StrictJson.location(root);
            throw new FileProblemException(new FileProblem(name, lc[0], lc[1], "$.participants", messages.get("missingField", "participants")));
        }
        int i = 0;
        for (JsonNode p : list) {
            String field = "$.participants[" + i++ + "]";
            String id = p.path("id").asText("");
            String pname = p.path("name").asText("");
            var role = Role.fromKey(p.path("role").asText(""));
            if (id.isBlank() || pname.isBlank() || role.isEmpty()) {
                int[] lc = StrictJson.location(p);
                String missing = id.isBlank() ? "id" : pname.isBlank() ? "name" : "role";
                problems.add(new FileProblem(name, lc[0], lc[1], field + "." + missing, messages.get("missingField", missing)));
                continue;
            }
            out.add(new Participant(id, pname, role.get(), p.path("organisation").asText("")));
        }
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        return out;
    }
}
