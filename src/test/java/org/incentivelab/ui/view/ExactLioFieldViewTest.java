package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.mech.lio.ExactLio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExactLioFieldViewTest {
    private ExactLioFieldView view;
    private ViewPane framed;

    @Start
    void start(Stage stage) {
        view = new ExactLioFieldView();
        framed = ViewFixtures.show(stage, view);
    }

    private double[] expectedArrow(double eta, double theta) {
        return ExactLio.arrow(eta, view.etaDSlider().value(), theta, view.alphaSlider().value(),
                view.betaSlider().value(), view.gammaSlider().value());
    }

    @Test
    void shouldDrawTheClosedFormArrowsOnTheGrid() {
        double[][] arrows = view.arrows();
        assertEquals(ExactLioFieldView.GRID_X * ExactLioFieldView.GRID_Y, arrows.length);
        for (int k : new int[] {0, 7, 40, 77, arrows.length - 1}) {
            double[] a = arrows[k];
            assertTrue(a[0] > 0 && a[0] < 3 && a[1] > 0 && a[1] < 1);
            double[] v = expectedArrow(a[0], a[1]);
            assertArrayEquals(v, new double[] {a[2], a[3]}, 0, "arrow " + k);
        }
        // defaults η¹_D = 0, α = β = 0.01, γ = 0.9: Δη¹_C = 2βα/(1−γ)² = 0.02, Δθ² = 0.1(η¹_C − 1)
        assertEquals(0.02, arrows[0][2], 1e-9);
        assertEquals(0.1 * (arrows[0][0] - 1), arrows[0][3], 1e-9);
    }

    @Test
    void shouldMoveTheDominanceLineWithEtaD(FxRobot robot) throws Exception {
        assertEquals(1, view.dominanceLine(), 1e-12);
        robot.interact(() -> view.etaDSlider().setValue(1.5));
        assertEquals(2.5, view.dominanceLine(), 1e-12);
        for (double[] a : view.arrows()) {
            assertArrayEquals(expectedArrow(a[0], a[1]), new double[] {a[2], a[3]}, 0);
            assertTrue(a[0] < 2.5 ? a[3] < 0 : a[3] > 0, "Δθ² at η¹_C = " + a[0]);
        }
        Path png = Path.of("target/view-exact-lio-field-eta-d.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldDrawAPathToMutualCooperationFromAClick(FxRobot robot) throws Exception {
        robot.interact(() -> view.click(0.2, 0.5));
        assertEquals(1, view.trajectories().size());
        LioTrajectory p = view.trajectories().get(0);
        assertEquals(0.2, p.etaC()[0]);
        assertEquals(0.5, p.theta()[0]);
        assertEquals(0.0, p.etaD()[0]);
        // the first step is ExactLio.step of the symmetric start with incentives bounded in [0, 3]
        ExactLio lio = new ExactLio(view.alphaSlider().value(), view.betaSlider().value(),
                view.gammaSlider().value(), 3);
        ExactLio.State next = lio.step(new ExactLio.State(0.5, 0.5, 0.2, 0, 0.2, 0));
        assertEquals(next.etaC1(), p.etaC()[1]);
        assertEquals(next.theta2(), p.theta()[1]);
        assertTrue(p.theta()[1] < 0.5, "left of the line agent 2 defects more");
        int last = p.size() - 1;
        assertEquals(1, p.theta()[last], 1e-9);
        assertTrue(p.reachesCooperation());
        assertTrue(last < LioTrajectory.MAX_STEPS, "settles before the step limit");
        int k = p.crossing();
        assertTrue(k > 0);
        assertTrue(p.etaC()[k] - p.etaD()[k] > 1);
        assertTrue(p.etaC()[k - 1] - p.etaD()[k - 1] <= 1);
        assertTrue(p.etaC()[last] - p.etaD()[last] > 1);
        Path png = Path.of("target/view-exact-lio-field-path.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldDrawAPathFromAMouseClick(FxRobot robot) {
        robot.clickOn(view.node());
        assertEquals(1, view.trajectories().size());
        LioTrajectory p = view.trajectories().get(0);
        assertTrue(p.startEtaC() > 0 && p.startEtaC() < 3 && p.startTheta() > 0 && p.startTheta() < 1);
    }

    @Test
    void shouldRecomputePathsWhenASliderMovesAndClearThem(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.click(0.5, 0.2);
            view.click(2.5, 0.9);
        });
        int before = view.trajectories().get(0).size();
        robot.interact(() -> view.alphaSlider().setValue(1e-3));
        assertEquals(2, view.trajectories().size());
        assertTrue(view.trajectories().get(0).size() > before, "a smaller α needs more steps");
        assertEquals(0.5, view.trajectories().get(0).startEtaC());
        assertEquals(-1, view.trajectories().get(1).crossing(), "2.5 − 0 > 1 from the start: no crossing");
        robot.interact(() -> view.clear());
        assertTrue(view.trajectories().isEmpty());
    }

    @Test
    void shouldKeepAtMostTwelvePaths(FxRobot robot) {
        robot.interact(() -> {
            for (int n = 0; n < ExactLioFieldView.MAX_PATHS + 3; n++) {
                view.click(0.1 * n, 0.5);
            }
        });
        assertEquals(ExactLioFieldView.MAX_PATHS, view.trajectories().size());
        assertEquals(0.3, view.trajectories().get(0).startEtaC(), 1e-12);
    }

    @Test
    void shouldWriteArrowsAndPathsAsCsv(FxRobot robot) throws Exception {
        robot.interact(() -> view.click(0.2, 0.5));
        List<String[]> rows = csv();
        List<String[]> arrows = rows.stream().filter(r -> r[0].equals("arrow")).toList();
        List<String[]> path = rows.stream().filter(r -> r[0].equals("path")).toList();
        assertEquals(ExactLioFieldView.GRID_X * ExactLioFieldView.GRID_Y, arrows.size());
        assertEquals(view.trajectories().get(0).size(), path.size());
        assertEquals(arrows.size() + path.size(), rows.size());
        for (String[] r : rows) {
            assertEquals(11, r.length);
            assertEquals(view.gammaSlider().value(), Double.parseDouble(r[10]));
        }
        double[] first = view.arrows()[0];
        assertEquals(first[3], Double.parseDouble(arrows.get(0)[7]));
        String[] end = path.get(path.size() - 1);
        assertEquals("1", end[1]);
        assertEquals(Integer.toString(path.size() - 1), end[2]);
        assertEquals(1, Double.parseDouble(end[5]), 1e-9);
        robot.interact(() -> view.clear());
        assertTrue(csv().stream().noneMatch(r -> r[0].equals("path")));
    }

    private List<String[]> csv() throws Exception {
        return ViewFixtures.csvRows(view, ExactLioFieldView.CSV_HEADER, true);
    }
}
