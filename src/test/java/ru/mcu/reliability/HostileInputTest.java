package ru.mcu.reliability;

/** The short run of the hostile corpus in the normal suite; the long run is {@code HostileInputBenchmarkTest}. */
class HostileInputTest extends HostileInputScenario {

    @Override
    int requests() {
        return 400;
    }
}
