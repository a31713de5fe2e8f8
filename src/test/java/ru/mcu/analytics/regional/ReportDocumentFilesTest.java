package ru.mcu.analytics.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A report's XLSX and PDF drawn from its document, without the application. */
class ReportDocumentFilesTest {

    private static ReportDocument sample() {
        List<ReportDocument.Column> columns = new ArrayList<>(List.of(ReportDocument.Column.text("Канал")));
        columns.addAll(RegionalReports.FIGURE_COLUMNS);
        List<ReportDocument.Cell> cells = new ArrayList<>(List.of(ReportDocument.Cell.of("Платформа обратной связи")));
        for (Object v : new Object[] {147L, 149L, 141L, 0.946, 8L, 0L, 2L, 10L, 10L, 103L, 4.15, 0.029}) {
            cells.add(ReportDocument.Cell.linked(v, "/analytics/cases?x"));
        }
        ReportDocument.Row row = new ReportDocument.Row(cells);
        return new ReportDocument("Отчёт МЦУ для регионального ЦУР", "Ноябрь 2026", List.of("Определения"),
                List.of(new ReportDocument.Table("by-channel", "По каналам поступления", columns, List.of(row), row)));
    }

    @Test
    void shouldPrintEveryHeadingWordWholeInThePdf() throws Exception {
        byte[] pdf = new ReportPdf().render(sample());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Отчёт МЦУ для регионального ЦУР", "Период: Ноябрь 2026", "Платформа обратной связи", "94,6 %", "4,15");
            // a column narrower than its longest word breaks it in two lines («Перенапр / авлено»)
            assertThat(text).contains("Поступило", "Перенаправлено", "рассмотрение", "заявителями", "Возвращено", "нарушением", "компетенции");
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", Path.of("target/screenshots/regional-report-pdf.png").toFile());
        }
    }

    @Test
    void shouldWriteNumbersAndSharesAsNumbersInTheWorkbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.render(sample())))) {
            Sheet sheet = book.getSheet("По каналам поступления");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("По каналам поступления");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Отчёт МЦУ для регионального ЦУР: Ноябрь 2026");
            assertThat(sheet.getRow(ReportXlsx.HEADER_ROW).getCell(1).getStringCellValue()).isEqualTo("Поступило");
            var line = sheet.getRow(ReportXlsx.HEADER_ROW + 1);
            assertThat(line.getCell(1).getNumericCellValue()).isEqualTo(147.0);
            assertThat(line.getCell(4).getNumericCellValue()).isEqualTo(0.946);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(line.getCell(4))).isEqualTo("94.6%");
            assertThat(f.formatCellValue(line.getCell(11))).isEqualTo("4.15");
            assertThat(sheet.getRow(ReportXlsx.HEADER_ROW + 2).getCell(0).getStringCellValue()).as("the total last").isEqualTo("Платформа обратной связи");
        }
    }
}
