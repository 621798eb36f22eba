package org.incentivelab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.incentivelab.env.DilemmaGame;
import org.incentivelab.env.SocialDilemma;
import org.incentivelab.learn.LearnerMode;
import org.incentivelab.math.Optimizer;
import org.incentivelab.mech.planner.LookAhead;
import org.incentivelab.mech.planner.PlannerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PresetLoaderTest {
    private static final Path PRESETS = Path.of("presets");
    private static final Path BASE = PRESETS.resolve("amd-pd-planner.json");
    private static final String ORIGIN = "broken-preset.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> presetFiles() throws IOException {
        try (Stream<Path> files = Files.list(PRESETS)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertFalse(list.isEmpty(), "no presets found in " + PRESETS.toAbsolutePath());
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void shouldLoadEveryShippedPreset(Path file) throws PresetException {
        Preset preset = PresetLoader.load(file);
        assertFalse(preset.name().isBlank());
        if (preset instanceof PlannerPreset planner) {
            new DilemmaGame(planner.game().players(), planner.game().payoffs()); // a usable game
        } else if (preset instanceof D3cPreset d3c) {
            assertTrue(d3c.game().create(org.incentivelab.math.Rng.forComponent(1, "test")).optimalTotal() > 0);
        } else {
            ((LioPreset) preset).environment().create(1); // a usable game
        }
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void shouldRoundTripEveryPresetThroughJson(Path file) throws PresetException {
        Preset preset = PresetLoader.load(file);
        assertEquals(preset, PresetLoader.parse(PresetLoader.toJson(preset), "round trip of " + file));
    }

    @Test
    void shouldReadTheFieldsOfTheBasePreset() throws PresetException {
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(BASE);
        assertEquals(SocialDilemma.PD, preset.game().payoffs());
        assertEquals(2, preset.game().players());
        assertEquals(LearnerMode.SAMPLED, preset.learners().mode());
        assertEquals(Optimizer.Kind.ADAM, preset.learners().optimizer());
        assertEquals(0.25, preset.learners().initialCooperation(), 0.0);
        assertEquals(PlannerModel.NETWORK, preset.planner().model());
        assertEquals(LookAhead.ACTION_DERIVATIVE, preset.planner().lookAhead());
        assertEquals(null, preset.planner().turnOffAtEpisode());
        assertEquals(List.of(new PaperReference("P(C,C)", 0.987, "paper 98.7%"),
                new PaperReference("V", 5.975, "paper V 5.975")), preset.references());
    }

    @Test
    void shouldAcceptNoReferencesAndTheMeanForNPlayers() throws IOException, PresetException {
        ObjectNode tree = base();
        tree.putArray("references");
        assertEquals(List.of(), PresetLoader.parse(JSON.writeValueAsString(tree), ORIGIN).references());
        PlannerPreset ten = (PlannerPreset) PresetLoader.load(PRESETS.resolve("amd-10-player-pd-planner.json"));
        assertEquals(List.of(new PaperReference("mean P(C)", 0.985, "reference code (1 run) 98.5%"),
                new PaperReference("V", 29.7, "reference code (1 run) V 29.70")), ten.references());
    }

    @Test
    void shouldEditTheReferencesAsAWholeAndValidateThem() throws PresetException {
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(BASE);
        List<PaperReference> one = List.of(new PaperReference("P(C) 2", 0.5, "half"));
        assertEquals(one, PresetLoader.with(preset, "references", one).references());
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.with(preset, "references",
                List.of(new PaperReference("P(C) 2", 0.5, ""))));
        assertTrue(e.getMessage().contains("references[0].label"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> preset.references().clear());
    }

    @Test
    void shouldRejectANonFiniteReferenceValueInARecord() throws PresetException {
        // NaN cannot be written in JSON; a preset built in code is validated the same way
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(BASE).withReferences(List.of(new PaperReference("V", Double.NaN, "x")));
        PresetException e = assertThrows(PresetException.class, () -> PresetValidator.validate(preset, ORIGIN));
        assertTrue(e.getMessage().contains("references[0].value") && e.getMessage().contains("finite"),
                e.getMessage());
    }

    @Test
    void shouldNameTheFileWhenItCannotBeRead() {
        Path missing = PRESETS.resolve("no-such-preset.json");
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.load(missing));
        assertTrue(e.getMessage().contains("no-such-preset.json"), e.getMessage());
    }

    static Stream<Arguments> badEdits() {
        return Stream.of(
                bad("unknown top-level field", t -> t.put("bogus", 1), "bogus", "episodes"),
                bad("unknown nested field", t -> planner(t).put("bogus", true), "planner.bogus", "costWeight"),
                bad("unknown payoff field", t -> payoffs(t).put("greed", 1), "game.payoffs.greed", "temptation"),
                bad("missing top-level field", t -> t.remove("episodes"), "episodes", "missing"),
                bad("missing nested field", t -> planner(t).remove("costWeight"), "planner.costWeight", "missing"),
                bad("string for a number", t -> t.put("episodes", "4000"), "episodes", "int"),
                bad("string for a nested number", t -> learners(t).put("learningRate", "0.01"),
                        "learners.learningRate", "double"),
                bad("number for a boolean", t -> planner(t).put("revenueNeutral", 1), "planner.revenueNeutral", "boolean"),
                bad("enum value not allowed", t -> learners(t).put("mode", "greedy"), "learners.mode", "sampled, exact"),
                bad("nested enum value not allowed", t -> planner(t).put("lookAhead", "exact"), "planner.lookAhead",
                        "exact_difference, action_derivative, estimated"),
                bad("optimiser not allowed", t -> planner(t).put("optimizer", "rmsprop"), "planner.optimizer", "sgd, adam"),
                bad("initial cooperation 0", t -> learners(t).put("initialCooperation", 0.0),
                        "learners.initialCooperation", "(0.0, 1.0)"),
                bad("initial cooperation 1", t -> learners(t).put("initialCooperation", 1.0),
                        "learners.initialCooperation", "(0.0, 1.0)"),
                bad("discount 1", t -> learners(t).put("discount", 1.0), "learners.discount", "[0, 1)"),
                bad("negative learning rate", t -> learners(t).put("learningRate", -0.01), "learners.learningRate", "(0, "),
                bad("max reward 0", t -> planner(t).put("maxReward", 0.0), "planner.maxReward", "(0, "),
                bad("flip probability 0.6", t -> planner(t).put("flipProbability", 0.6), "planner.flipProbability",
                        "[0, 0.5]"),
                bad("negative cost weight", t -> planner(t).put("costWeight", -1e-4), "planner.costWeight", "[0, 100]"),
                bad("one player", t -> game(t).put("players", 1), "game.players", "[2, 32]"),
                bad("33 players", t -> game(t).put("players", 33), "game.players", "[2, 32]"),
                bad("zero episodes", t -> t.put("episodes", 0), "episodes", "[1, 10000000]"),
                bad("zero seeds", t -> t.put("seeds", 0), "seeds", "[1, 1000]"),
                bad("negative turn-off episode", t -> planner(t).put("turnOffAtEpisode", -5),
                        "planner.turnOffAtEpisode", "[0, "),
                bad("blank name", t -> t.put("name", " "), "name", "non-empty"),
                bad("null planner", t -> t.putNull("planner"), "planner", "null"),
                bad("action derivative with a table", t -> planner(t).put("model", "tabular"), "planner.lookAhead",
                        "network"),
                bad("exact learners beyond the exact limit", t -> {
                    game(t).put("players", 11);
                    learners(t).put("mode", "exact");
                }, "learners.mode", "sampled"),
                bad("exact look-ahead beyond the exact limit", t -> {
                    game(t).put("players", 11);
                    planner(t).put("lookAhead", "exact_difference");
                }, "planner.lookAhead", "action_derivative or estimated"),
                bad("expected cost beyond the exact limit names the values as written", t -> {
                    game(t).put("players", 11);
                    planner(t).put("cost", "squared_expected");
                }, "planner.lookAhead", "action_derivative / cost squared_expected"),
                bad("infinite payoff", t -> payoffs(t).put("reward", new java.math.BigDecimal("1e309")), "game.payoffs", "finite"),
                bad("fractional episodes", t -> t.put("episodes", 4000.7), "episodes",
                        "4000.7 is not a whole number"),
                bad("fractional players", t -> game(t).put("players", 2.9), "game.players",
                        "2.9 is not a whole number"),
                bad("fractional seed", t -> t.put("seed", 1.5), "seed", "1.5 is not a whole number"),
                bad("fractional seeds", t -> t.put("seeds", 10.0), "seeds", "10.0 is not a whole number"),
                bad("fractional turn-off episode", t -> planner(t).put("turnOffAtEpisode", 4000.5),
                        "planner.turnOffAtEpisode", "4000.5 is not a whole number"),
                bad("missing references", t -> t.remove("references"), "references", "missing"),
                bad("null references", t -> t.putNull("references"), "references", "must not be null"),
                bad("null reference", t -> references(t).addNull(), "references[2]", "must not be null"),
                bad("unknown reference metric names the allowed series", t -> reference(t, 0).put("metric", "P(D,D)"),
                        "references[0].metric", "P(C) 1, P(C) 2, P(C,C), mean P(C), V, |r^p| per round"),
                bad("reference metric of a player the game lacks", t -> reference(t, 1).put("metric", "P(C) 3"),
                        "references[1].metric", "P(C,C)"),
                bad("reference metric written differently", t -> reference(t, 0).put("metric", "p(c,c)"),
                        "references[0].metric", "allowed: P(C) 1"),
                bad("missing reference metric", t -> reference(t, 0).remove("metric"), "references[0].metric",
                        "missing"),
                bad("null reference metric", t -> reference(t, 0).putNull("metric"), "references[0].metric",
                        "allowed: P(C) 1"),
                bad("infinite reference value", t -> reference(t, 0).put("value", new java.math.BigDecimal("1e309")),
                        "references[0].value", "finite"),
                bad("negative infinite reference value",
                        t -> reference(t, 1).put("value", new java.math.BigDecimal("-1e309")), "references[1].value",
                        "finite"),
                bad("string for a reference value", t -> reference(t, 0).put("value", "0.987"),
                        "references[0].value", "double"),
                bad("missing reference value", t -> reference(t, 0).remove("value"), "references[0].value",
                        "missing"),
                bad("empty reference label", t -> reference(t, 1).put("label", ""), "references[1].label",
                        "non-empty"),
                bad("blank reference label", t -> reference(t, 0).put("label", "  "), "references[0].label",
                        "non-empty"),
                bad("missing reference label", t -> reference(t, 0).remove("label"), "references[0].label",
                        "missing"),
                bad("unknown reference field", t -> reference(t, 0).put("std", 0.001), "references[0].std",
                        "label, metric, value"),
                bad("reference not an object", t -> references(t).add(0.5), "references[2]", "(0.5)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEdits")
    void shouldRejectABrokenPresetNamingTheFileTheFieldAndTheAllowedValues(String what, Consumer<ObjectNode> edit,
            String field, String allowed) throws IOException {
        ObjectNode tree = base();
        edit.accept(tree);
        String json = JSON.writeValueAsString(tree);
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.parse(json, ORIGIN), what);
        String message = e.getMessage();
        assertTrue(message.contains(ORIGIN), "origin missing: " + message);
        assertTrue(message.contains(field), "field '" + field + "' missing: " + message);
        assertTrue(message.contains(allowed), "'" + allowed + "' missing: " + message);
    }

    @Test
    void shouldRejectTrailingGarbageAfterTheJson() throws IOException {
        String json = JSON.writeValueAsString(base()) + " {\"episodes\": 1}";
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.parse(json, ORIGIN));
        assertTrue(e.getMessage().contains(ORIGIN) && e.getMessage().contains("JSON"), e.getMessage());
    }

    @Test
    void shouldRejectASyntaxErrorNamingTheLine() throws IOException {
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(base()).replace("\"episodes\" :", "\"episodes\" ");
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.parse(json, ORIGIN));
        assertTrue(e.getMessage().contains(ORIGIN) && e.getMessage().contains("JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void shouldRejectAnEmptyDocument() {
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.parse("", ORIGIN));
        assertTrue(e.getMessage().contains(ORIGIN), e.getMessage());
    }

    @Test
    void shouldAcceptAValidEditAndReadItBack() throws IOException, PresetException {
        ObjectNode tree = base();
        planner(tree).put("turnOffAtEpisode", 4000);
        planner(tree).put("revenueNeutral", true);
        learners(tree).put("mode", "EXACT"); // enum values are case-insensitive on input
        PlannerPreset preset = (PlannerPreset) PresetLoader.parse(JSON.writeValueAsString(tree), ORIGIN);
        assertEquals(4000, preset.planner().turnOffAtEpisode());
        assertTrue(preset.planner().revenueNeutral());
        assertEquals(LearnerMode.EXACT, preset.learners().mode());
        assertEquals(preset, PresetLoader.parse(PresetLoader.toJson(preset), ORIGIN));
    }

    @Test
    void shouldRefuseAFractionalValueForAWholeNumberFieldOnEdit() throws PresetException {
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(BASE);
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.with(preset, "episodes", 4000.7));
        assertTrue(e.getMessage().contains("'episodes' = 4000.7 is not a whole number"), e.getMessage());
        assertEquals(4001, PresetLoader.with(preset, "episodes", 4001).episodes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner.bogus.x", "bogus.x", "game.bogus.reward"})
    void shouldNameAMissingIntermediateFieldOnEdit(String path) throws PresetException {
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(BASE);
        String prefix = path.substring(0, path.lastIndexOf('.'));
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.with(preset, path, 1));
        assertTrue(e.getMessage().contains(path), e.getMessage());
        assertTrue(e.getMessage().contains("no field '" + prefix + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"episodes.x", "planner.costWeight.x", "game.players.x.y"})
    void shouldNameAnIntermediateFieldThatIsNotAGroupOnEdit(String path) throws PresetException {
        PlannerPreset preset = (PlannerPreset) PresetLoader.load(BASE);
        String scalar = path.substring(0, path.indexOf(".x"));
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.with(preset, path, 1));
        assertTrue(e.getMessage().contains(path), e.getMessage());
        assertTrue(e.getMessage().contains("field '" + scalar + "' has no fields"), e.getMessage());
    }

    @Test
    void shouldWriteEnumsInLowerCase() throws PresetException, IOException {
        JsonNode written = JSON.readTree(PresetLoader.toJson(PresetLoader.load(BASE)));
        assertEquals("sampled", written.get("learners").get("mode").asText());
        assertEquals("action_derivative", written.get("planner").get("lookAhead").asText());
        assertEquals("realized_norm", written.get("planner").get("cost").asText());
    }

    private static Arguments bad(String what, Consumer<ObjectNode> edit, String field, String allowed) {
        return Arguments.of(what, edit, field, allowed);
    }

    private static ObjectNode base() throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(BASE));
    }

    private static ArrayNode references(ObjectNode tree) {
        return (ArrayNode) tree.get("references");
    }

    private static ObjectNode reference(ObjectNode tree, int index) {
        return (ObjectNode) references(tree).get(index);
    }

    private static ObjectNode planner(ObjectNode tree) {
        return (ObjectNode) tree.get("planner");
    }

    private static ObjectNode learners(ObjectNode tree) {
        return (ObjectNode) tree.get("learners");
    }

    private static ObjectNode game(ObjectNode tree) {
        return (ObjectNode) tree.get("game");
    }

    private static ObjectNode payoffs(ObjectNode tree) {
        return (ObjectNode) game(tree).get("payoffs");
    }
}
