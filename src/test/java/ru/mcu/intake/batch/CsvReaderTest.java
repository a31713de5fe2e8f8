package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV dialect spreadsheets write: quotes, both separators, CRLF, line breaks in fields, broken lines. */
class CsvReaderTest {

    @Test
    void shouldReadQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        List<CsvReader.Record> records = read("a;\"b;c\";\"he said \"\"hi\"\"\"\r\n\"two\r\nlines\";x;\r\n", ';');

        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b;c", "he said \"hi\"");
        assertThat(records.get(0).line()).isEqualTo(1);
        assertThat(records.get(1).fields()).containsExactly("two\r\nlines", "x", "");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void shouldCountLinesForLfCrlfAndLoneCr() {
        List<CsvReader.Record> records = read("a,b\nc,d\r\ne,f\rg,h", ',');

        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3, 4);
        assertThat(records.get(3).fields()).containsExactly("g", "h");
    }

    @Test
    void shouldKeepAQuoteInsideAnUnquotedFieldAsItIs() {
        assertThat(read("ООО \"Ромашка\",1\n", ',').get(0).fields()).containsExactly("ООО \"Ромашка\"", "1");
    }

    @Test
    void shouldReportTextAfterAClosingQuoteAndGoOnWithTheNextLine() {
        List<CsvReader.Record> records = read("\"a\"b;c\nd;e\n", ';');

        assertThat(records.get(0).isMalformed()).isTrue();
        assertThat(records.get(0).malformed()).isEqualTo("после закрывающей кавычки ожидается разделитель «;» или конец строки");
        assertThat(records.get(1).fields()).containsExactly("d", "e");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void shouldReportAQuoteLeftOpenUntilTheEnd() {
        List<CsvReader.Record> records = read("a;b\n\"open;c\nd;e\n", ';');

        assertThat(records).hasSize(2);
        assertThat(records.get(1).malformed()).isEqualTo("кавычка, открытая в строке 2, не закрыта до конца файла");
    }

    @Test
    void shouldSeeBlankLinesAsBlank() {
        List<CsvReader.Record> records = read("a;b\n\n;\n", ';');

        assertThat(records).extracting(CsvReader.Record::isBlank).containsExactly(false, true, true);
    }

    @Test
    void shouldDetectTheSeparatorThatOccursMoreOftenOutsideQuotes() {
        assertThat(CsvReader.detectSeparator("channel;externalId;text")).isEqualTo(';');
        assertThat(CsvReader.detectSeparator("channel,externalId,text")).isEqualTo(',');
        assertThat(CsvReader.detectSeparator("\"a,b,c\";d;e")).isEqualTo(';');
        assertThat(CsvReader.detectSeparator("text")).isEqualTo(',');
    }

    private static List<CsvReader.Record> read(String text, char separator) {
        CsvReader reader = new CsvReader(new StringReader(text), separator);
        List<CsvReader.Record> records = new ArrayList<>();
        for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }
}
