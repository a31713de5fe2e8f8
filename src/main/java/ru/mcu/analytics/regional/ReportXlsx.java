package ru.mcu.analytics.regional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * A report as an XLSX workbook: one sheet per table, named after it; on each sheet the table's
 * title (row 1), the report and its period (row 2), the column headings (row 3) and the lines
 * from row 4, the total last. Counts are numbers, shares numbers formatted as per cent, averages
 * numbers with two decimals, so the ЦУР's template can take them as they are.
 */
public final class ReportXlsx {

    /** The media type of an XLSX file. */
    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** The row (0-based) of the column headings on every sheet. */
    public static final int HEADER_ROW = 2;

    private ReportXlsx() {
    }

    public static byte[] render(ReportDocument report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            bold.setWrapText(true);
            CellStyle share = book.createCellStyle();
            share.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
            for (ReportDocument.Table table : report.tables()) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title().length() > 31 ? table.title().substring(0, 31) : table.title()));
                Cell title = sheet.createRow(0).createCell(0);
                title.setCellValue(table.title());
                title.setCellStyle(bold);
                sheet.createRow(1).createCell(0).setCellValue(report.title() + ": " + report.period());
                Row header = sheet.createRow(HEADER_ROW);
                for (int i = 0; i < table.columns().size(); i++) {
                    Cell c = header.createCell(i);
                    c.setCellValue(table.columns().get(i).title());
                    c.setCellStyle(bold);
                }
                int r = HEADER_ROW + 1;
                for (ReportDocument.Row row : table.rows()) {
                    write(sheet.createRow(r++), table, row, share, decimal);
                }
                if (table.total() != null) {
                    write(sheet.createRow(r), table, table.total(), share, decimal);
                }
                sheet.setColumnWidth(0, 60 * 256);
                for (int i = 1; i < table.columns().size(); i++) {
                    sheet.setColumnWidth(i, 16 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row target, ReportDocument.Table table, ReportDocument.Row row, CellStyle share, CellStyle decimal) {
        for (int i = 0; i < row.cells().size(); i++) {
            Object value = row.cells().get(i).value();
            Cell cell = target.createCell(i);
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                ReportDocument.Kind kind = table.columns().get(i).kind();
                if (kind == ReportDocument.Kind.SHARE) {
                    cell.setCellStyle(share);
                } else if (kind == ReportDocument.Kind.DECIMAL) {
                    cell.setCellStyle(decimal);
                }
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
