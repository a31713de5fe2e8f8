package ru.mcu.analytics.heatmap;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.FilterOptions;
import ru.mcu.analytics.SliceParams;

/** The heat map page: the topic × district table and the cases on the offline map. */
@Controller
class HeatMapPageController {

    private final HeatMapQuery heatMaps;
    private final CityScheme scheme;
    private final FilterOptions options;
    private final Clock clock;
    private final MapProperties mapSettings;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    HeatMapPageController(HeatMapQuery heatMaps, CityScheme scheme, FilterOptions options, Clock clock, MapProperties mapSettings,
                          com.fasterxml.jackson.databind.ObjectMapper json) {
        this.mapSettings = mapSettings;
        this.json = json;
        this.heatMaps = heatMaps;
        this.scheme = scheme;
        this.options = options;
        this.clock = clock;
    }

    @GetMapping("/analytics/heatmap")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String channel, @RequestParam(required = false) String rubric,
                @RequestParam(required = false) String district, @RequestParam(required = false) String department,
                @RequestParam(required = false) String status, Model model) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, rubric, district, department, status, null, null);
        HeatMap map = heatMaps.heatMap(slice);
        model.addAttribute("map", map);
        model.addAttribute("svg", scheme.svg(map.cells(), "/analytics/cases?" + slice.query()));
        model.addAttribute("mapSettings", mapSettings);
        model.addAttribute("maxDistrict", Math.max(1.0, map.districts().stream().mapToLong(d -> map.districtTotal(d.code())).max().orElse(1)));
        model.addAttribute("cellsJson", cellsJson(map, slice));
        options.addTo(model, slice);
        return "analytics/heatmap";
    }

    /** The map's points for Leaflet: centre, count and the list of the cell's cases. */
    private String cellsJson(HeatMap map, CaseSlice slice) {
        java.util.List<java.util.Map<String, Object>> cells = new java.util.ArrayList<>();
        for (HeatMap.Cell c : map.cells()) {
            cells.add(java.util.Map.of("lat", c.latitude(), "lon", c.longitude(), "n", c.count(),
                    "href", "/analytics/cases?" + slice.withBbox(c.bbox()).query()));
        }
        try {
            return json.writeValueAsString(cells);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
