package org.incentivelab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.preset.PlannerPreset;
import org.incentivelab.preset.PresetException;
import org.incentivelab.preset.PresetSource;
import org.incentivelab.preset.PresetLoader;
import org.junit.jupiter.api.Test;

class AmdTable43Test {
    static final PresetSource PRESETS = PresetSource.folder(Path.of("presets"));

    @Test
    void shouldDeriveTheSameRunsAsThePdVariantPresets() throws PresetException {
        PlannerPreset exact = PRESETS.load("amd-pd-planner.json", PlannerPreset.class);
        assertSameRun(PRESETS.load("amd-pd-revenue-neutral.json", PlannerPreset.class),
                AmdTable43.revenueNeutral(exact));
        assertSameRun(PRESETS.load("amd-pd-estimated.json", PlannerPreset.class), AmdTable43.estimated(exact));
    }

    @Test
    void shouldProduceDerivedPresetsThatPassValidation() throws PresetException {
        PlannerPreset exact = PRESETS.load("amd-stag-hunt-planner.json", PlannerPreset.class);
        for (PlannerPreset derived : new PlannerPreset[] {AmdTable43.revenueNeutral(exact), AmdTable43.estimated(exact)}) {
            assertEquals(derived, PresetLoader.parse(PresetLoader.toJson(derived), derived.name()));
        }
    }

    @Test
    void shouldGiveEachDerivedRowItsOwnTable43ValueNotTheExactPresets() throws PresetException {
        PlannerPreset exact = PRESETS.load("amd-pd-planner.json", PlannerPreset.class);
        assertEquals(List.of(), AmdTable43.revenueNeutral(exact).references());
        assertEquals(List.of(), AmdTable43.estimated(exact).references());
        Map<String, List<PaperReference>> byRow = new LinkedHashMap<>();
        for (Cell c : new AmdTable43(1).cells(PRESETS)) {
            List<PaperReference> before = byRow.put(c.experiment() + " / " + c.setting(), c.preset().references());
            if (before != null) {
                assertEquals(before, c.preset().references(), "both cells of a row share one preset");
            }
        }
        assertEquals(exact.references(), byRow.get("PD / planner"));
        assertEquals(List.of(pcc(0.914, "paper 91.4%")), byRow.get("PD / revenue-neutral"));
        assertEquals(List.of(pcc(0.613, "paper 61.3%")), byRow.get("PD / estimated"));
        assertEquals(List.of(pcc(0.989, "paper 98.9%")), byRow.get("Chicken / revenue-neutral"));
        assertEquals(List.of(pcc(0.522, "paper 52.2%")), byRow.get("Chicken / estimated"));
        assertEquals(List.of(pcc(0.692, "paper 69.2%")), byRow.get("Stag Hunt / revenue-neutral"));
        assertEquals(List.of(pcc(0.960, "paper 96.0%")), byRow.get("Stag Hunt / estimated"));
        // the PD files carry the same numbers as the derived rows
        assertEquals(byRow.get("PD / revenue-neutral"), PRESETS.load("amd-pd-revenue-neutral.json", PlannerPreset.class).references());
        assertEquals(byRow.get("PD / estimated"), PRESETS.load("amd-pd-estimated.json", PlannerPreset.class).references());
    }

    @Test
    void shouldDrawOnEveryTableCellsPresetTheCellsPaperValue() throws PresetException {
        // the numbers in the preset files and in the reproductions' cells are typed twice: they must agree
        for (Reproduction table : List.of(new AmdTable42(), new AmdTable43())) {
            for (Cell c : table.cells(PRESETS)) {
                if (c.metric() == TableMetric.AVERAGE_ADDITIONAL_REWARD) {
                    continue; // a run average, not a curve's final value: not drawn
                }
                String where = table.name() + " " + c.experiment() + " / " + c.setting() + " " + c.metric().label();
                List<Double> values = c.preset().references().stream()
                        .filter(r -> r.metric().equals(c.metric().label())).map(PaperReference::value).toList();
                assertEquals(List.of(c.paper().mean()), values, where);
            }
        }
    }

    private static PaperReference pcc(double value, String label) {
        return new PaperReference("P(C,C)", value, label);
    }

    private static void assertSameRun(PlannerPreset file, PlannerPreset derived) {
        assertEquals(file.game(), derived.game());
        assertEquals(file.learners(), derived.learners());
        assertEquals(file.planner(), derived.planner());
        assertEquals(file.episodes(), derived.episodes());
        assertEquals(file.seeds(), derived.seeds());
        assertEquals(file.seed(), derived.seed());
    }
}
