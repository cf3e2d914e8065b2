package se.brobygge.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"https://evil.example\",\"x\")",
                "+SUM(A1:A3)",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(A1)",
                "\t=1+1",
                "\r=1+1",
                "\n=1+1",
                "\u0000=1",
                "\uFF1D1+1",
                "-",
                "+",
                "@"
            })
    void textThatASpreadsheetWouldRunGetsALeadingQuote(String value) throws IOException {
        byte[] csv = CsvWriter.withHeader("namn", "svar").row("Amal", value).toBytes();
        CSVRecord row = parse(csv).getFirst();
        assertThat(row.get("namn")).isEqualTo("Amal");
        assertThat(row.get("svar")).isEqualTo("'" + value);
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() throws IOException {
        byte[] csv = CsvWriter.withHeader("a", "b", "c", "d", "e", "f", "g")
                .row(-3, "-3", "-2.5", "+7", 42L, "Sara's café, \"Malmö\"", null)
                .toBytes();
        CSVRecord row = parse(csv).getFirst();
        assertThat(row.values()).containsExactly("-3", "-3", "-2.5", "+7", "42", "Sara's café, \"Malmö\"", "");
    }

    @Test
    void headersAreNeutralisedTooAndTheFileIsUtf8WithAByteOrderMark() throws IOException {
        byte[] csv = CsvWriter.withHeader(List.of("=fråga()", "العربية"))
                .row("ja", "نعم")
                .toBytes();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF'=fråga(),العربية\r\nja,نعم\r\n");
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }
}
