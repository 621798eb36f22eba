package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NPlayerViewTest {
    private static Snapshot tenPlayers;
    private static Snapshot pd;

    private NPlayerView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        tenPlayers = ViewFixtures.run("amd-10-player-pd-planner.json", 300);
        pd = ViewFixtures.run("amd-pd-planner.json", 300);
    }

    @Start
    void start(Stage stage) {
        view = new NPlayerView();
        framed = ViewFixtures.show(stage, view);
    }

    private List<String[]> rows(FxRobot robot, Snapshot s) throws Exception {
        return ViewFixtures.rows(robot, view, s, "kind,index,p_c,u_c,u_d,modified_u_c,modified_u_d", true);
    }

    @Test
    void shouldShowTenBarsAndTheLinearPayoffs(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, tenPlayers);
        List<String[]> bars = rows.stream().filter(r -> r[0].equals("player")).toList();
        assertEquals(10, bars.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(Integer.toString(i + 1), bars.get(i)[1]);
            assertEquals(tenPlayers.planner().cooperation()[i], Double.parseDouble(bars.get(i)[2]));
        }
        List<String[]> payoffs = rows.stream().filter(r -> r[0].equals("payoff")).toList();
        assertEquals(10, payoffs.size());
        // PD with R 3, S 0, T 4, P 1: u_C(k) = 3k/9, u_D(k) = 1 + 3k/9
        for (int k = 0; k < 10; k++) {
            String[] r = payoffs.get(k);
            assertEquals(k, Integer.parseInt(r[1]));
            assertEquals(3.0 * k / 9, Double.parseDouble(r[3]), 1e-12);
            assertEquals(1 + 3.0 * k / 9, Double.parseDouble(r[4]), 1e-12);
            double c = 0;
            double d = 0;
            for (int i = 0; i < 10; i++) {
                c += tenPlayers.planner().incentives()[i][1][k] / 10;
                d += tenPlayers.planner().incentives()[i][0][k] / 10;
            }
            assertEquals(Double.parseDouble(r[3]) + c, Double.parseDouble(r[5]), 1e-12);
            assertEquals(Double.parseDouble(r[4]) + d, Double.parseDouble(r[6]), 1e-12);
        }
        Path png = Path.of("target/view-n-player-10.png");
        export(png);
        assertTrue(Files.size(png) > 1000);
        assertTrue(view.node().getLayoutBounds().getWidth() > 0);
    }

    @Test
    void shouldAlsoDrawTwoPlayerGames(FxRobot robot) throws Exception {
        List<String[]> rows = rows(robot, pd);
        assertEquals(2, rows.stream().filter(r -> r[0].equals("player")).count());
        assertEquals(2, rows.stream().filter(r -> r[0].equals("payoff")).count());
        export(Path.of("target/view-n-player-2.png"));
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, tenPlayers, "view-n-player");
    }

    private void export(Path png) throws Exception {
        ViewFixtures.export(framed, png);
    }
}
