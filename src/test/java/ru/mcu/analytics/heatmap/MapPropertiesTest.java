package ru.mcu.analytics.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tile server's origin, which the pages' content security policy lets images come from. */
class MapPropertiesTest {

    @Test
    void shouldDefaultToOpenStreetMapAndNameTheOriginOfAnyTileServer() {
        MapProperties defaults = new MapProperties(null, null, null);
        assertThat(defaults.tileUrl()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(defaults.tileOrigin()).isEqualTo("https://tile.openstreetmap.org");
        assertThat(new MapProperties("https://{s}.tiles.city.example:8443/map/{z}/{x}/{y}.png", "", 1000).tileOrigin())
                .isEqualTo("https://*.tiles.city.example:8443");
        assertThat(new MapProperties("/tiles/{z}/{x}/{y}.png", "", 1000).tileOrigin()).as("tiles served here").isNull();
    }
}
