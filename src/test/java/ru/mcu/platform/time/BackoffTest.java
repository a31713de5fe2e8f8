package ru.mcu.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(15);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void shouldWaitTheFirstDelayThenDoubleUpToTheCap() {
        assertThat(Backoff.doubling(FIRST, MAX, 0)).isEqualTo(FIRST);
        assertThat(Backoff.doubling(FIRST, MAX, 1)).isEqualTo(FIRST);
        assertThat(Backoff.doubling(FIRST, MAX, 2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.doubling(FIRST, MAX, 5)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.doubling(FIRST, MAX, 9)).isEqualTo(MAX);
        assertThat(Backoff.doubling(FIRST, MAX, 1_000)).as("no overflow after many failures").isEqualTo(MAX);
    }
}
