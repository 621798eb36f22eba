package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.env.diff.ConvexPrisonersDilemma;
import org.incentivelab.run.D3cState;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The PD vector field: −F of the mixed losses under run 1's A, and the run's trail. */
@ExtendWith(ApplicationExtension.class)
class PdVectorFieldViewTest {
    private static Snapshot early;
    private static Snapshot late;
    private static Snapshot tenPlayers;

    private PdVectorFieldView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        early = ViewFixtures.run("d3c-pd-2-player.json", 100);
        late = ViewFixtures.run("d3c-pd-2-player.json", 200);
        tenPlayers = ViewFixtures.run("d3c-pd.json", 10);
    }

    @Start
    void start(Stage stage) {
        view = new PdVectorFieldView();
        framed = ViewFixtures.show(stage, view);
    }

    /** f^A_j(x) = Σ_i A_ij f_i(x) from the game's own losses. */
    private static double mixedLoss(double[][] a, double c, int j, double x1, double x2) {
        double[] f = new double[2];
        new ConvexPrisonersDilemma(2, c).losses(new double[] {x1, x2}, f);
        return a[0][j] * f[0] + a[1][j] * f[1];
    }

    @Test
    void shouldBeTheGradientOfEachPlayersMixedLoss() {
        double h = 1e-5;
        double[] out = new double[2];
        double[][][] matrices = {late.d3c().mixing(), {{1, 0}, {0, 1}}, {{0.5, 0.5}, {0.5, 0.5}},
            {{0.7, 0.3}, {0.15, 0.85}}};
        for (double c : new double[] {1, 2.5}) {
            for (double[][] a : matrices) {
                for (double[] x : new double[][] {{0, 0}, {0.3, -0.4}, {1.2, 0.9}, {-0.5, 1.5}}) {
                    PdVectorFieldView.field(a, c, x[0], x[1], out);
                    double d1 = (mixedLoss(a, c, 0, x[0] + h, x[1]) - mixedLoss(a, c, 0, x[0] - h, x[1])) / (2 * h);
                    double d2 = (mixedLoss(a, c, 1, x[0], x[1] + h) - mixedLoss(a, c, 1, x[0], x[1] - h)) / (2 * h);
                    assertEquals(d1, out[0], 1e-6, "∂f^A_1/∂x1");
                    assertEquals(d2, out[1], 1e-6, "∂f^A_2/∂x2");
                }
                PdVectorFieldView.fixedPoint(a, c, out);
                double[] zero = new double[2];
                PdVectorFieldView.field(a, c, out[0], out[1], zero);
                assertEquals(0, zero[0], 1e-12);
                assertEquals(0, zero[1], 1e-12);
            }
            PdVectorFieldView.fixedPoint(matrices[1], c, out);
            assertEquals(0, out[0], "A = I: Nash (0, 0)");
            PdVectorFieldView.fixedPoint(matrices[2], c, out);
            assertEquals(c / 2, out[1], 1e-12, "A = 1/2: the optimum (c/2, c/2)");
        }
    }

    @Test
    void shouldExportMinusTheFieldOnTheGrid(FxRobot robot) throws Exception {
        D3cState d = late.d3c();
        double c = d.cooperation();
        List<String[]> rows = ViewFixtures.rows(robot, view, late, PdVectorFieldView.CSV_HEADER, false);
        assertEquals(PdVectorFieldView.GRID * PdVectorFieldView.GRID, rows.size());
        double h = 1e-5;
        for (String[] r : rows) {
            double x1 = Double.parseDouble(r[0]);
            double x2 = Double.parseDouble(r[1]);
            assertTrue(x1 > -0.5 * c && x1 < 1.5 * c && x2 > -0.5 * c && x2 < 1.5 * c);
            double d1 = (mixedLoss(d.mixing(), c, 0, x1 + h, x2) - mixedLoss(d.mixing(), c, 0, x1 - h, x2)) / (2 * h);
            double d2 = (mixedLoss(d.mixing(), c, 1, x1, x2 + h) - mixedLoss(d.mixing(), c, 1, x1, x2 - h)) / (2 * h);
            assertEquals(-d1, Double.parseDouble(r[2]), 1e-6);
            assertEquals(-d2, Double.parseDouble(r[3]), 1e-6);
        }
        Path png = Path.of("target/view-pd-vector-field.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldGrowTheTrailAndResetItWhenTheEpisodeGoesBack(FxRobot robot) {
        robot.interact(() -> view.update(early));
        assertEquals(1, view.trailSize());
        robot.interact(() -> view.update(late));
        assertEquals(2, view.trailSize());
        robot.interact(() -> view.update(early));
        assertEquals(1, view.trailSize(), "a new run");
        robot.interact(() -> view.update(tenPlayers));
        assertEquals(0, view.trailSize());
    }

    @Test
    void shouldKeepTheTrailBoundedAndItsStart() {
        PointTrail trail = new PointTrail();
        for (int k = 0; k <= PointTrail.CAPACITY; k++) {
            trail.follow("p", k, k, -k);
        }
        assertEquals(PointTrail.CAPACITY / 2 + 1, trail.size());
        assertEquals(0, trail.x(0));
        assertEquals(PointTrail.CAPACITY, trail.x(trail.size() - 1));
        trail.follow("p", PointTrail.CAPACITY, 7, 7);
        assertEquals(PointTrail.CAPACITY / 2 + 1, trail.size(), "an episode already seen adds nothing");
        trail.follow("q", PointTrail.CAPACITY + 1, 7, 7);
        assertEquals(1, trail.size(), "another preset is a new run");
    }

    @Test
    void shouldShowANoticeForOtherGames(FxRobot robot) throws Exception {
        assertNull(view.notice(late));
        assertEquals(0, ViewFixtures.rows(robot, view, tenPlayers, PdVectorFieldView.CSV_HEADER, false).size());
        String notice = view.notice(tenPlayers);
        assertNotNull(notice);
        assertTrue(notice.contains("2-player Prisoner's Dilemma") && notice.contains("n = 10"), notice);
        assertNotNull(view.notice(ViewFixtures.plannerSnapshot("planner")));
        ViewFixtures.export(framed, Path.of("target/view-pd-vector-field-10.png"));
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        robot.interact(() -> view.update(early));
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, late, "view-pd-vector-field");
    }
}
