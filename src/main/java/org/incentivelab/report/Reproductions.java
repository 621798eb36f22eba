package org.incentivelab.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registry of paper reproductions the lab knows, by name. */
public final class Reproductions {
    private static final List<Reproduction> ALL = List.of(new AmdTable42(), new AmdTable43(), new LioEscapeRoom(),
            new LioIpd(), new MetaGradEscapeRoom(), CleanupReproduction.lio(), CleanupReproduction.metaGrad(),
            new IqFlowMatrixGames(), new IqFlowEscapeRoom(), new IqFlowCleanup(), new D3cBraess(),
            new D3cPrisonersDilemma(), new D3cTrustYourBrother(), new D3cCoins());

    private Reproductions() {
    }

    /** @return every reproduction at the paper's protocol, in listing order */
    public static List<Reproduction> all() {
        return ALL;
    }

    /** @param name a reproduction's name @return it, or empty if unknown */
    public static Optional<Reproduction> find(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** @return the known names, comma-separated, for error messages */
    public static String names() {
        return ALL.stream().map(Reproduction::name).collect(Collectors.joining(", "));
    }
}
