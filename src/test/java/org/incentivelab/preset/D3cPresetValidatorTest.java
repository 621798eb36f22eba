package org.incentivelab.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** D3C presets: bad values are refused naming the file, the field and the allowed values. */
class D3cPresetValidatorTest {
    private static String text(String file) throws Exception {
        return Files.readString(Path.of("presets", file));
    }

    private static String refused(String json) {
        return assertThrows(PresetException.class, () -> PresetLoader.parse(json, "bad.json")).getMessage();
    }

    @Test
    void shouldReadTheBraessPreset() throws Exception {
        D3cPreset p = (D3cPreset) PresetLoader.parse(text("d3c-braess.json"), "d3c-braess.json");
        assertEquals(4, p.agents());
        assertEquals(1000, p.runs());
        assertEquals(45, p.game().braess().ae().constant());
        assertEquals("loss sharing", p.mechanism());
    }

    @Test
    void shouldNameTheFieldAndTheAllowedValues() throws Exception {
        String braess = text("d3c-braess.json");
        String pd = text("d3c-pd.json");
        String m = refused(braess.replace("\"initialSelf\": 0.99", "\"initialSelf\": 1.0"));
        assertTrue(m.startsWith("bad.json: field 'd3c.initialSelf' = 1.0") && m.contains("(0.0, 1.0)"), m);
        m = refused(braess.replace("\"drivers\": 4", "\"drivers\": 9"));
        assertTrue(m.contains("'game.braess.drivers' = 9") && m.contains("[2, 8]"), m);
        m = refused(braess.replace("\"perDriver\": 10,", "\"perDriver\": -10,"));
        assertTrue(m.contains("game.braess.sa") && m.contains(">= 0"), m);
        m = refused(braess.replace("\"players\": null", "\"players\": 4"));
        assertTrue(m.contains("'game.players'") && m.contains("null for braess"), m);
        m = refused(pd.replace("\"players\": 10", "\"players\": 1"));
        assertTrue(m.contains("'game.players' = 1") && m.contains("[2, 50]"), m);
        m = refused(pd.replace("\"method\": \"d3c\"", "\"method\": \"selfless\""));
        assertTrue(m.contains("'d3c.method'") && m.contains("d3c, selfish, cooperative, team_spirit"), m);
        m = refused(pd.replace("\"runs\": 1000", "\"runs\": 0"));
        assertTrue(m.contains("'runs' = 0"), m);
        m = refused(pd.replace("\"mixingRate\": 0.1", "\"mixingRate\": -0.1"));
        assertTrue(m.contains("'d3c.mixingRate' = -0.1") && m.contains("[0, 100.0]"), m);
        m = refused(pd.replace("\"metric\": \"ratio to optimal\"", "\"metric\": \"P(C,C)\""));
        assertTrue(m.contains("references[0].metric") && m.contains("ratio to optimal"), m);
        String matrix = text("d3c-matrix-pd.json");
        m = refused(matrix.replace("\"players\": null", "\"players\": 2"));
        assertTrue(m.contains("'game.players'") && m.contains("null for matrix"), m);
        m = refused(pd.replace("\"payoffs\": null", "\"payoffs\": {\"reward\": 3, \"sucker\": 0, \"temptation\": 4,"
                + " \"punishment\": 1}"));
        assertTrue(m.contains("'game.payoffs'") && m.contains("null unless game.type is matrix"), m);
        m = refused(pd.replace("\"kind\": \"d3c\"", "\"kind\": \"d4c\""));
        assertTrue(m.contains("'kind'") && m.contains("planner, lio, d3c"), m);
    }

    @Test
    void shouldCheckRlD3cTrialsAndTheLinearPolicy() throws Exception {
        String tyb = text("d3c-trust-your-brother.json");
        LioPreset p = (LioPreset) PresetLoader.parse(tyb, "d3c-trust-your-brother.json");
        assertEquals(0, p.policy().hidden().size(), "[] is the linear softmax policy");
        assertEquals("loss sharing", p.mechanism());
        String m = refused(tyb.replace("\"trialMax\": 20", "\"trialMax\": 5"));
        assertTrue(m.contains("'d3c.trialMax' = 5") && m.contains("[10, 10000]"), m);
        m = refused(tyb.replace("\"clip\": 5.0", "\"clip\": 0.0"));
        assertTrue(m.contains("'d3c.clip' = 0.0"), m);
        m = refused(tyb.replace("\"method\": \"d3c\"", "\"method\": \"pg\""));
        assertTrue(m.contains("'d3c'") && m.contains("null unless method is d3c"), m);
        m = refused(text("pg-trust-your-brother.json").replace("\"method\": \"pg\"", "\"method\": \"d3c\""));
        assertTrue(m.contains("'d3c' must not be null"), m);
        m = refused(tyb.replace("\"agents\": 2", "\"agents\": 3"));
        assertTrue(m.contains("'environment.agents' = 3") && m.contains("[2, 2]"), m);
        m = refused(text("lio-er-2-1.json").replace("\"hidden\": [\n      64,\n      16\n    ]", "\"hidden\": []"));
        assertTrue(m.contains("'incentives.hidden'") && m.contains("1 to 4 layer widths"), m);
    }
}
