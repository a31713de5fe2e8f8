package ru.mcu.reliability;

import org.junit.jupiter.api.Tag;

/** The long run of the hostile corpus ({@code mvn -Pbenchmark}): 20 000 requests by default. */
@Tag("benchmark")
class HostileInputBenchmarkTest extends HostileInputScenario {

    @Override
    int requests() {
        return Integer.getInteger("reliability.hostile-requests", 20_000);
    }
}
