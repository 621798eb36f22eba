package org.incentivelab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.mech.lio.LioMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** LIO presets ({@code "kind": "lio"}): read, kind dispatch, and every refusal naming the field and range. */
class LioPresetTest {
    private static final Path BASE = Path.of("presets", "lio-er-2-1.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldReadTheThesisSettingsOfEscapeRoomTwoOne() throws Exception {
        LioPreset p = (LioPreset) PresetLoader.load(BASE);
        assertEquals(MarkovGameType.ESCAPE_ROOM, p.environment().type());
        assertEquals(2, p.agents());
        assertEquals(LioMethod.LIO, p.method());
        assertEquals(List.of(64, 32), p.policy().hidden());
        assertEquals(1e-4, p.policy().learningRate());
        assertEquals(List.of(64, 16), p.incentives().hidden());
        assertEquals(2.0, p.incentives().maxReward());
        assertEquals(9, p.environment().optimalReturn());
        assertEquals("incentives", p.mechanism());
    }

    @Test
    void shouldReadAPresetWithoutKindAsAPlannerPreset() throws Exception {
        assertInstanceOf(PlannerPreset.class, PresetLoader.load(Path.of("presets", "amd-pd-planner.json")));
        String json = PresetLoader.toJson(PresetLoader.load(BASE));
        assertTrue(json.contains("\"kind\" : \"lio\""), json);
    }

    @Test
    void shouldEditALioFieldAndValidateIt() throws Exception {
        Preset edited = PresetLoader.with(PresetLoader.load(BASE), "incentives.maxReward", 3.0);
        assertEquals(3.0, ((LioPreset) edited).incentives().maxReward());
        PresetException e = assertThrows(PresetException.class,
                () -> PresetLoader.with(PresetLoader.load(BASE), "environment.leverNeeded", 2));
        assertTrue(e.getMessage().contains("'environment.leverNeeded' = 2") && e.getMessage().contains("[1, 1]"),
                e.getMessage());
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("unknown kind", edit(o -> o.put("kind", "lola")), "lola"),
                Arguments.of("unknown method", edit(o -> o.put("method", "lola")), "'method' = lola is not one of"),
                Arguments.of("unknown field", edit(o -> ((ObjectNode) o.get("policy")).put("lr", 1)), "'policy.lr'"),
                Arguments.of("missing field", edit(o -> ((ObjectNode) o.get("incentives")).remove("maxReward")),
                        "incentives.maxReward"),
                Arguments.of("IPD with three agents", edit(o -> {
                    ((ObjectNode) o.get("environment")).put("type", "ipd");
                    ((ObjectNode) o.get("environment")).put("agents", 3);
                }), "'environment.agents' = 3 is out of range; allowed: [2, 2]"),
                Arguments.of("too many agents", edit(o -> ((ObjectNode) o.get("environment")).put("agents", 11)),
                        "'environment.agents' = 11"),
                Arguments.of("lever M = N", edit(o -> ((ObjectNode) o.get("environment")).put("leverNeeded", 2)),
                        "'environment.leverNeeded' = 2"),
                Arguments.of("ε end above start", edit(o -> ((ObjectNode) o.get("policy")).put("epsilonEnd", 0.9)),
                        "'policy.epsilonEnd' = 0.9"),
                Arguments.of("zero learning rate", edit(o -> ((ObjectNode) o.get("policy")).put("learningRate", 0)),
                        "'policy.learningRate' = 0.0"),
                Arguments.of("empty hidden layers (the policy's [] is D3C's linear policy; incentives need one)",
                        edit(o -> ((ObjectNode) o.get("incentives")).set("hidden", JSON.createArrayNode())),
                        "'incentives.hidden'"),
                Arguments.of("too wide a layer", edit(o -> ((ArrayNode) o.get("incentives").get("hidden")).add(999)),
                        "'incentives.hidden[2]' = 999"),
                Arguments.of("negative R_max", edit(o -> ((ObjectNode) o.get("incentives")).put("maxReward", -1)),
                        "'incentives.maxReward' = -1.0"),
                Arguments.of("reference to an unknown series", edit(o -> ((ObjectNode) o.get("references").get(0))
                        .put("metric", "P(C,C)")), "'references[0].metric' = 'P(C,C)'"),
                Arguments.of("zero evaluation period", edit(o -> o.put("evaluationPeriod", 0)),
                        "'evaluationPeriod' = 0"),
                Arguments.of("Cleanup without its settings", edit(o -> ((ObjectNode) o.get("environment"))
                        .put("type", "cleanup")), "'environment.cleanup'"),
                Arguments.of("Cleanup settings on Escape Room", edit(o -> ((ObjectNode) o.get("environment"))
                        .set("cleanup", JSON.createObjectNode().put("map", "7x7").put("appleRespawnProbability", 0.5)
                        .put("thresholdDepletion", 0.6).put("thresholdRestoration", 0.0).put("wasteSpawnProbability", 0.5)
                        .put("viewSize", 4).put("maxSteps", 50).put("randomSpawn", true))),
                        "'environment.cleanup' = an object"),
                Arguments.of("MetaGrad in the IPD", edit(o -> {
                    ((ObjectNode) o.get("environment")).put("type", "ipd");
                    o.put("method", "metagrad");
                }), "Escape Room or Cleanup"),
                Arguments.of("three agents in Stag Hunt", edit(o -> {
                    ((ObjectNode) o.get("environment")).put("type", "stag_hunt");
                    ((ObjectNode) o.get("environment")).put("agents", 3);
                }), "environment.agents"),
                Arguments.of("IQ-Flow settings on a LIO preset", edit(o -> o.set("iqflow", iqFlowSettings())),
                        "'iqflow' = an object"),
                Arguments.of("IQ-Flow without its settings", edit(o -> o.put("method", "iqflow")), "iqflow"),
                Arguments.of("IQ-Flow in LIO's egocentric IPD", edit(o -> {
                    ((ObjectNode) o.get("environment")).put("type", "ipd");
                    o.put("method", "iqflow");
                    o.set("iqflow", iqFlowSettings());
                }), "'environment.type' = ipd"),
                Arguments.of("IQ-Flow with no inner step", edit(o -> {
                    o.put("method", "iqflow");
                    ObjectNode iq = (ObjectNode) iqFlowSettings();
                    iq.put("innerSteps", 0);
                    o.set("iqflow", iq);
                }), "'iqflow.innerSteps' = 0"),
                Arguments.of("IQ-Flow without the mini-init switch", edit(o -> {
                    o.put("method", "iqflow");
                    ObjectNode iq = (ObjectNode) iqFlowSettings();
                    iq.remove("miniInit");
                    o.set("iqflow", iq);
                }), "miniInit"),
                Arguments.of("a pretrained regulator without its squash", edit(o -> {
                    o.put("method", "iqflow");
                    ObjectNode iq = (ObjectNode) iqFlowSettings();
                    iq.putObject("pretrained").put("format", "incentive-lab/iqflow-mechanism/2")
                            .put("environment", "x").put("episode", 1).put("inputs", 14).put("agents", 2)
                            .put("actions", 2).put("maxReward", 2.0).putNull("squash");
                    ((ObjectNode) iq.get("pretrained")).putArray("hidden").add(16).add(8);
                    ((ObjectNode) iq.get("pretrained")).putArray("eta").add(0.5);
                    o.set("iqflow", iq);
                }), "squash"),
                Arguments.of("IQ-Flow's immediate-reward learner under LIO", edit(o -> ((ObjectNode) o.get("policy"))
                        .put("update", "immediate_reward")), "'policy.update' = immediate_reward"),
                Arguments.of("Cen in Chicken", edit(o -> {
                    ((ObjectNode) o.get("environment")).put("type", "chicken");
                    o.put("method", "cen");
                }), "in a matrix game"),
                Arguments.of("LIO agents sharing one policy", edit(o -> ((ObjectNode) o.get("policy"))
                        .put("sharedParameters", true)), "'policy.sharedParameters' = true"),
                Arguments.of("no parameter-sharing switch", edit(o -> ((ObjectNode) o.get("policy"))
                        .remove("sharedParameters")), "policy.sharedParameters"),
                Arguments.of("LIO agents stepping with Adam", edit(o -> ((ObjectNode) o.get("policy"))
                        .put("optimizer", "adam")), "'policy.optimizer' = adam"),
                Arguments.of("an unknown policy optimiser", edit(o -> ((ObjectNode) o.get("policy"))
                        .put("optimizer", "lbfgs")), "policy.optimizer"),
                Arguments.of("no policy optimiser", edit(o -> ((ObjectNode) o.get("policy"))
                        .remove("optimizer")), "policy.optimizer"),
                Arguments.of("an unknown step reduction", edit(o -> ((ObjectNode) o.get("policy"))
                        .put("reduction", "median")), "policy.reduction"),
                Arguments.of("no step reduction", edit(o -> ((ObjectNode) o.get("policy"))
                        .remove("reduction")), "policy.reduction"),
                Arguments.of("an unknown giver's critic", edit(o -> ((ObjectNode) o.get("incentives"))
                        .put("giverCritic", "shared")), "incentives.giverCritic"),
                Arguments.of("no giver's critic", edit(o -> ((ObjectNode) o.get("incentives"))
                        .remove("giverCritic")), "incentives.giverCritic"),
                Arguments.of("a designer's critic for LIO", edit(o -> ((ObjectNode) o.get("incentives"))
                        .putObject("designerCritic").put("learningRate", 1e-4).put("targetRate", 0.1)
                        .put("gaeLambda", 0.9)), "null unless method is metagrad"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void shouldRefuseABrokenLioPresetNamingTheField(String what, String json, String expected) {
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.parse(json, "broken.json"));
        assertTrue(e.getMessage().startsWith("broken.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    private static com.fasterxml.jackson.databind.JsonNode iqFlowSettings() {
        try {
            return JSON.readTree(Files.readString(Path.of("presets", "iqflow-chicken.json"))).get("iqflow");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(BASE));
            change.accept(root);
            return root.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
