package org.incentivelab.mech.d3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Rng;
import org.junit.jupiter.api.Test;

/** The mixing matrix: the paper's start, entropic mirror descent on the simplex, the logit clip, attention. */
class MixingMatrixTest {
    @Test
    void shouldStartAtThePapersInteriorPoint() {
        MixingMatrix a = MixingMatrix.initial(5, 0.99);
        assertEquals(0.99, a.get(2, 2), 1e-15);
        assertEquals(0.0025, a.get(2, 4), 1e-15);
        assertTrue(a.onSimplex());
        assertEquals(Math.log(396), a.relativeAttention(0), 1e-12, "digest 000 §2.8: ln 396 for n = 5");
        assertEquals(Math.log(99), MixingMatrix.initial(2, 0.99).relativeAttention(1), 1e-12);
    }

    @Test
    void shouldStayOnTheSimplexUnderAnyGradient() {
        MixingMatrix a = MixingMatrix.initial(4, 0.99);
        Rng rng = Rng.forComponent(1, "g");
        double[] g = new double[4];
        for (int step = 0; step < 2000; step++) {
            for (int j = 0; j < 4; j++) {
                g[j] = rng.nextGaussian() * (step % 100 == 0 ? 1e4 : 1);
            }
            a.mirrorStep(step % 4, g, 0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            assertTrue(a.onSimplex(), "step " + step);
            assertTrue(Double.isFinite(a.relativeAttention(step % 4)), "logits stay finite where A_ij underflows");
        }
    }

    @Test
    void shouldTakeTheEntropicMirrorStep() {
        MixingMatrix a = MixingMatrix.initial(3, 0.5);
        a.mirrorStep(0, new double[] {1, 0, -1}, 0.2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        double[] w = {0.5 * Math.exp(-0.2), 0.25, 0.25 * Math.exp(0.2)};
        double sum = w[0] + w[1] + w[2];
        for (int j = 0; j < 3; j++) {
            assertEquals(w[j] / sum, a.get(0, j), 1e-15, "A_0j ∝ A_0j·exp(−η g_j)");
        }
        assertEquals(0.5, a.get(1, 1), 0, "other rows untouched");
    }

    @Test
    void shouldClipTheLogitsLikeAlgorithmOne() {
        MixingMatrix a = MixingMatrix.initial(2, 0.99);
        a.mirrorStep(0, new double[] {-1e6, 1e6}, 1, -5, 5);
        assertEquals(1 / (1 + Math.exp(-10)), a.get(0, 0), 1e-12, "logits held in [l, h] = [−5, 5]");
    }

    @Test
    void shouldGiveZeroAttentionForTheUniformMatrix() {
        MixingMatrix a = MixingMatrix.initial(4, 0.5);
        a.setSelfWeight(0.25);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, a.relativeAttention(i), 1e-12);
        }
    }

    @Test
    void shouldRefuseStartsOffTheInterior() {
        assertThrows(IllegalArgumentException.class, () -> MixingMatrix.initial(3, 1));
        assertThrows(IllegalArgumentException.class, () -> MixingMatrix.initial(1, 0.5));
    }
}
