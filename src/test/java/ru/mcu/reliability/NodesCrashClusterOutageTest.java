package ru.mcu.reliability;

/**
 * The short run of {@link NodesScenario} in the normal suite: a few dozen appeals from 4
 * clients, node A killed after 15 of them, the database down for 4 seconds. The long run is
 * {@code NodesReliabilityBenchmarkTest} (docs/reliability.md).
 */
class NodesCrashClusterOutageTest extends NodesScenario {

    @Override
    Sizes sizes() {
        return new Sizes(4, 40, 15, 4);
    }
}
