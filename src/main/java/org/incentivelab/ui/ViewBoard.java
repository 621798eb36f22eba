package org.incentivelab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.env.diff.DiffGameType;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.preset.D3cPreset;
import org.incentivelab.preset.LioPreset;
import org.incentivelab.preset.PaperReference;
import org.incentivelab.preset.Preset;
import org.incentivelab.run.Command;
import org.incentivelab.run.GridEpisode;
import org.incentivelab.run.LioState;
import org.incentivelab.run.Snapshot;
import org.incentivelab.ui.view.BraessNetworkView;
import org.incentivelab.ui.view.D3cCharts;
import org.incentivelab.ui.view.EscapeRoomView;
import org.incentivelab.ui.view.DilemmaPlaneView;
import org.incentivelab.ui.view.ExactLioFieldView;
import org.incentivelab.ui.view.FearGreedPlaneView;
import org.incentivelab.ui.view.GridEpisodeView;
import org.incentivelab.ui.view.IncentiveHeatmapView;
import org.incentivelab.ui.view.IpdMatrixView;
import org.incentivelab.ui.view.LabView;
import org.incentivelab.ui.view.LioCharts;
import org.incentivelab.ui.view.MixingMatrixView;
import org.incentivelab.ui.view.MixingTrialsView;
import org.incentivelab.ui.view.NPlayerView;
import org.incentivelab.ui.view.PayoffMatrixView;
import org.incentivelab.ui.view.PdVectorFieldView;
import org.incentivelab.ui.view.PositionHeatmapView;
import org.incentivelab.ui.view.QValueFlowView;
import org.incentivelab.ui.view.TimeCharts;
import org.incentivelab.ui.view.VectorFieldView;
import org.incentivelab.ui.view.ViewPane;

/**
 * The views in tabs. Planning agent: for two players an overview (payoff matrices, fear/greed plane, vector
 * field, P(C) chart) and all time charts; for N players the N-player view and the charts. LIO: an overview with
 * the Escape Room diagram (or, for the IPD, the payoff matrix with incentives and the exact-LIO vector field; for
 * IQ-Flow's 2×2 games, the Q-value flow, the dilemma plane and the incentive heatmap; for D3C's games the mixing
 * matrix) and the main charts, then the other charts. D3C on a differentiable game: the Braess network or the PD
 * vector field, the mixing matrix and its charts. Only the visible tab's views are redrawn; switching tabs redraws at
 * once from the last snapshot.
 */
final class ViewBoard extends TabPane {
    /** Evaluation episodes the gridworld position heatmaps count: the recent ones, so they follow the policies. */
    private static final int HEATMAP_EPISODES = 20;

    private final List<List<ViewPane>> tabs = new ArrayList<>();
    private final List<ViewPane> all = new ArrayList<>();
    private Snapshot last;

    /**
     * @param preset the preset whose batch the board shows: its kind and number of agents choose the views, and its
     *     paper values ({@code Preset.references()}) are drawn as dashed lines on the time charts showing their
     *     metric
     * @param commands where the views send user commands (incentive overrides)
     */
    ViewBoard(Preset preset, Consumer<Command> commands) {
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setId("view-board");
        if (preset instanceof LioPreset lio) {
            addLioTabs(lio);
        } else if (preset instanceof D3cPreset d3c) {
            addD3cTabs(d3c, commands);
        } else {
            addPlannerTabs(preset.agents(), preset.references(), commands);
        }
        getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (last != null) {
                updateVisible(last);
            }
        });
    }

    private void addPlannerTabs(int players, List<PaperReference> references, Consumer<Command> commands) {
        List<LabView> charts = TimeCharts.standard(players, references);
        if (players == 2) {
            addTab("Overview", 2, List.of(new PayoffMatrixView(commands), new FearGreedPlaneView(),
                    new VectorFieldView(), charts.get(0)));
        } else {
            addTab("Overview", 2, List.of(new NPlayerView(), charts.get(0)));
        }
        addTab("Charts", 3, charts.subList(1, charts.size()));
    }

    /**
     * D3C on a differentiable game: the Braess network (or, for the 2-player PD, its vector field), the mixing matrix,
     * the ratio to optimal and the attention chart first; without a game view (the n-player PD, 2×2 games) the last
     * chart instead.
     */
    private void addD3cTabs(D3cPreset preset, Consumer<Command> commands) {
        List<LabView> charts = new ArrayList<>(D3cCharts.standard(preset));
        List<LabView> overview = new ArrayList<>();
        DiffGameType game = preset.game().type();
        if (game == DiffGameType.BRAESS || game == DiffGameType.RANDOM_BRAESS) {
            overview.add(new BraessNetworkView(commands));
        } else if (game == DiffGameType.PRISONERS_DILEMMA && preset.agents() == 2) {
            overview.add(new PdVectorFieldView());
        }
        overview.add(new MixingMatrixView());
        overview.add(charts.remove(0)); // ratio to optimal
        overview.add(charts.remove(0)); // relative attention
        if (overview.size() < 4) { // no game view: the last chart (the n-player PD's distance to the optimum)
            overview.add(charts.remove(charts.size() - 1));
        }
        addTab("Overview", 2, overview);
        addTab("Charts", 2, charts);
    }

    private void addLioTabs(LioPreset preset) {
        List<LabView> charts = LioCharts.standard(preset);
        MarkovGameType game = preset.environment().type();
        if (game == MarkovGameType.TRUST_YOUR_BROTHER || game == MarkovGameType.COINS) {
            List<LabView> overview = new ArrayList<>(charts);
            if (preset.method() == LioMethod.D3C) {
                overview.add(1, new MixingMatrixView());
                overview.add(Math.min(4, overview.size()), new MixingTrialsView());
            }
            addTab("Overview", 2, overview.subList(0, Math.min(4, overview.size())));
            if (overview.size() > 4) {
                addTab("Charts", 2, overview.subList(4, overview.size()));
            }
            return;
        }
        if (preset.environment().type() == MarkovGameType.CLEANUP) {
            Function<Snapshot, GridEpisode> episodeOf = s -> s.state() instanceof LioState l ? l.gridEpisode() : null;
            LabView cleaning = charts.stream().filter(c -> c.title().equals(LioCharts.ACTION_FREQUENCIES))
                    .findFirst().orElseThrow();
            List<LabView> rest = new ArrayList<>(charts.subList(1, charts.size()));
            rest.remove(cleaning);
            if (preset.method() == LioMethod.D3C) { // the reduced Cleanup of D3C
                rest.addAll(0, List.of(new MixingMatrixView(), new MixingTrialsView()));
            }
            addTab("Overview", 2, List.of(new GridEpisodeView(episodeOf), charts.get(0),
                    new PositionHeatmapView(episodeOf, HEATMAP_EPISODES), cleaning));
            addTab("Charts", 2, rest);
            return;
        }
        MarkovGameType type = preset.environment().type();
        if (type != MarkovGameType.IPD && type != MarkovGameType.ESCAPE_ROOM) { // IQ-Flow's 2×2 games
            addTab("Overview", 2, List.of(new QValueFlowView(), new DilemmaPlaneView(), new IncentiveHeatmapView(),
                    charts.get(0)));
            addTab("Charts", 2, charts.subList(1, charts.size()));
            return;
        }
        boolean ipd = type == MarkovGameType.IPD;
        addTab("Overview", 2, List.of(ipd ? new IpdMatrixView() : new EscapeRoomView(), charts.get(0), charts.get(1),
                ipd ? new ExactLioFieldView() : charts.get(2)));
        addTab("Charts", 2, charts.subList(ipd ? 2 : 3, charts.size()));
    }

    /** @return every view pane on the board (for exports and tests) */
    List<ViewPane> panes() {
        return all;
    }

    /** Redraws the visible tab's views from a new snapshot. */
    void update(Snapshot s) {
        last = s;
        updateVisible(s);
    }

    private void updateVisible(Snapshot s) {
        for (ViewPane pane : tabs.get(getSelectionModel().getSelectedIndex())) {
            pane.view().update(s);
        }
    }

    private void addTab(String title, int columns, List<LabView> views) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.getStyleClass().add("view-grid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int rows = (views.size() + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        List<ViewPane> panes = new ArrayList<>();
        for (int k = 0; k < views.size(); k++) {
            ViewPane pane = new ViewPane(views.get(k));
            grid.add(pane, k % columns, k / columns);
            panes.add(pane);
        }
        tabs.add(panes);
        all.addAll(panes);
        Tab tab = new Tab(title, grid);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        getTabs().add(tab);
    }
}
