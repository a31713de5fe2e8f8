package ru.mcu.analytics.heatmap;

import java.util.List;
import java.util.Map;
import ru.mcu.analytics.CaseSlice;

/**
 * Topic × district counts of a slice and the cases on the map, aggregated into cells.
 *
 * @param counts topic code → district code → cases; the empty string stands for "not set"
 */
public record HeatMap(CaseSlice slice, List<Label> topics, List<Label> districts, Map<String, Map<String, Long>> counts,
                      long total, long max, List<Cell> cells) {

    /** A row or column: code and Russian name. */
    public record Label(String code, String name) {
    }

    /** Cases in a cell of the map grid: its centre, how many, and its bounds for the list behind it. */
    public record Cell(double latitude, double longitude, long count, CaseSlice.Bbox bbox) {
    }

    public long count(String topic, String district) {
        return counts.getOrDefault(topic, Map.of()).getOrDefault(district, 0L);
    }

    public long topicTotal(String topic) {
        return counts.getOrDefault(topic, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long districtTotal(String district) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(district, 0L)).sum();
    }

    /** 0..1, for the colour of a cell. */
    public double intensity(long count) {
        return max == 0 ? 0 : (double) count / max;
    }
}
