package org.incentivelab.mech.iqflow;

import java.util.List;
import org.incentivelab.math.Adam;
import org.incentivelab.math.Rng;
import org.incentivelab.math.RmsProp;
import org.incentivelab.nn.FixedInput;
import org.incentivelab.nn.Network;
import org.incentivelab.nn.OrthogonalInit;

/**
 * IQ-Flow's mechanism as a whole (seed 004 Algorithm 1; digest 004 §2.7): the replay buffer, the cooperative,
 * environment and incentivised critic pairs, and the incentive regulator. Per training episode the caller stores
 * the episode's transitions ({@link #add}) and calls {@link #train} once: one IQL update of the three pairs on a
 * batch, then, once {@code startTrain} environment steps have been stored, one meta-step of η on disjoint batches
 * B_T and B_V. Networks as the reference's nets (digest 004 §2.6): Q heads and V on the joint observation (and, for
 * Q, the others' actions), MLPs for vector observations and a convolution first for image views (see the
 * constructor); optimisers Adam (cooperative), RMSProp (environment, incentivised, η). The agents stay black
 * boxes: only their transitions are seen.
 */
public final class IqFlowLearner {
    /**
     * From this many parameters per Q head on, the agents' heads are served on parallel threads: the 64/64 critics
     * of Escape Room and Cleanup (≈ 10 000 parameters a head; ER(5,2) 1.5× faster on 2 cores), not the matrix games'
     * 16/8 heads (≈ 400), where the threads cost more than they save. The results are the same either way.
     */
    static final int PARALLEL_HEAD_PARAMETERS = 2048;

    private final IqFlowConfig config;
    private final int agents;
    private final double gamma;
    private final ReplayBuffer buffer;
    private final IqlCritic cooperative;
    private final IqlCritic environment;
    private final IqlCritic incentivised;
    private final IqFlowMechanism mechanism;
    private final Rng sampling;
    private final int[] batch;
    private final int[] metaSlots;
    private final int[] train;
    private final int[] validation;
    private final double[][] rewards;
    private final double[][] targets;
    private long steps;
    private final long[] activeCount;
    private final long[] dilemmaCount;
    private long maskSamples;
    private double lossSum;
    private int metaSteps;

    /**
     * @param config the critics' and meta-step's settings (validated)
     * @param agents N
     * @param actions |A|
     * @param observationSize one agent's observation length; the joint observation is N times it
     * @param agentImage {@code {H, W, C}} when each agent's observation is an image (Cleanup), else null: the
     *     networks then convolve the agents' views stacked top to bottom as one N·H × W × C image (6 filters 3×3,
     *     shared by all views as the reference's ConvNet; the 3×3 window also reads one row across each seam,
     *     where the reference pads with zeros), and the joint action enters after the first dense layer
     * @param incentiveHidden the incentive network's hidden widths
     * @param maxReward R_max &gt; 0
     * @param incentiveLearningRate α, RMSProp on η
     * @param gamma γ in [0, 1]
     * @param seed the run's master seed (streams "iqflow-…")
     */
    public IqFlowLearner(IqFlowConfig config, int agents, int actions, int observationSize, int[] agentImage,
            List<Integer> incentiveHidden, double maxReward, double incentiveLearningRate, double gamma, long seed) {
        this.config = config;
        this.agents = agents;
        this.gamma = gamma;
        int joint = agents * observationSize;
        int[] image = agentImage == null ? null : new int[] {agents * agentImage[0], agentImage[1], agentImage[2]};
        int[] hidden = config.criticHidden().stream().mapToInt(Integer::intValue).toArray();
        int qInputs = JointInput.length(joint, agents, actions);
        boolean parallel = Network.of(image, qInputs, hidden, actions, true).parameterCount()
                >= PARALLEL_HEAD_PARAMETERS;
        this.buffer = new ReplayBuffer(config.bufferSize(), agents, joint);
        this.cooperative = new IqlCritic(init(Network.of(image, qInputs, hidden, actions, true)),
                init(Network.of(image, joint, hidden, 1, true)), agents,
                size -> new Adam(config.cooperativeLearningRate(), size),
                Rng.forComponent(seed, "iqflow-cooperative-init"), parallel);
        this.environment = new IqlCritic(init(Network.of(image, qInputs, hidden, actions, true)),
                init(agentValues(image, joint, hidden, agents)), agents,
                size -> new RmsProp(config.environmentLearningRate(), size),
                Rng.forComponent(seed, "iqflow-environment-init"), parallel);
        this.incentivised = new IqlCritic(init(Network.of(image, qInputs, hidden, actions, true)),
                init(agentValues(image, joint, hidden, agents)), agents,
                size -> new RmsProp(config.incentivisedLearningRate(), size),
                Rng.forComponent(seed, "iqflow-incentivised-init"), parallel);
        Network net = init(Network.of(image, qInputs, incentiveHidden.stream().mapToInt(Integer::intValue).toArray(),
                agents, true));
        this.mechanism = new IqFlowMechanism(net, actions, maxReward, config.miniInit(),
                new RmsProp(incentiveLearningRate, net.parameterCount()), Rng.forComponent(seed, "iqflow-eta-init"));
        this.sampling = Rng.forComponent(seed, "iqflow-replay");
        this.batch = new int[config.batch()];
        this.metaSlots = new int[2 * config.batch()];
        this.train = new int[config.batch()];
        this.validation = new int[config.batch()];
        this.rewards = new double[config.batch()][agents];
        this.targets = new double[config.batch()][agents];
        this.activeCount = new long[agents];
        this.dilemmaCount = new long[agents];
    }

    /**
     * @return V_env's or V_ind's network: joint observation → N values, or, with {@code iqflow.constantValues}, the
     *     reference's learned constants (its MLP applied to the vector of its own layer sizes, {@link FixedInput})
     */
    private Network agentValues(int[] image, int joint, int[] hidden, int agents) {
        if (!config.constantValues()) {
            return Network.of(image, joint, hidden, agents, true);
        }
        double[] sizes = new double[hidden.length + 1];
        for (int l = 0; l < hidden.length; l++) {
            sizes[l] = hidden[l];
        }
        sizes[hidden.length] = agents;
        return new FixedInput(Network.of(null, sizes.length, hidden, agents, true), joint, sizes);
    }

    /** @return the network, initialised orthogonally (gain √2) when the config asks for the reference's init */
    private Network init(Network net) {
        return config.orthogonalInit() ? new OrthogonalInit(net, OrthogonalInit.RELU_GAIN) : net;
    }

    /** @return the incentive regulator (R_max, η) */
    public IqFlowMechanism mechanism() {
        return mechanism;
    }

    /**
     * Stores one environment step (copied).
     *
     * @param jointObs every agent's observation before the step, agent 0 first
     * @param joint the joint action
     * @param extrinsic each agent's environment reward
     * @param nextJointObs the observations after the step
     * @param last whether the episode ended with it
     */
    public void add(double[] jointObs, int[] joint, double[] extrinsic, double[] nextJointObs, boolean last) {
        buffer.add(jointObs, joint, extrinsic, nextJointObs, last);
        steps++;
    }

    /**
     * One IQL update of the three pairs, then a meta-step when due.
     *
     * @param learnIncentives whether η may take its meta-step (false while the mechanism is off or frozen)
     * @return the meta-step's figures, or null when no meta-step was taken
     */
    public MetaStep train(boolean learnIncentives) {
        if (buffer.size() < batch.length) {
            return null;
        }
        buffer.sample(sampling, batch);
        for (int k = 0; k < batch.length; k++) {
            double sum = 0;
            for (int i = 0; i < agents; i++) {
                sum += buffer.reward(batch[k], i);
            }
            java.util.Arrays.fill(rewards[k], sum);
        }
        fit(cooperative);
        for (int k = 0; k < batch.length; k++) {
            for (int i = 0; i < agents; i++) {
                rewards[k][i] = buffer.reward(batch[k], i);
            }
        }
        fit(environment);
        mechanism.incentivisedRewards(mechanism.eta, buffer, batch, rewards);
        fit(incentivised);
        if (!learnIncentives || steps < config.startTrain() || buffer.size() < metaSlots.length) {
            return null;
        }
        buffer.sample(sampling, metaSlots);
        System.arraycopy(metaSlots, 0, train, 0, train.length);
        System.arraycopy(metaSlots, train.length, validation, 0, validation.length);
        MetaStep step = mechanism.step(new MetaProblem(buffer, train, validation, cooperative, environment,
                incentivised, gamma, config.incentivisedLearningRate(), config.c1(), config.c2(),
                config.objectiveMask(), config.innerSteps(), config.innerOptimizer()));
        count(step);
        return step;
    }

    private void count(MetaStep step) {
        for (int k = 0; k < step.active().length; k++) {
            for (int i = 0; i < agents; i++) {
                activeCount[i] += step.active()[k][i] ? 1 : 0;
                dilemmaCount[i] += step.noDilemma()[k][i] ? 0 : 1;
            }
        }
        maskSamples += step.active().length;
        lossSum += step.loss();
        metaSteps++;
    }

    /**
     * The masks' activity since the previous call (or the start), then starts a new stretch.
     *
     * @return the shares per agent and the mean meta-loss; all 0 when no meta-step was taken in the stretch
     */
    public MaskActivity drainMaskActivity() {
        double[] active = new double[agents];
        double[] dilemma = new double[agents];
        for (int i = 0; i < agents; i++) {
            active[i] = maskSamples == 0 ? 0 : (double) activeCount[i] / maskSamples;
            dilemma[i] = maskSamples == 0 ? 0 : (double) dilemmaCount[i] / maskSamples;
        }
        MaskActivity out = new MaskActivity(active, dilemma, metaSteps == 0 ? 0 : lossSum / metaSteps, metaSteps);
        java.util.Arrays.fill(activeCount, 0);
        java.util.Arrays.fill(dilemmaCount, 0);
        maskSamples = 0;
        lossSum = 0;
        metaSteps = 0;
        return out;
    }

    private void fit(IqlCritic critic) {
        critic.targets(buffer, batch, rewards, gamma, targets);
        critic.update(buffer, batch, targets, config.expectile(), config.polyak());
    }

    /** @return the critic pair of that kind (for the Q-flow views and dilemma read-outs) */
    public IqlCritic critic(CriticPair pair) {
        return switch (pair) {
            case COOPERATIVE -> cooperative;
            case ENVIRONMENT -> environment;
            case INCENTIVISED -> incentivised;
        };
    }

    /** @return the name of the first component holding a NaN or infinity, or null */
    public String nonFinite() {
        if (!cooperative.finite()) {
            return "IQ-Flow cooperative critic";
        }
        if (!environment.finite()) {
            return "IQ-Flow environment critic";
        }
        if (!incentivised.finite()) {
            return "IQ-Flow incentivised critic";
        }
        return mechanism.finite() ? null : "IQ-Flow incentive network";
    }
}
