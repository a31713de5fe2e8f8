package ru.mcu.analytics.heatmap;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tile server under the heat map (Leaflet). By default the public OpenStreetMap tiles;
 * the municipality may set its own. When the tiles cannot be loaded (no internet) the page
 * falls back to the offline scheme by itself.
 *
 * @param tileUrl     a Leaflet tile URL template ({@code https://tile.example/{z}/{x}/{y}.png}; {@code {s}} for subdomains)
 * @param attribution the tiles' attribution shown on the map
 * @param timeoutMs   how long the page waits for the first tile before it shows the scheme instead
 */
@ConfigurationProperties("mcu.analytics.map")
public record MapProperties(String tileUrl, String attribution, Integer timeoutMs) {

    public MapProperties {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" : tileUrl.trim();
        attribution = attribution == null ? "© участники OpenStreetMap" : attribution;
        timeoutMs = timeoutMs == null ? 6000 : timeoutMs;
    }

    /**
     * The origin of the tiles for the pages' content security policy ({@code https://*.tile.example}
     * for a template with {@code {s}}), or null when the URL has none (tiles from this application).
     */
    public String tileOrigin() {
        try {
            URI uri = URI.create(tileUrl.replace("{s}", "s-placeholder").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
                    .replace("{r}", ""));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().replace("s-placeholder", "*");
            return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
