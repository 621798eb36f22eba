package org.incentivelab.mech.iqflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incentivelab.math.Adam;
import org.incentivelab.math.Rng;
import org.incentivelab.nn.Mlp;
import org.junit.jupiter.api.Test;

/** The (R − T, S − P) read-out on a critic that has learned the one-round Prisoner's Dilemma (γ = 0). */
class DilemmaGapsTest {
    @Test
    void shouldReadTheTableTwoGapsOffACriticFittedToThePrisonersDilemmaPayoffs() {
        ReplayBuffer buffer = IqFlowFixtures.buffer(400, 8); // PD payoffs of seed 004 Table 2 per joint action
        Mlp q = new Mlp(JointInput.length(10, 2, 2), new int[] {16, 8}, 2, true);
        Mlp v = new Mlp(10, new int[] {8}, 2, true);
        IqlCritic env = new IqlCritic(q, v, 2, size -> new Adam(0.01, size), Rng.forComponent(2, "gaps"));
        int[] batch = new int[64];
        double[][] r = new double[64][2];
        double[][] y = new double[64][2];
        Rng rng = Rng.forComponent(3, "batches");
        for (int it = 0; it < 1500; it++) {
            buffer.sample(rng, batch);
            for (int k = 0; k < 64; k++) {
                r[k][0] = buffer.reward(batch[k], 0);
                r[k][1] = buffer.reward(batch[k], 1);
            }
            env.targets(buffer, batch, r, 0.0, y); // γ = 0: Q learns the one-round payoff
            env.update(buffer, batch, y, 0.85, 1.0);
        }
        for (int agent = 0; agent < 2; agent++) {
            DilemmaGaps g = DilemmaGaps.of(env, agent, IqFlowFixtures.joint(4));
            assertEquals(3 - 4, g.rewardMinusTemptation(), 0.1, "R − T = 3 − 4, agent " + agent);
            assertEquals(0 - 1, g.suckerMinusPunishment(), 0.1, "S − P = 0 − 1, agent " + agent);
            assertFalse(g.cooperationDominant(), "the PD is a dilemma");
        }
        assertTrue(new DilemmaGaps(0.5, 0.1).cooperationDominant());
        assertThrows(IllegalArgumentException.class, () -> DilemmaGaps.of(env, 2, IqFlowFixtures.joint(4)));
    }
}
