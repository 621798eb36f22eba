package org.incentivelab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incentivelab.preset.Preset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetLoader;
import org.incentivelab.run.Command;
import org.incentivelab.run.Session;

/**
 * Reads and writes {@link Session}s as JSON: {@code {"preset": {…a preset…}, "episodes": 4000, "commands":
 * [{"episode": 150, "command": "override", "player": 0, "ownAction": 1, "othersCooperating": 1, "value": 2.5},
 * {"episode": 900, "command": "mechanism", "on": false}, {"episode": 900, "command": "turnOff", "turnOffAtEpisode":
 * 2000}, {"episode": 950, "command": "maxIncentive", "value": 1.5}, {"episode": 950, "command": "costWeight",
 * "value": 0.5}, {"episode": 0, "command": "freeze", "frozen": true}, {"episode": 40, "command": "shortcut",
 * "open": false}, {"episode": 0, "command": "loadMechanism",
 * "mechanism": {…see MechanismFile…}}]}}. A cleared override has {@code "value": null}; {@code "turnOffAtEpisode": null} means never;
 * {@code "planner"} is read as {@code "mechanism"} (files of the first version). Reading
 * validates the preset like a preset file and each command's fields, naming the file and the field on error.
 */
public final class SessionFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("preset", "episodes", "commands");

    private SessionFile() {
    }

    /**
     * @param file the target, written atomically
     * @param session the session
     * @throws IOException if writing fails
     */
    public static void write(Path file, Session session) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("preset", MAPPER.readTree(PresetLoader.toJson(session.preset())));
        root.put("episodes", session.episodes());
        ArrayNode commands = root.putArray("commands");
        for (Command.Timed t : session.commands()) {
            commands.add(toJson(t));
        }
        AtomicFiles.writeText(file, w -> w.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)));
    }

    /**
     * @param file a session file
     * @return the session
     * @throws PresetException naming the file and field if the file is unreadable or invalid
     */
    public static Session read(Path file) throws PresetException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new PresetException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PresetException(file + ": cannot read the session (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new PresetException(file + ": a session is a JSON object with fields " + TOP);
        }
        for (var names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP.contains(name)) {
                throw new PresetException(file + ": unknown field '" + name + "'; allowed fields: " + TOP);
            }
        }
        Preset preset = PresetLoader.parse(required(file, root, "preset").toString(), file + " (field 'preset')");
        long episodes = wholeNumber(file, root, "episodes", "episodes");
        List<Command.Timed> commands = new ArrayList<>();
        JsonNode list = required(file, root, "commands");
        if (!list.isArray()) {
            throw new PresetException(file + ": field 'commands' must be an array");
        }
        for (int k = 0; k < list.size(); k++) {
            commands.add(command(file, list.get(k), "commands[" + k + "]"));
        }
        try {
            return new Session(preset, episodes, commands);
        } catch (IllegalArgumentException e) {
            throw new PresetException(file + ": " + e.getMessage());
        }
    }

    private static ObjectNode toJson(Command.Timed t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("episode", t.episode());
        Command c = t.command();
        if (c instanceof Command.SetMechanism s) {
            node.put("command", "mechanism");
            node.put("on", s.on());
        } else if (c instanceof Command.OverrideIncentive o) {
            node.put("command", "override");
            node.put("player", o.player());
            node.put("ownAction", o.ownAction());
            node.put("othersCooperating", o.othersCooperating());
            if (Double.isNaN(o.value())) {
                node.putNull("value");
            } else {
                node.put("value", o.value());
            }
        } else if (c instanceof Command.SetMaxIncentive m) {
            node.put("command", "maxIncentive");
            node.put("value", m.value());
        } else if (c instanceof Command.SetCostWeight w) {
            node.put("command", "costWeight");
            node.put("value", w.value());
        } else if (c instanceof Command.FreezeIncentives f) {
            node.put("command", "freeze");
            node.put("frozen", f.frozen());
        } else if (c instanceof Command.SetShortcut sc) {
            node.put("command", "shortcut");
            node.put("open", sc.open());
        } else if (c instanceof Command.LoadMechanism l) {
            node.put("command", "loadMechanism");
            node.set("mechanism", MechanismFile.toJson(l.mechanism()));
        } else if (c instanceof Command.SetTurnOff s) {
            node.put("command", "turnOff");
            if (s.episode() == null) {
                node.putNull("turnOffAtEpisode");
            } else {
                node.put("turnOffAtEpisode", s.episode());
            }
        }
        return node;
    }

    private static Command.Timed command(Path file, JsonNode node, String where) throws PresetException {
        long episode = wholeNumber(file, node, "episode", where + ".episode");
        String kind = required(file, node, "command").asText();
        Command c = switch (kind) {
            case "mechanism", "planner" -> new Command.SetMechanism(bool(file, node, "on", where + ".on"));
            case "override" -> new Command.OverrideIncentive(
                    (int) wholeNumber(file, node, "player", where + ".player"),
                    (int) wholeNumber(file, node, "ownAction", where + ".ownAction"),
                    (int) wholeNumber(file, node, "othersCooperating", where + ".othersCooperating"),
                    nullableNumber(file, node, "value", where + ".value"));
            case "turnOff" -> {
                JsonNode off = required(file, node, "turnOffAtEpisode");
                yield new Command.SetTurnOff(off.isNull() ? null
                        : (int) wholeNumber(file, node, "turnOffAtEpisode", where + ".turnOffAtEpisode"));
            }
            case "maxIncentive" -> new Command.SetMaxIncentive(nullableNumber(file, node, "value", where + ".value"));
            case "costWeight" -> new Command.SetCostWeight(nullableNumber(file, node, "value", where + ".value"));
            case "freeze" -> new Command.FreezeIncentives(bool(file, node, "frozen", where + ".frozen"));
            case "shortcut" -> new Command.SetShortcut(bool(file, node, "open", where + ".open"));
            case "loadMechanism" -> new Command.LoadMechanism(MechanismFile.of(required(file, node, "mechanism"),
                    file + " " + where + ".mechanism"));
            default -> throw new PresetException(file + ": field '" + where + ".command' = " + kind
                    + " is not one of: mechanism (or planner), override, turnOff, maxIncentive, costWeight, freeze,"
                    + " shortcut, loadMechanism");
        };
        return new Command.Timed(episode, c);
    }

    private static JsonNode required(Path file, JsonNode node, String field) throws PresetException {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new PresetException(file + ": missing field '" + field + "'");
        }
        return v;
    }

    private static long wholeNumber(Path file, JsonNode node, String field, String where) throws PresetException {
        JsonNode v = required(file, node, field);
        if (!v.isIntegralNumber() || v.asLong() < 0) {
            throw new PresetException(file + ": field '" + where + "' = " + v + " must be a whole number ≥ 0");
        }
        return v.asLong();
    }

    private static boolean bool(Path file, JsonNode node, String field, String where) throws PresetException {
        JsonNode v = required(file, node, field);
        if (!v.isBoolean()) {
            throw new PresetException(file + ": field '" + where + "' = " + v + " must be true or false");
        }
        return v.asBoolean();
    }

    private static double nullableNumber(Path file, JsonNode node, String field, String where)
            throws PresetException {
        JsonNode v = required(file, node, field);
        if (v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new PresetException(file + ": field '" + where + "' = " + v + " must be a number or null");
        }
        return v.asDouble();
    }
}
