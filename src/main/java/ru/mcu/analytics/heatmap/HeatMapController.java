package ru.mcu.analytics.heatmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.SliceParams;

/** The heat map as JSON: the topic × district counts and the map cells. */
@RestController
@Tag(name = "Аналитика")
class HeatMapController {

    private final HeatMapQuery heatMaps;
    private final Clock clock;

    HeatMapController(HeatMapQuery heatMaps, Clock clock) {
        this.heatMaps = heatMaps;
        this.clock = clock;
    }

    /** One non-empty cell of the matrix; empty codes stand for "not set". */
    record MatrixCell(String topic, String district, long count) {
    }

    /** The heat map as the API answers it. */
    record HeatMapView(LocalDate from, LocalDate to, long total, List<MatrixCell> matrix, List<HeatMap.Cell> cells) {
    }

    @GetMapping("/api/analytics/heatmap")
    @Operation(summary = "Тепловая карта: темы × районы и ячейки карты (~500 м) за период, по дате поступления")
    HeatMapView heatMap(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String channel, @RequestParam(required = false) String rubric,
                        @RequestParam(required = false) String department, @RequestParam(required = false) String status) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, rubric, null, department, status, null, null);
        HeatMap map = heatMaps.heatMap(slice);
        List<MatrixCell> matrix = new ArrayList<>();
        map.counts().forEach((topic, byDistrict) -> byDistrict.forEach((district, n) -> matrix.add(new MatrixCell(topic, district, n))));
        return new HeatMapView(slice.period().from(), slice.period().to(), map.total(), matrix, map.cells());
    }
}
