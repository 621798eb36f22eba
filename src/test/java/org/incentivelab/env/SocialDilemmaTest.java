package org.incentivelab.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SocialDilemmaTest {
    private static final int C = DilemmaGame.COOPERATE;
    private static final int D = DilemmaGame.DEFECT;

    @Test
    void shouldHoldTheTable41Payoffs() {
        assertPayoffs(SocialDilemma.PD, 3, 0, 4, 1);
        assertPayoffs(SocialDilemma.CHICKEN, 3, 2, 3.5, 1);
        assertPayoffs(SocialDilemma.STAG_HUNT, 3, 0, 2, 1);
    }

    @Test
    void shouldHoldTheTable32CanonicalPayoffs() {
        assertPayoffs(SocialDilemma.CANONICAL_PD, 3, 0, 4, 1);
        assertPayoffs(SocialDilemma.CANONICAL_CHICKEN, 3, 1, 4, 0);
        assertPayoffs(SocialDilemma.CANONICAL_STAG_HUNT, 4, 0, 3, 1);
    }

    @Test
    void shouldComputeGreedAsTMinusRAndFearAsPMinusS() {
        SocialDilemma g = new SocialDilemma(5, -1, 7.5, 2);
        assertEquals(2.5, g.greed(), 1e-15);
        assertEquals(3.0, g.fear(), 1e-15);
        assertEquals(1.0, SocialDilemma.PD.greed(), 0.0);
        assertEquals(1.0, SocialDilemma.PD.fear(), 0.0);
        assertEquals(0.5, SocialDilemma.CHICKEN.greed(), 0.0);
        assertEquals(-1.0, SocialDilemma.CHICKEN.fear(), 0.0);
        assertEquals(-1.0, SocialDilemma.STAG_HUNT.greed(), 0.0);
        assertEquals(1.0, SocialDilemma.STAG_HUNT.fear(), 0.0);
    }

    @Test
    void shouldRoundTripGreedAndFearThroughFromGreedFear() {
        for (double greed = -1.5; greed <= 1.5; greed += 0.25) {
            for (double fear = -1.5; fear <= 1.5; fear += 0.25) {
                SocialDilemma g = SocialDilemma.fromGreedFear(greed, fear);
                assertEquals(greed, g.greed(), 1e-12);
                assertEquals(fear, g.fear(), 1e-12);
                assertEquals(SocialDilemma.EXPERIMENT_R, g.reward(), 0.0);
                assertEquals(SocialDilemma.EXPERIMENT_P, g.punishment(), 0.0);
            }
        }
    }

    static Stream<Arguments> games() {
        return Stream.of(
                // name, game, conditions 1–4, class
                Arguments.of("Table 4.1 PD", SocialDilemma.PD, new boolean[] {true, true, true, true},
                        GameClass.PRISONERS_DILEMMA),
                Arguments.of("Table 4.1 Chicken", SocialDilemma.CHICKEN, new boolean[] {true, true, true, true},
                        GameClass.CHICKEN),
                Arguments.of("Table 4.1 Stag Hunt", SocialDilemma.STAG_HUNT, new boolean[] {true, true, true, true},
                        GameClass.STAG_HUNT),
                Arguments.of("Table 3.2 PD", SocialDilemma.CANONICAL_PD, new boolean[] {true, true, true, true},
                        GameClass.PRISONERS_DILEMMA),
                Arguments.of("Table 3.2 Chicken", SocialDilemma.CANONICAL_CHICKEN,
                        new boolean[] {true, true, true, true}, GameClass.CHICKEN),
                Arguments.of("Table 3.2 Stag Hunt", SocialDilemma.CANONICAL_STAG_HUNT,
                        new boolean[] {true, true, true, true}, GameClass.STAG_HUNT),
                Arguments.of("greed −1, fear −1", SocialDilemma.fromGreedFear(-1, -1),
                        new boolean[] {true, true, true, false}, GameClass.NO_DILEMMA),
                Arguments.of("greed 0, fear 0", SocialDilemma.fromGreedFear(0, 0),
                        new boolean[] {true, true, true, false}, GameClass.NO_DILEMMA),
                Arguments.of("greed 1, fear 0 (Chicken boundary)", SocialDilemma.fromGreedFear(1, 0),
                        new boolean[] {true, true, true, true}, GameClass.CHICKEN),
                Arguments.of("greed 0, fear 1 (Stag Hunt boundary)", SocialDilemma.fromGreedFear(0, 1),
                        new boolean[] {true, true, true, true}, GameClass.STAG_HUNT),
                Arguments.of("greed 3, fear 0: 2R ≤ T + S", SocialDilemma.fromGreedFear(3, 0),
                        new boolean[] {true, true, false, true}, GameClass.INVALID),
                Arguments.of("greed 2, fear 0: 2R = T + S", SocialDilemma.fromGreedFear(2, 0),
                        new boolean[] {true, true, false, true}, GameClass.INVALID),
                Arguments.of("greed 0.2, fear −2.5: S > R and 2R < T + S", SocialDilemma.fromGreedFear(0.2, -2.5),
                        new boolean[] {true, false, false, true}, GameClass.INVALID),
                Arguments.of("only S > R fails, no greed or fear", new SocialDilemma(3, 3.5, 2, 1),
                        new boolean[] {true, false, true, false}, GameClass.INVALID),
                Arguments.of("R < P", new SocialDilemma(1, 0, 1.5, 1.2),
                        new boolean[] {false, true, true, true}, GameClass.INVALID),
                Arguments.of("R = P", new SocialDilemma(1, 0, 1.5, 1),
                        new boolean[] {false, true, true, true}, GameClass.INVALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void shouldClassifyGamesByTheDilemmaConditions(String name, SocialDilemma game, boolean[] conditions,
            GameClass expected) {
        assertArrayEquals(conditions, game.conditions(), name);
        assertEquals(expected, game.gameClass(), name);
    }

    @Test
    void shouldReadPayoffsAsRowPlayerOwnActionThenOtherAction() {
        SocialDilemma g = new SocialDilemma(10, 20, 30, 40);
        assertEquals(10, g.payoff(C, C), 0.0);
        assertEquals(20, g.payoff(C, D), 0.0);
        assertEquals(30, g.payoff(D, C), 0.0);
        assertEquals(40, g.payoff(D, D), 0.0);
    }

    @Test
    void shouldShiftEachCellByTheExtraTableIndexedOwnThenOther() {
        SocialDilemma g = SocialDilemma.PD;
        double[][] extra = {{-0.7, 0.3}, {1.1, -2.0}}; // [own][other], 0 = D, 1 = C
        SocialDilemma shifted = g.plus(extra);
        for (int own = 0; own < 2; own++) {
            for (int other = 0; other < 2; other++) {
                assertEquals(g.payoff(own, other) + extra[own][other], shifted.payoff(own, other), 1e-15,
                        "cell own " + own + ", other " + other);
            }
        }
        // digest 003 §4.9: greed′ = greed + r(D,C) − r(C,C), fear′ = fear + r(D,D) − r(C,D)
        assertEquals(g.greed() + extra[D][C] - extra[C][C], shifted.greed(), 1e-15);
        assertEquals(g.fear() + extra[D][D] - extra[C][D], shifted.fear(), 1e-15);
    }

    @Test
    void shouldTurnThePrisonersDilemmaIntoNoDilemmaWithEnoughIncentive() {
        // reward cooperation by 2 in every cell: greed′ = 1 − 2 < 0, fear′ = 1 − 2 < 0
        SocialDilemma shifted = SocialDilemma.PD.plus(new double[][] {{0, 0}, {2, 2}});
        assertEquals(GameClass.NO_DILEMMA, shifted.gameClass());
    }

    @Test
    void shouldRejectNonFinitePayoffs() {
        assertThrows(IllegalArgumentException.class, () -> new SocialDilemma(Double.NaN, 0, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new SocialDilemma(3, Double.NEGATIVE_INFINITY, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new SocialDilemma(3, 0, Double.POSITIVE_INFINITY, 1));
        assertThrows(IllegalArgumentException.class, () -> new SocialDilemma(3, 0, 4, Double.NaN));
    }

    private static void assertPayoffs(SocialDilemma g, double r, double s, double t, double p) {
        assertEquals(r, g.reward(), 1e-15, "R");
        assertEquals(s, g.sucker(), 1e-15, "S");
        assertEquals(t, g.temptation(), 1e-15, "T");
        assertEquals(p, g.punishment(), 1e-15, "P");
    }
}
