package lategate.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text into rows, each with the line it starts on. Reading stops at the first record
 * the parser cannot make sense of; the rows before it are kept, so that their problems are
 * reported together with it.
 */
public final class CsvRows {

    /** RFC 4180, as Excel writes it; cells are trimmed, as a stray space around a cell is never meant. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true)
            .get();

    static final String NOT_CLOSED = "a quoted field is not closed: check the quotes on this line";
    static final String TEXT_AFTER_QUOTE = "a quoted field has text after its closing quote: check the quotes on "
            + "this line";

    private CsvRows() {
    }

    /** The rows read, and, if reading stopped early, where and why. */
    public record Parsed(List<CsvRow> rows, Optional<Malformed> malformed) {

        public Parsed {
            rows = List.copyOf(rows);
        }
    }

    /** A record the parser could not read: the line it starts on and what to tell the office. */
    public record Malformed(long line, String message) {
    }

    public static Parsed read(String text) {
        List<CsvRow> rows = new ArrayList<>();
        // A record's line is where it starts: a name with a newline in its quotes spans two lines,
        // and the office looks for the pupil where the pupil's line begins.
        LineCounter lines = new LineCounter(text);
        long lastEndLine = 0;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                long line = lines.lineOfRecordAt(record.getCharacterPosition());
                lastEndLine = parser.getCurrentLineNumber();
                // Excel ends an exported sheet with rows of empty cells (",,,,,,"): they are blank lines
                if (!isBlank(record)) {
                    rows.add(new CsvRow(line, record.toList()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The record that failed starts on the first line with anything on it after the last
            // record read; the parser says so only inside its English message.
            return new Parsed(rows, Optional.of(new Malformed(lines.lineOfRecordAfterLine(lastEndLine),
                    whyMalformed(text))));
        }
        return new Parsed(rows, Optional.empty());
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /**
     * Which of the two ways RFC 4180 can go wrong happened. The parser tells them apart only in
     * its message, so ask it again, allowing a file to end inside quotes: that gets past a quote
     * left open, which runs to the end of the file, but not text after a closing quote.
     */
    private static String whyMalformed(String text) {
        try (CSVParser tolerant = CSVParser.parse(text, FORMAT.builder().setLenientEof(true).get())) {
            tolerant.getRecords();
            return NOT_CLOSED;
        } catch (IOException | UncheckedIOException e) {
            return TEXT_AFTER_QUOTE;
        }
    }
}
