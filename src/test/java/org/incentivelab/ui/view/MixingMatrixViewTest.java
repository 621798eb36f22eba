package org.incentivelab.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.incentivelab.run.Command;
import org.incentivelab.run.D3cState;
import org.incentivelab.run.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The mixing matrix: A of run 1 as a heatmap with each agent's relative attention and shift/stay marker. */
@ExtendWith(ApplicationExtension.class)
class MixingMatrixViewTest {
    private static Snapshot braess;
    private static Snapshot tenPlayers;
    private static Snapshot selfish;
    private static Snapshot sharingOff;

    private MixingMatrixView view;
    private ViewPane framed;

    @BeforeAll
    static void train() throws Exception {
        braess = ViewFixtures.run("d3c-braess.json", 200);
        tenPlayers = ViewFixtures.run("d3c-pd.json", 20);
        selfish = ViewFixtures.run("d3c-braess-selfish.json", 5);
        sharingOff = ViewFixtures.run("d3c-pd-2-player.json", 20, new Command.SetMechanism(false));
    }

    @Start
    void start(Stage stage) {
        view = new MixingMatrixView();
        framed = ViewFixtures.show(stage, view);
    }

    private List<String[]> rows(FxRobot robot, Snapshot s) throws Exception {
        return ViewFixtures.rows(robot, view, s, MixingMatrixView.CSV_HEADER, false);
    }

    /** Checks that the CSV is A entry by entry, rows summing to 1; returns A as read. */
    private static double[][] assertMatrix(List<String[]> rows, D3cState d) {
        int n = d.agents();
        assertEquals(n * n, rows.size());
        double[][] a = new double[n][n];
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            int i = Integer.parseInt(r[0]) - 1;
            int j = Integer.parseInt(r[1]) - 1;
            assertEquals(k / n, i, "row-major order");
            assertEquals(k % n, j);
            a[i][j] = Double.parseDouble(r[2]);
            assertEquals(d.mixing()[i][j], a[i][j]);
            assertTrue(a[i][j] >= 0 && a[i][j] <= 1);
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double v : a[i]) {
                sum += v;
            }
            assertEquals(1, sum, 1e-9, "row " + (i + 1) + " is right-stochastic");
        }
        return a;
    }

    @Test
    void shouldExportTheMatrixOfRunOneWithRowsSummingToOne(FxRobot robot) throws Exception {
        D3cState d = braess.d3c();
        double[][] a = assertMatrix(rows(robot, braess), d);
        for (int i = 0; i < 4; i++) {
            double others = 0;
            for (int j = 0; j < 4; j++) {
                others += j == i ? 0 : Math.log(a[i][j]);
            }
            assertEquals(Math.log(a[i][i]) - others / 3, d.attention()[i], 1e-6, "attention of agent " + (i + 1));
        }
        assertEquals(10, assertMatrix(rows(robot, tenPlayers), tenPlayers.d3c()).length);
        Path png = Path.of("target/view-mixing-matrix-10.png");
        ViewFixtures.export(framed, png);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void shouldShowInfiniteAttentionForTheIdentity(FxRobot robot) throws Exception {
        double[][] a = assertMatrix(rows(robot, selfish), selfish.d3c());
        for (int i = 0; i < a.length; i++) {
            assertEquals(1, a[i][i]);
            assertEquals(Double.POSITIVE_INFINITY, selfish.d3c().attention()[i]);
        }
        assertEquals("∞ (A = I)", MixingMatrixView.attention(Double.POSITIVE_INFINITY));
        assertEquals("\u22120.25", MixingMatrixView.attention(-0.25));
        assertEquals("4.60", MixingMatrixView.attention(Math.log(99)));
        ViewFixtures.export(framed, Path.of("target/view-mixing-matrix-selfish.png"));
    }

    @Test
    void shouldDrawTheIdentityWhileLossSharingIsOff(FxRobot robot) throws Exception {
        assertFalse(sharingOff.d3c().mixingActive());
        double[][] a = assertMatrix(rows(robot, sharingOff), sharingOff.d3c());
        assertEquals(1, a[0][0]);
        assertEquals(0, a[0][1]);
        ViewFixtures.export(framed, Path.of("target/view-mixing-matrix-off.png"));
    }

    @Test
    void shouldShadeSharesFromWhiteToDarkBlue() {
        assertEquals(javafx.scene.paint.Color.WHITE, MixingMatrixView.shade(0));
        assertTrue(MixingMatrixView.shade(1).getBrightness() < 0.5);
        assertTrue(MixingMatrixView.shade(0.5).getBrightness() > MixingMatrixView.shade(0.9).getBrightness());
    }

    @Test
    void shouldShowANoticeForAnotherMechanism(FxRobot robot) throws Exception {
        assertNull(view.notice(braess));
        Snapshot planner = ViewFixtures.plannerSnapshot("planner");
        assertNotNull(view.notice(planner));
        assertEquals(0, rows(robot, planner).size());
    }

    @Test
    void shouldRenderAtThePreferredMinimumAndLargeSizes(FxRobot robot) throws Exception {
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, braess, "view-mixing-matrix");
        ViewFixtures.assertRendersAtThePreferredMinimumAndLargeSizes(robot, view, framed, tenPlayers,
                "view-mixing-matrix-10");
    }
}
