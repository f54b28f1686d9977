package lategate.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reports' CSV printer writes every row byte for byte as commons-csv's RFC 4180 printer does,
 * which the reports used before and which reads it back (CSV columns are a contract with the
 * spreadsheets and scripts that read them: docs/commands.md). Whatever the text: empty values,
 * values that start or end with a space or a character up to '#', quotes, commas, CR and LF,
 * tabs, letters beyond ASCII, nulls and numbers.
 */
class CsvPrinterAsCommonsCsvProperties {

    @Property(tries = 2000)
    void anyRowsAreWrittenAsCommonsCsvWritesThem(@ForAll("rows") List<List<Object>> rows) throws Exception {
        assertEquals(commons(rows), ours(rows));
    }

    @Example
    void theEdgesCommonsCsvQuotesByName() throws Exception {
        List<List<Object>> rows = List.of(List.of("", "a", ""), List.of("#x", "!x", "$x", "x ", " x", "x\t"),
                List.of("say \"hi\"", "a,b", "a\rb", "a\nb", "\"", "\"\""), java.util.Arrays.asList(null, "x", null),
                List.of(3, -2, 0L, "-1", "=1+1", "Zoë", "ß,", "\u202e"));
        assertEquals(commons(rows), ours(rows));
        assertEquals("\"\",a,\r\n", ours(List.of(List.of("", "a", ""))));
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab #!$,\"\r\n\t=-+'ëß\u202e0").ofMaxLength(6);
        Arbitrary<Object> value = Arbitraries.oneOf(text.map(t -> (Object) t), Arbitraries.integers().between(-50, 50)
                .map(i -> (Object) i), Arbitraries.just(null));
        return value.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(4);
    }

    private static String ours(List<List<Object>> rows) throws Exception {
        StringWriter out = new StringWriter();
        Csv.Printer printer = new Csv.Printer(out);
        for (List<Object> row : rows) {
            printer.record(row.toArray());
        }
        printer.flush();
        return out.toString();
    }

    private static String commons(List<List<Object>> rows) throws Exception {
        StringWriter out = new StringWriter();
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        for (List<Object> row : rows) {
            printer.printRecord(new ArrayList<>(row));
        }
        printer.flush();
        return out.toString();
    }
}
