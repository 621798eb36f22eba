package org.incentivelab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RngTest {
    private static final int DRAWS = 100_000;

    @Test
    void shouldReplayTheSameSequenceForTheSameSeedAndComponent() {
        Rng a = Rng.forComponent(42, "learner-0");
        Rng b = Rng.forComponent(42, "learner-0");
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextDouble(), b.nextDouble(), 0.0);
            assertEquals(a.nextGaussian(), b.nextGaussian(), 0.0);
            assertEquals(a.bernoulli(0.3), b.bernoulli(0.3));
        }
    }

    @Test
    void shouldGiveDifferentSequencesToDifferentComponents() {
        assertSequencesDiffer(Rng.forComponent(42, "learner-0"), Rng.forComponent(42, "learner-1"));
        assertSequencesDiffer(Rng.forComponent(42, "learner-0"), Rng.forComponent(42, "planner"));
    }

    @Test
    void shouldGiveDifferentSequencesToDifferentSeeds() {
        assertSequencesDiffer(Rng.forComponent(0, "planner"), Rng.forComponent(1, "planner"));
    }

    @Test
    void shouldNotShiftOneComponentsStreamWhenAnotherDraws() {
        Rng untouched = Rng.forComponent(7, "learner-1");
        double first = untouched.nextDouble();
        Rng other = Rng.forComponent(7, "learner-0");
        for (int i = 0; i < 100; i++) {
            other.nextDouble();
        }
        Rng replay = Rng.forComponent(7, "learner-1");
        assertEquals(first, replay.nextDouble(), 0.0);
    }

    @Test
    void shouldDrawUniformDoublesInTheHalfOpenUnitIntervalWithMeanOneHalf() {
        Rng rng = Rng.forComponent(3, "uniform");
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            double u = rng.nextDouble();
            assertTrue(u >= 0 && u < 1, "u = " + u);
            sum += u;
        }
        // standard error sqrt(1/12/n) ≈ 0.0009
        assertEquals(0.5, sum / DRAWS, 0.005);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.25, 0.5, 0.9})
    void shouldDrawBernoulliWithFrequencyCloseToP(double p) {
        Rng rng = Rng.forComponent(11, "bernoulli-" + p);
        int hits = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (rng.bernoulli(p)) {
                hits++;
            }
        }
        double standardError = Math.sqrt(p * (1 - p) / DRAWS);
        assertEquals(p, (double) hits / DRAWS, 5 * standardError);
    }

    @Test
    void shouldNeverDrawProbabilityZeroAndAlwaysDrawProbabilityOne() {
        Rng rng = Rng.forComponent(5, "edges");
        for (int i = 0; i < 10_000; i++) {
            assertFalse(rng.bernoulli(0));
            assertTrue(rng.bernoulli(1));
        }
    }

    @Test
    void shouldDrawStandardNormalsWithMeanZeroAndVarianceOne() {
        Rng rng = Rng.forComponent(13, "gaussian");
        double sum = 0;
        double sumSquares = 0;
        int withinOneSigma = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = rng.nextGaussian();
            assertTrue(Double.isFinite(x));
            sum += x;
            sumSquares += x * x;
            if (Math.abs(x) < 1) {
                withinOneSigma++;
            }
        }
        double mean = sum / DRAWS;
        double variance = sumSquares / DRAWS - mean * mean;
        assertEquals(0.0, mean, 0.02); // standard error 0.0032
        assertEquals(1.0, variance, 0.03); // standard error sqrt(2/n) ≈ 0.0045
        assertEquals(0.6827, (double) withinOneSigma / DRAWS, 0.01); // a normal, not just any unit-variance law
    }

    private static void assertSequencesDiffer(Rng a, Rng b) {
        int equal = 0;
        for (int i = 0; i < 100; i++) {
            if (a.nextDouble() == b.nextDouble()) {
                equal++;
            }
        }
        assertNotEquals(100, equal);
        assertTrue(equal < 5, equal + " of 100 draws coincide");
    }
}
