package org.incentivelab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Logistic;
import org.incentivelab.math.Optimizer;
import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SigmoidLearnerTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.25, 0.5, 0.9})
    void shouldStartAtTheConfiguredProbability(double initial) {
        SigmoidLearner learner = new SigmoidLearner(initial, Optimizer.Kind.ADAM, 0.01, null);
        assertEquals(initial, learner.probability(), 1e-12);
        assertEquals(Logistic.logit(initial), learner.theta(), 1e-12);
        assertEquals(0.01, learner.learningRate(), 0.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0})
    void shouldRejectADegenerateInitialProbability(double initial) {
        assertThrows(IllegalArgumentException.class, () -> new SigmoidLearner(initial, Optimizer.Kind.SGD, 0.01, null));
    }

    @ParameterizedTest
    @EnumSource(Optimizer.Kind.class)
    void shouldRaiseCooperationOnAPositiveExactGradientAndLowerItOnANegativeOne(Optimizer.Kind kind) {
        SigmoidLearner up = new SigmoidLearner(0.25, kind, 0.1, null);
        SigmoidLearner down = new SigmoidLearner(0.25, kind, 0.1, null);
        double previousUp = up.probability();
        double previousDown = down.probability();
        for (int step = 0; step < 20; step++) {
            up.learnExact(1.5);
            down.learnExact(-1.5);
            assertTrue(up.probability() > previousUp, "step " + step);
            assertTrue(down.probability() < previousDown, "step " + step);
            previousUp = up.probability();
            previousDown = down.probability();
        }
    }

    @Test
    void shouldTakeTheEquation41StepInLogitSpaceWithSgd() {
        // Δθ = η·∂V^tot/∂θ = η·p(1 − p)·∂V^tot/∂p
        double lr = 0.2;
        SigmoidLearner learner = new SigmoidLearner(0.3, Optimizer.Kind.SGD, lr, null);
        double theta = learner.theta();
        learner.learnExact(2.5);
        assertEquals(theta + lr * 0.3 * 0.7 * 2.5, learner.theta(), 1e-12);
    }

    @Test
    void shouldStayPutOnAZeroExactGradient() {
        SigmoidLearner learner = new SigmoidLearner(0.4, Optimizer.Kind.ADAM, 0.01, null);
        learner.learnExact(0.0);
        assertEquals(0.4, learner.probability(), 1e-12);
    }

    @Test
    void shouldActWithFrequencyCloseToItsProbability() {
        SigmoidLearner learner = new SigmoidLearner(0.3, Optimizer.Kind.ADAM, 0.01, null);
        Rng rng = Rng.forComponent(1, "learner-0");
        int cooperations = 0;
        int draws = 50_000;
        for (int i = 0; i < draws; i++) {
            int a = learner.act(rng);
            assertTrue(a == 0 || a == 1);
            cooperations += a;
        }
        assertEquals(0.3, (double) cooperations / draws, 5 * Math.sqrt(0.3 * 0.7 / draws));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldLearnToCooperateWhenOnlyCooperationIsRewardedWithTheSampledActorCritic(long seed) {
        CentralizedCritic critic = new CentralizedCritic(1, 0.9, 0.01,
                Rng.forComponent(seed, "critic-0"));
        SigmoidLearner learner = new SigmoidLearner(0.25, Optimizer.Kind.ADAM, 0.01, critic);
        Rng rng = Rng.forComponent(seed, "learner-0");
        double[] probabilities = new double[1];
        for (int step = 0; step < 3000; step++) {
            probabilities[0] = learner.probability();
            int action = learner.act(rng);
            learner.learnSampled(action, action == 1 ? 1.0 : 0.0, probabilities);
        }
        assertTrue(learner.probability() > 0.9, "P(C) = " + learner.probability());
    }

    @Test
    void shouldLearnToDefectWhenOnlyDefectionIsRewardedWithTheSampledActorCritic() {
        CentralizedCritic critic = new CentralizedCritic(2, 0.9, 0.01,
                Rng.forComponent(9, "critic-1"));
        SigmoidLearner learner = new SigmoidLearner(0.75, Optimizer.Kind.ADAM, 0.01, critic);
        Rng rng = Rng.forComponent(9, "learner-1");
        double[] probabilities = {0.5, 0};
        for (int step = 0; step < 3000; step++) {
            probabilities[1] = learner.probability();
            int action = learner.act(rng);
            learner.learnSampled(action, action == 1 ? 0.0 : 2.0, probabilities);
        }
        assertTrue(learner.probability() < 0.1, "P(C) = " + learner.probability());
    }

    @Test
    void shouldRefuseSampledLearningWithoutACritic() {
        SigmoidLearner learner = new SigmoidLearner(0.25, Optimizer.Kind.ADAM, 0.01, null);
        assertThrows(IllegalStateException.class, () -> learner.learnSampled(1, 1.0, new double[] {0.25, 0.25}));
        assertEquals(0.25, learner.probability(), 1e-12);
    }
}
