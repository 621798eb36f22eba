package org.incentivelab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared assertions of the network tests on a fresh initialisation (Glorot-uniform weights and conv biases, zero dense biases). */
final class InitChecks {
    private InitChecks() {
    }

    /** Asserts |w| ≤ limit over a slice, spread over the range. @return the index after the slice */
    static int checkWeights(double[] params, int from, int count, double limit) {
        double maxAbs = 0.0;
        for (int k = from; k < from + count; k++) {
            assertTrue(Math.abs(params[k]) <= limit, "weight " + k + " = " + params[k] + " beyond " + limit);
            maxAbs = Math.max(maxAbs, Math.abs(params[k]));
        }
        assertTrue(maxAbs > limit / 4, "weights should spread over the range");
        return from + count;
    }

    /** Asserts a slice is all zero. @return the index after the slice */
    static int checkZeros(double[] params, int from, int count) {
        for (int k = from; k < from + count; k++) {
            assertEquals(0.0, params[k], 0.0, "bias " + k);
        }
        return from + count;
    }
}
