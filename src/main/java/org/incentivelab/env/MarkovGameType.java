package org.incentivelab.env;

/** The stochastic games of thesis 001 ch. 5 that LIO and its baselines play (JSON: lower case). */
public enum MarkovGameType {
    /** Escape Room ER(N, M), thesis 001 Fig. 5.1, §5.1, App. B.4.1 (digest 001 §5.2). */
    ESCAPE_ROOM,
    /** Iterated Prisoner's Dilemma with memory-1 observations, thesis 001 Table 5.1 (digest 001 §5.1). */
    IPD
}
