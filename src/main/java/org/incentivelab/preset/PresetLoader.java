package org.incentivelab.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads and strictly validates presets: an unknown field, a missing field, a wrong type or an out-of-range
 * value is a {@link PresetException} naming the file, the field (dotted path) and the allowed values. No
 * field gets a silent default. Enum values are written in lower case in JSON ({@code "sampled"},
 * {@code "action_derivative"}).
 */
public final class PresetLoader {
    /** Largest number of episodes per run. */
    public static final int MAX_EPISODES = 10_000_000;
    /** Largest number of seeds per batch. */
    public static final int MAX_SEEDS = 1000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .build();

    private PresetLoader() {
    }

    /**
     * @param file a preset JSON file
     * @return the validated preset
     * @throws PresetException if the file cannot be read, is not valid JSON, or breaks a rule
     */
    public static Preset load(Path file) throws PresetException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new PresetException(file + ": cannot read the preset (" + e.getMessage() + ")");
        }
        return parse(text, file.toString());
    }

    /**
     * @param json the preset text
     * @param origin the file name (or other origin) used in error messages
     * @return the validated preset
     * @throws PresetException if the text is not a valid preset
     */
    public static Preset parse(String json, String origin) throws PresetException {
        Preset preset;
        try {
            checkKind(MAPPER.readTree(json), origin);
            preset = MAPPER.readValue(json, Preset.class);
        } catch (JsonProcessingException e) {
            throw new PresetException(origin + ": " + describe(e));
        }
        PresetValidator.validate(preset, origin);
        return preset;
    }

    /** The kinds of preset and their JSON names; a file without {@code kind} is a planner preset. */
    private static final java.util.List<String> KINDS = java.util.List.of("planner", "lio", "d3c");

    private static void checkKind(JsonNode root, String origin) throws PresetException {
        JsonNode kind = root == null ? null : root.get("kind");
        if (kind != null && !KINDS.contains(kind.asText())) {
            throw new PresetException(origin + ": field 'kind' = " + kind + " is not one of: "
                    + String.join(", ", KINDS) + " (no kind: planner)");
        }
    }

    /**
     * A preset with one field changed, validated like a file.
     *
     * @param preset the starting preset
     * @param path the field's dotted path, such as {@code planner.costWeight} or {@code game.payoffs.reward}
     * @param value the new value (a number, boolean, string, enum constant, or null where allowed)
     * @return the changed preset
     * @throws PresetException naming the field and the allowed values if the result is not a valid preset, or
     *     naming the path if a part before the last is not a group of fields of a preset
     */
    public static Preset with(Preset preset, String path, Object value) throws PresetException {
        ObjectNode root = MAPPER.valueToTree(preset);
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int k = 0; k < parts.length - 1; k++) {
            JsonNode next = parent.get(parts[k]);
            if (!(next instanceof ObjectNode child)) {
                String prefix = String.join(".", Arrays.copyOfRange(parts, 0, k + 1));
                throw new PresetException("parameter '" + path + "': "
                        + (next == null ? "no field '" + prefix + "' in a preset"
                                : "field '" + prefix + "' has no fields inside"));
            }
            parent = child;
        }
        parent.set(parts[parts.length - 1], MAPPER.valueToTree(value));
        return parse(root.toString(), "parameter '" + path + "'");
    }

    /**
     * @param preset a preset
     * @param path a dotted field path
     * @return the field's value as JSON ({@code null} node if absent)
     */
    public static JsonNode read(Preset preset, String path) {
        JsonNode node = MAPPER.valueToTree(preset);
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** @return the preset as pretty-printed JSON in the same form {@link #parse} reads */
    public static String toJson(Preset preset) {
        try {
            return MAPPER.writerFor(Preset.class).withDefaultPrettyPrinter().writeValueAsString(preset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a preset always serialises", e);
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field '" + path(u) + "'; allowed fields here: " + known;
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            return "field '" + path(f) + "' = " + f.getValue() + " is not one of: " + allowed;
        }
        if (e instanceof InvalidFormatException f && f.getValue() instanceof Number
                && isWholeNumber(f.getTargetType())) {
            return "field '" + path(f) + "' = " + f.getValue() + " is not a whole number";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String detail = m.getOriginalMessage();
            if (isMissingProperty(detail)) {
                return "missing field '" + path(m) + "'";
            }
            if (m.getCause() instanceof IllegalArgumentException iae) {
                detail = iae.getMessage();
            }
            return "field '" + path(m) + "': " + detail.lines().findFirst().orElse(detail);
        }
        if (e instanceof JsonMappingException m && isMissingProperty(m.getOriginalMessage())) {
            return "missing field: " + m.getOriginalMessage().replaceAll(".*property '([^']+)'.*", "$1");
        }
        return "not valid JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr());
    }

    /** @return whether a preset field of this type holds a whole number (a fraction there is refused) */
    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    /** Jackson 2.17 says "Missing creator property 'x'", older versions "Missing required creator property 'x'". */
    private static boolean isMissingProperty(String detail) {
        return detail != null && detail.startsWith("Missing") && detail.contains("creator property");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
