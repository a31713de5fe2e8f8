package ru.mcu.reliability;

import org.junit.jupiter.api.Tag;

/**
 * The short run of {@link NodesScenario}, run before a release ({@code mvn -Prelease}): a few
 * dozen appeals from 4 clients, node A killed after 15 of them, the database down for 4
 * seconds. The normal suite keeps {@link CrashBeforeCommitTest}; the long run is
 * {@code NodesReliabilityBenchmarkTest} (docs/reliability.md).
 */
@Tag("release")
class NodesCrashClusterOutageTest extends NodesScenario {

    @Override
    Sizes sizes() {
        return new Sizes(4, 40, 15, 4);
    }
}
