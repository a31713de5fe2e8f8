package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.mcu.analytics.heatmap.MapProperties;

/** The pages' content security policy lets the heat map's tiles in, and nothing else from outside. */
class PageCspTest {

    @Test
    void shouldAllowImagesFromTheTileServerOnly() {
        assertThat(SecurityConfiguration.pageCsp(new MapProperties(null, null, null)))
                .contains("img-src 'self' data: https://tile.openstreetmap.org;", "script-src 'self';", "connect-src 'self';");
        assertThat(SecurityConfiguration.pageCsp(new MapProperties("/tiles/{z}/{x}/{y}.png", null, null)))
                .isEqualTo(SecurityConfiguration.PAGE_CSP);
    }
}
