package org.incentivelab.env;

/** The stochastic games of thesis 001 ch. 5–6 that LIO, the incentive designers and their baselines play (JSON: lower case). */
public enum MarkovGameType {
    /** Escape Room ER(N, M), thesis 001 Fig. 5.1, §5.1, App. B.4.1 (digest 001 §5.2). */
    ESCAPE_ROOM,
    /** Iterated Prisoner's Dilemma with memory-1 observations, thesis 001 Table 5.1 (digest 001 §5.1). */
    IPD,
    /** Two-player Cleanup on the 7×7 or 10×10 map, thesis 001 §5.3.1, Fig. 5.3, Table B.2 (digest 001 §5.3). */
    CLEANUP
}
