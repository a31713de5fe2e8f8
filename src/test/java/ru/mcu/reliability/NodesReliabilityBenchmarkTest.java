package ru.mcu.reliability;

import org.junit.jupiter.api.Tag;

/**
 * The long run of {@link NodesScenario} ({@code mvn -Pbenchmark}): 2 000 appeals from 8
 * clients, node A killed after 800, every filed appeal's timer due at once, the
 * database down for 15 seconds. Figures are printed as {@code [reliability]} lines.
 */
@Tag("benchmark")
class NodesReliabilityBenchmarkTest extends NodesScenario {

    @Override
    Sizes sizes() {
        return new Sizes(8, Integer.getInteger("reliability.requests", 2000), Integer.getInteger("reliability.kill-after", 800),
                Integer.getInteger("reliability.outage-seconds", 15));
    }
}
