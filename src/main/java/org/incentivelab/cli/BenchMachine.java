package org.incentivelab.cli;

import org.incentivelab.nn.Network;

/** The machine line every bench prints: cores, Java version and whether the networks run on SIMD registers. */
final class BenchMachine {
    private BenchMachine() {
    }

    /** @return e.g. "2 cores, Java 17.0.15, networks on SIMD (jdk.incubator.vector)" */
    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + (Network.vectorApi() ? ", networks on SIMD (jdk.incubator.vector)"
                        : ", networks on scalar loops (java --add-modules jdk.incubator.vector … for SIMD)");
    }
}
