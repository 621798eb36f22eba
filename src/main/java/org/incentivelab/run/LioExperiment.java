package org.incentivelab.run;

import java.util.ArrayList;
import java.util.List;
import org.incentivelab.env.EscapeRoom;
import org.incentivelab.env.MarkovGame;
import org.incentivelab.env.MarkovGameConfig;
import org.incentivelab.env.grid.Cleanup;
import org.incentivelab.env.grid.CoinGame;
import org.incentivelab.env.MarkovGameType;
import org.incentivelab.math.Rng;
import org.incentivelab.env.IteratedMatrixGame;
import org.incentivelab.mech.iqflow.CriticPair;
import org.incentivelab.mech.iqflow.DilemmaGaps;
import org.incentivelab.mech.iqflow.MaskActivity;
import org.incentivelab.mech.d3c.D3cTrials;
import org.incentivelab.mech.iqflow.IqFlowLearner;
import org.incentivelab.mech.iqflow.IqFlowMechanism;
import org.incentivelab.mech.iqflow.SavedMechanism;
import org.incentivelab.mech.lio.IncentiveProbe;
import org.incentivelab.mech.lio.LioAlgorithm;
import org.incentivelab.mech.lio.LioMethod;
import org.incentivelab.mech.lio.ProbeAgent;
import org.incentivelab.mech.lio.Trajectory;
import org.incentivelab.preset.LioPreset;

/**
 * One run of a LIO preset with one master seed (thesis 001 ch. 5): the {@link LioAlgorithm} stepped one training
 * iteration (= episode) at a time, evaluated as in the reference code — at episode 0 and every
 * {@code evaluationPeriod} episodes, {@code evaluationEpisodes} test episodes with ε = 0 and their own random
 * streams, so evaluating never changes training. The series of {@link LioMetricNames} are the evaluations' means.
 * The live switch turns incentives off (nothing is given, nothing learned by the incentive functions) and back on.
 */
public final class LioExperiment extends MechanismRun {
    /** Test episodes of the final evaluation in {@link #summary()} (reference code: n_test = 100). */
    public static final int FINAL_TEST_EPISODES = 100;
    /** Episodes per incentive-probe measurement (thesis 001 Fig. 5.6b: 20; the reference code's default is 10). */
    public static final int PROBE_EPISODES = 20;
    /**
     * When the harvester is probed during a Cleanup run, as shares of its iterations: thesis 001 Fig. 5.6b probes
     * after 10k, 30k, 35k and 40k of 50k episodes (it pays C ≫ M at the first three, also M after 40k).
     */
    public static final double[] PROBE_FRACTIONS = {0.2, 0.6, 0.7, 0.8};

    private final LioPreset preset;
    private final LioAlgorithm algorithm;
    private final Rng[] evalActing;
    private final Rng[] evalGiving;
    private final Trajectory test;
    private final EvaluationStats stats;
    private final int n;
    private final long seed;

    private EpisodeTrace trace;
    private final GridEpisodeRecorder recorder;
    /** Coins only: the own-colour count of the evaluations' test episodes, else null. */
    private final OwnCoinCount coins;
    private GridEpisode gridEpisode;
    private final List<ProbeReading> probeReadings = new ArrayList<>();
    /** IQ-Flow: the read-out and the regulator as of the latest evaluation, handed to every snapshot until the next. */
    private QFlowState evaluatedQFlow;
    private SavedMechanism evaluatedMechanism;
    private LioSummary summary;
    private long summaryEpisode;

    /**
     * @param preset a validated LIO preset
     * @param seed the master seed; every component's stream is split from it
     * @throws IllegalArgumentException if the preset's pretrained IQ-Flow mechanism does not fit its networks
     */
    public LioExperiment(LioPreset preset, long seed) {
        super(preset.incentives().enabled(), preset.incentives().turnOffAtEpisode(),
                new Metrics(seriesNames(preset)));
        this.preset = preset;
        this.algorithm = new LioAlgorithm(preset, seed);
        this.seed = seed;
        this.n = preset.agents();
        this.evalActing = new Rng[n];
        this.evalGiving = new Rng[n];
        for (int i = 0; i < n; i++) {
            evalActing[i] = Rng.forComponent(seed, "evaluation-act-" + i);
            evalGiving[i] = Rng.forComponent(seed, "evaluation-gift-" + i);
        }
        this.test = algorithm.newTrajectory();
        this.recorder = algorithm.game() instanceof Cleanup ? new GridEpisodeRecorder() : null;
        this.coins = algorithm.game() instanceof CoinGame ? new OwnCoinCount() : null;
        this.stats = new EvaluationStats(n, algorithm.game().actions(), algorithm.game().incentiveTypes());
        if (preset.iqflow() != null && preset.iqflow().pretrained() != null) {
            loadMechanism(preset.iqflow().pretrained());
        }
        evaluate();
    }

    /** @return the names of the recorded series of a run of that preset's game and method, in order */
    public static List<String> seriesNames(LioPreset preset) {
        return LioMetricNames.all(preset.environment(), preset.method());
    }

    /** One training iteration of the algorithm (two episodes for LIO), then an evaluation when one is due. */
    @Override
    public void runEpisode() {
        algorithm.iterate(episode(), mechanismActive());
        String bad = algorithm.nonFinite();
        if (bad != null) {
            throw new NumericalFailure(bad, episode());
        }
        long done = nextEpisode();
        if (done % preset.evaluationPeriod() == 0 && done % metrics().stride() == 0) {
            evaluate();
        }
        if (algorithm.game() instanceof Cleanup) {
            for (double f : PROBE_FRACTIONS) {
                if (done == Math.round(f * preset.episodes())) {
                    probeReadings.add(probe(f, done));
                }
            }
        }
    }

    /** Probes the harvester of the latest evaluation with R, C and M (Fig. 5.6b). */
    private ProbeReading probe(double fraction, long done) {
        double[] returns = stats.summary(done, preset.evaluationEpisodes()).extrinsic();
        int harvester = returns[1] > returns[0] ? 1 : 0;
        IncentiveProbe probe = new IncentiveProbe(preset, algorithm, seed);
        return new ProbeReading(fraction, done, harvester,
                probe.measure(harvester, ProbeAgent.R, PROBE_EPISODES).mean(),
                probe.measure(harvester, ProbeAgent.C, PROBE_EPISODES).mean(),
                probe.measure(harvester, ProbeAgent.M, PROBE_EPISODES).mean());
    }

    /**
     * @return the harvester's probe readings taken so far at {@link #PROBE_FRACTIONS} of the preset's iterations,
     *     in order; empty unless the game is Cleanup
     */
    public List<ProbeReading> probeReadings() {
        return List.copyOf(probeReadings);
    }

    private void evaluate() {
        stats.reset();
        int last = preset.evaluationEpisodes() - 1;
        if (coins != null) {
            coins.reset();
        }
        for (int e = 0; e <= last; e++) {
            algorithm.play(test, 0, mechanismActive(), evalActing, evalGiving, coins != null ? coins
                    : e == last ? recorder : null);
            stats.add(test);
        }
        if (recorder != null) {
            gridEpisode = recorder.episode(episode());
        }
        trace = EvaluationStats.trace(test, algorithm.game() instanceof EscapeRoom);
        double[] row = stats.row(preset.evaluationEpisodes(), metrics().names().size());
        if (algorithm.iqFlow() != null) {
            evaluatedQFlow = qFlowState();
            evaluatedMechanism = savedMechanism();
            writeIqFlowColumns(row);
        }
        if (coins != null) {
            int k = metrics().names().indexOf(LioMetricNames.ownCoins(1));
            for (int i = 0; i < n; i++) {
                row[k++] = coins.share(i);
            }
        }
        D3cTrials mixing = algorithm.mixing();
        if (mixing != null) {
            int k = metrics().names().indexOf(LioMetricNames.attention(1));
            for (int i = 0; i < n; i++) {
                row[k++] = mixing.mixing().relativeAttention(i);
                row[k++] = mixing.lastRho(i);
            }
        }
        metrics().record(episode(), row);
    }

    /** Fills IQ-Flow's series of {@link LioMetricNames#all(MarkovGameConfig, LioMethod)}: masks, meta-loss, gaps. */
    private void writeIqFlowColumns(double[] row) {
        MaskActivity masks = algorithm.iqFlow().drainMaskActivity();
        int k = metrics().names().indexOf(LioMetricNames.META_LOSS);
        row[k++] = masks.loss();
        for (int i = 0; i < n; i++) {
            row[k++] = masks.active()[i];
            row[k++] = masks.dilemma()[i];
        }
        QFlowState q = evaluatedQFlow;
        if (q != null) {
            for (int state : IteratedMatrixGame.DISPLAY_STATES) {
                for (int i = 0; i < n; i++) {
                    DilemmaGaps g = q.gaps(CriticPair.INCENTIVISED, state, i);
                    row[k++] = g.rewardMinusTemptation();
                    row[k++] = g.suckerMinusPunishment();
                }
            }
        }
    }

    /**
     * IQ-Flow in a 2×2 matrix game: the focus run's critics, incentives and policies in every memory-1 state (seed
     * 004 Figs. 2–4). Reads the networks only; nothing is changed.
     *
     * @return the read-out, or null unless the run is IQ-Flow in a matrix game
     */
    public QFlowState qFlowState() {
        IqFlowLearner iq = algorithm.iqFlow();
        if (iq == null || !preset.environment().type().matrixGame()) {
            return null;
        }
        CriticPair[] pairs = CriticPair.values();
        double[][][][][] q = new double[pairs.length][QFlowState.STATES][n][2][2];
        double[][][] incentives = new double[QFlowState.STATES][4][n];
        double[][] cooperation = new double[QFlowState.STATES][n];
        int[] joint = new int[n];
        double[] obs = new double[algorithm.observationSize()];
        double[] pi = new double[2];
        for (int s = 0; s < QFlowState.STATES; s++) {
            double[] jointObs = IteratedMatrixGame.jointObservation(s);
            for (CriticPair pair : pairs) {
                for (int i = 0; i < n; i++) {
                    for (int other = 0; other < 2; other++) {
                        joint[1 - i] = other;
                        iq.critic(pair).values(i, jointObs, joint, q[pair.ordinal()][s][i][other]);
                    }
                }
            }
            for (int a = 0; a < 4 && mechanismActive(); a++) {
                joint[0] = a / 2;
                joint[1] = a % 2;
                iq.mechanism().incentives(jointObs, joint, incentives[s][a]);
            }
            java.util.Arrays.fill(obs, 0);
            obs[s] = 1;
            for (int i = 0; i < n; i++) {
                algorithm.policy(i, obs, pi);
                cooperation[s][i] = pi[IteratedMatrixGame.COOPERATE];
            }
        }
        return new QFlowState(q, incentives, cooperation, algorithm.maxReward());
    }

    /**
     * Thesis 001 Fig. 5.6b on Cleanup: what the harvester — the agent with the larger extrinsic return in the
     * {@link #summary()} — pays a scripted probe put in its partner's place ({@link IncentiveProbe}, on a game and
     * streams of its own, so the run is not changed).
     *
     * @param probe R, C or M
     * @return the incentive per episode (undiscounted, × R_max), mean over {@value #PROBE_EPISODES} episodes; 0
     *     when the harvester gives through no incentive function
     * @throws IllegalArgumentException if the game is not Cleanup
     */
    public double harvesterPays(ProbeAgent probe) {
        double[] returns = summary().extrinsic();
        int harvester = returns[1] > returns[0] ? 1 : 0;
        return new IncentiveProbe(preset, algorithm, seed).measure(harvester, probe, PROBE_EPISODES).mean();
    }

    /**
     * IQ-Flow in a 2×2 matrix game (seed 004 Fig. 4): each agent's R − T and S − P on the incentivised critic's
     * estimates at the start state; C is dominant for an agent when both are positive.
     *
     * @return {@code DilemmaGaps[2]}, or null unless the run is IQ-Flow in a matrix game
     */
    public DilemmaGaps[] incentivisedGaps() {
        return startGaps((q, i) -> q.gaps(CriticPair.INCENTIVISED, IteratedMatrixGame.START_FLAG, i));
    }

    /**
     * IQ-Flow in a 2×2 matrix game (seed 004 Fig. 2): each agent's R − T and S − P on the single-step payoffs plus
     * the regulator's incentives at the start state ({@link QFlowState#payoffGaps}).
     *
     * @return {@code DilemmaGaps[2]}, per round, or null unless the run is IQ-Flow in a matrix game
     */
    public DilemmaGaps[] incentivisedPayoffGaps() {
        return startGaps((q, i) -> q.payoffGaps(((IteratedMatrixGame) algorithm.game()).payoffs(),
                IteratedMatrixGame.START_FLAG, i));
    }

    /** @return each agent's gaps as read from the Q-flow read-out, or null unless IQ-Flow in a matrix game */
    private DilemmaGaps[] startGaps(java.util.function.BiFunction<QFlowState, Integer, DilemmaGaps> reading) {
        QFlowState q = qFlowState();
        if (q == null) {
            return null;
        }
        DilemmaGaps[] gaps = new DilemmaGaps[n];
        for (int i = 0; i < n; i++) {
            gaps[i] = reading.apply(q, i);
        }
        return gaps;
    }

    /**
     * The end-of-run figures: an evaluation of {@link #FINAL_TEST_EPISODES} test episodes with ε = 0, the agents
     * acting on streams of their own. The episodes are played on the run's game, whose own stream (spawns, move
     * ties) they advance, so the result is kept until the run trains further: every figure of a report reads the
     * same evaluation.
     *
     * @return the summary
     */
    public LioSummary summary() {
        if (summary == null || summaryEpisode != episode()) {
            summary = evaluateFinal();
            summaryEpisode = episode();
        }
        return summary;
    }

    private LioSummary evaluateFinal() {
        EvaluationStats fin = new EvaluationStats(n, algorithm.game().actions(), algorithm.game().incentiveTypes());
        Rng[] acting = new Rng[n];
        Rng[] giving = new Rng[n];
        for (int i = 0; i < n; i++) {
            acting[i] = Rng.forComponent(seed, "final-act-" + i);
            giving[i] = Rng.forComponent(seed, "final-gift-" + i);
        }
        Trajectory tr = algorithm.newTrajectory();
        for (int e = 0; e < FINAL_TEST_EPISODES; e++) {
            algorithm.play(tr, 0, mechanismActive(), acting, giving, null);
            fin.add(tr);
        }
        return fin.summary(episode(), FINAL_TEST_EPISODES);
    }

    @Override
    public LioState state() {
        MarkovGame game = algorithm.game();
        int actions = game.actions();
        List<String> names = new ArrayList<>();
        for (int a = 0; a < actions; a++) {
            names.add(game.actionName(a));
        }
        double[] obs = new double[algorithm.observationSize()];
        double[][] start = new double[n][actions];
        for (int i = 0; i < n; i++) {
            algorithm.policy(i, test.observation(0, i), start[i]); // the start state (the game's RNG is untouched)
        }
        double[][][] stateIncentives = null;
        double[][] stateCooperation = null;
        if (preset.environment().type() == MarkovGameType.IPD) {
            stateIncentives = new double[2][5][2];
            stateCooperation = new double[2][5];
            double[] pi = new double[actions];
            double[] paid = new double[2];
            for (int i = 0; i < 2; i++) {
                for (int s = 0; s < 5; s++) {
                    java.util.Arrays.fill(obs, 0);
                    obs[s] = 1;
                    algorithm.policy(i, obs, pi);
                    stateCooperation[i][s] = pi[0];
                    for (int a = 0; a < 2; a++) {
                        int[] joint = i == 0 ? new int[] {0, a} : new int[] {a, 0};
                        if (mechanismActive()) {
                            algorithm.incentivesFor(i, obs, joint, game, paid);
                        }
                        stateIncentives[i][s][a] = paid[1 - i];
                    }
                }
            }
        }
        return new LioState(preset.environment(), preset.method(), List.copyOf(names), algorithm.maxReward(),
                algorithm.costWeight(), algorithm.frozen(), trace, start, stateIncentives, stateCooperation,
                gridEpisode, evaluatedQFlow, evaluatedMechanism, mixingReading());
    }

    /** @return RL D3C's learned A, attention and last trial outcomes, or null for other methods */
    private MixingReading mixingReading() {
        D3cTrials trials = algorithm.mixing();
        if (trials == null) {
            return null;
        }
        double[] attention = new double[n];
        boolean[] shifting = new boolean[n];
        for (int i = 0; i < n; i++) {
            attention[i] = trials.mixing().relativeAttention(i);
            shifting[i] = trials.lastRho(i) > 0;
        }
        boolean active = mechanismActive();
        return new MixingReading("D3C (RL)", active && preset.d3c().learnMixing(), active, trials.mixing().copy(),
                attention, shifting, trials.recentTrials());
    }

    /** @param value R_max in (0, 100], applied from the next step */
    void setMaxReward(double value) {
        if (!(value > 0 && value <= 100)) {
            throw new IllegalArgumentException("R_max = " + value + " is out of range; allowed: (0, 100]");
        }
        algorithm.setMaxReward(value);
    }

    /** @param value α in [0, 100], applied from the next incentive step */
    void setCostWeight(double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException("cost weight α = " + value + " is out of range; allowed: [0, 100]");
        }
        algorithm.setCostWeight(value);
    }

    /** @param value whether to freeze the incentive functions (they pay but stop learning) from the next step */
    void setFrozen(boolean value) {
        algorithm.setFrozen(value);
    }

    /**
     * @return the run's IQ-Flow regulator as it is now, ready to save (seed 004 §5.3 "pretrained mechanism"), or
     *     null unless the run is IQ-Flow
     */
    public SavedMechanism savedMechanism() {
        IqFlowLearner iq = algorithm.iqFlow();
        if (iq == null) {
            return null;
        }
        IqFlowMechanism m = iq.mechanism();
        return new SavedMechanism(SavedMechanism.FORMAT, preset.environment().label(), episode(), m.inputs(),
                List.copyOf(preset.incentives().hidden()), n, algorithm.game().actions(), m.maxReward(), m.squash(),
                m.parameters());
    }

    /**
     * Loads a saved IQ-Flow regulator into this run and freezes it: it pays as trained (its η, R_max and squash) and
     * no longer learns, while the agents and critics go on from where they are (fresh at episode 0: the
     * pretrained-mechanism experiment).
     *
     * @param saved a regulator of the same shape
     * @throws IllegalArgumentException if the run is not IQ-Flow or the shapes differ (the message says how)
     */
    void loadMechanism(SavedMechanism saved) {
        IqFlowLearner iq = algorithm.iqFlow();
        if (iq == null) {
            throw new IllegalArgumentException("a saved IQ-Flow mechanism loads into IQ-Flow runs only, not "
                    + preset.method().label());
        }
        String why = saved.mismatch(iq.mechanism().inputs(), preset.incentives().hidden(), n,
                algorithm.game().actions());
        if (why != null) {
            throw new IllegalArgumentException("cannot load the mechanism: " + why);
        }
        iq.mechanism().setParameters(saved.eta());
        iq.mechanism().setSquash(saved.squash());
        algorithm.setMaxReward(saved.maxReward());
        algorithm.setFrozen(true);
        evaluatedQFlow = qFlowState();
        evaluatedMechanism = savedMechanism();
    }

    @Override
    public LioPreset preset() {
        return preset;
    }

    @Override
    public String mechanism() {
        return "incentives";
    }

}
