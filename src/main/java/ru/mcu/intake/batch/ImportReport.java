package ru.mcu.intake.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The rejected rows of a job, every reason on its own line, as JSON for programs and as CSV
 * for people: {@code ;}-separated UTF-8 with a byte order mark, which a Russian spreadsheet
 * opens without asking.
 */
public record ImportReport(long jobId, ImportStatus status, int rejectedRows, List<Line> lines) {

    /** One reason: the row (CSV: the line of the file; JSON: the position in the array), its external id, the field. */
    public record Line(int row, String externalId, String field, String message, String reason) {
    }

    static ImportReport of(ImportJob job, List<ImportRejection> rejections) {
        return new ImportReport(job.getId(), job.getStatus(), job.getRejectedRows(), rejections.stream()
                .map(r -> new Line(r.getRowNumber(), r.getExternalId(), r.getField(), r.getMessage(), r.getReason()))
                .toList());
    }

    /** The report as a CSV file to download. */
    ResponseEntity<byte[]> csv() {
        StringBuilder csv = new StringBuilder("\uFEFFСтрока;Идентификатор;Поле;Причина\r\n");
        for (Line line : lines) {
            csv.append(line.row()).append(';').append(quoted(line.externalId())).append(';')
                    .append(quoted(line.field())).append(';').append(quoted(line.message())).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("import-" + jobId + "-rejected.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            // a spreadsheet would run a cell starting like this as a formula: the values come from uploaded files
            value = "'" + value;
        }
        boolean plain = value.chars().noneMatch(c -> c == ';' || c == '"' || c == '\n' || c == '\r' || c == ',');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
