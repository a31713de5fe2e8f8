package ru.mcu.analytics.heatmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import ru.mcu.directory.Directory;
import ru.mcu.directory.District;

/**
 * Draws the map of the urban district as inline SVG, entirely from data the application holds,
 * so the page works without a tile server or the Internet: an approximate outline around the
 * centre of every district and village of the {@code district} table, the main streets of
 * {@code analytics/city-streets.json} as schematic lines, and the cells of a heat map as
 * circles that link to their cases.
 */
@Component
public class CityScheme {

    static final double CENTRE_LAT = 46.96;
    static final double CENTRE_LON = 142.73;
    static final double WIDTH = 900;
    private static final double NORTH = 47.20;
    private static final double SOUTH = 46.80;
    private static final double WEST = 142.48;
    private static final double EAST = 142.86;
    private static final double COS = Math.cos(Math.toRadians(CENTRE_LAT));
    private static final double SCALE = WIDTH / ((EAST - WEST) * COS);

    /** A street: its name and its line. */
    record Street(String name, List<double[]> points) {
    }

    private final Directory directory;
    private final List<Street> streets;

    CityScheme(Directory directory, ObjectMapper json) {
        this.directory = directory;
        this.streets = readStreets(json);
    }

    static double height() {
        return (NORTH - SOUTH) * SCALE;
    }

    static double x(double longitude) {
        return (longitude - WEST) * COS * SCALE;
    }

    static double y(double latitude) {
        return (NORTH - latitude) * SCALE;
    }

    /** The SVG of the map with the cells; {@code linkBase} plus a cell's bbox is the list of its cases. */
    public String svg(List<HeatMap.Cell> cells, String linkBase) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" role=\"img\" aria-label=\"Схема городского округа\">",
                WIDTH, height(), WIDTH));
        svg.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#f4f1ea\"/>");
        for (District d : directory.districts()) {
            svg.append(outline(d));
        }
        for (Street s : streets) {
            svg.append("<polyline fill=\"none\" stroke=\"#b9a98c\" stroke-width=\"3\" points=\"");
            for (double[] p : s.points()) {
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p[1]), y(p[0])));
            }
            svg.append("\"><title>").append(HtmlUtils.htmlEscape(s.name())).append("</title></polyline>");
        }
        long max = cells.stream().mapToLong(HeatMap.Cell::count).max().orElse(1);
        for (HeatMap.Cell c : cells) {
            double r = 4 + 14 * Math.sqrt((double) c.count() / max);
            svg.append("<a href=\"").append(HtmlUtils.htmlEscape(linkBase + "&bbox=" + c.bbox().param())).append("\">");
            svg.append(String.format(Locale.ROOT,
                    "<circle class=\"cell\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#c0392b\" fill-opacity=\"%.2f\" stroke=\"#7b241c\">",
                    x(c.longitude()), y(c.latitude()), r, 0.35 + 0.5 * c.count() / max));
            svg.append("<title>").append(c.count()).append(" обращ.</title></circle></a>");
        }
        for (District d : directory.districts()) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"middle\" fill=\"#4a5a6a\">%s</text>",
                    x(d.getLongitude()), y(d.getLatitude()) - radius(d) * SCALE - 4,
                    d.getKind() == District.Kind.CITY_AREA ? 14 : 12, HtmlUtils.htmlEscape(d.getName())));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** An irregular polygon around the centre, the same every time for the same district. */
    private static String outline(District d) {
        int vertices = 11;
        double r = radius(d);
        long seed = d.getCode().hashCode();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double jitter = 0.8 + 0.35 * ((seed >>> 33) % 1000) / 1000.0;
            double lat = d.getLatitude() + r * jitter * Math.sin(angle);
            double lon = d.getLongitude() + r * jitter * Math.cos(angle) / COS;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(lon), y(lat)));
        }
        String fill = d.getKind() == District.Kind.CITY_AREA ? "#e3e8ef" : "#e8efe3";
        return "<polygon points=\"" + points.toString().trim() + "\" fill=\"" + fill + "\" stroke=\"#9aa8b8\" stroke-width=\"1\">"
                + "<title>" + HtmlUtils.htmlEscape(d.getName()) + "</title></polygon>";
    }

    /** Half-width of the outline in degrees of latitude: about 2.5 km for a city area, 1 km for a village. */
    private static double radius(District d) {
        return d.getKind() == District.Kind.CITY_AREA ? 0.022 : 0.009;
    }

    private static List<Street> readStreets(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("analytics/city-streets.json").getInputStream()) {
            List<Street> result = new ArrayList<>();
            for (JsonNode s : json.readTree(in).get("streets")) {
                List<double[]> points = new ArrayList<>();
                s.get("points").forEach(p -> points.add(new double[]{p.get(0).asDouble(), p.get(1).asDouble()}));
                result.add(new Street(s.get("name").asText(), points));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the street scheme", e);
        }
    }
}
