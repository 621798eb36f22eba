package org.incentivelab.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.preset.PresetException;

/**
 * Reads and writes a trained IQ-Flow regulator ({@link SavedMechanism}) as JSON: {@code {"format":
 * "incentive-lab/iqflow-mechanism/2", "environment": "ER(5,2)", "episode": 25000, "inputs": 30, "hidden": [64, 32],
 * "agents": 5, "actions": 3, "maxReward": 2.0, "squash": "SIGMOID", "eta": [...]}}. Written atomically; reading
 * refuses unknown or missing fields and a wrong format, naming the file and the field (a file of the earlier format
 * 1, without "squash", with the fix).
 */
public final class MechanismFile {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private MechanismFile() {
    }

    /**
     * @param file the target, written atomically (its folder is created)
     * @param mechanism the regulator
     * @throws IOException if writing fails
     */
    public static void write(Path file, SavedMechanism mechanism) throws IOException {
        String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(mechanism);
        AtomicFiles.writeText(file, w -> w.write(json));
    }

    /**
     * @param file a mechanism file
     * @return the regulator
     * @throws PresetException naming the file (and the field) if it is unreadable, not JSON, incomplete or of
     *     another format
     */
    public static SavedMechanism read(Path file) throws PresetException {
        try {
            return of(MAPPER.readTree(Files.readString(file)), file.toString());
        } catch (IOException e) {
            throw new PresetException(file + ": cannot read the mechanism file: " + e.getMessage());
        }
    }

    /**
     * @param node a mechanism's JSON (also embedded in session files)
     * @param where the file (and path) to name in errors
     * @return the regulator
     * @throws PresetException naming {@code where} if a field is missing, unknown or of the wrong type, or the
     *     format differs
     */
    public static SavedMechanism of(JsonNode node, String where) throws PresetException {
        if (SavedMechanism.FORMAT_1.equals(node.path("format").asText())) {
            throw new PresetException(where + ": field 'format' = '" + SavedMechanism.FORMAT_1 + "', an earlier format "
                    + "without the field 'squash'; to load it, set 'format' to '" + SavedMechanism.FORMAT
                    + "' and add \"squash\": \"SIGMOID\" (how every regulator of that format paid)");
        }
        SavedMechanism m;
        try {
            m = MAPPER.treeToValue(node, SavedMechanism.class);
        } catch (JsonProcessingException e) {
            throw new PresetException(where + ": not an IQ-Flow mechanism: " + e.getOriginalMessage());
        }
        if (!SavedMechanism.FORMAT.equals(m.format())) {
            throw new PresetException(where + ": field 'format' = '" + m.format() + "'; allowed: '"
                    + SavedMechanism.FORMAT + "'");
        }
        return m;
    }

    /** @return the mechanism's JSON tree (for session files) */
    public static JsonNode toJson(SavedMechanism mechanism) {
        return MAPPER.valueToTree(mechanism);
    }
}
