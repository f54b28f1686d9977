package lategate.reporting;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.files.SpreadsheetSafe;

/**
 * The lead's reports as CSV, on one school or on the whole trust: a report with --all has one
 * header and the rows of every school, each row starting with its school's id (school_id), the
 * columns after it exactly as for one school.
 */
public final class Csv {

    public static final String SCHOOL_ID = "school_id";

    private Csv() {
    }

    /** A printer with the header: the columns, after school_id for a report on the whole trust. */
    public static Printer printer(PrintWriter out, List<String> columns, boolean trustWide) throws IOException {
        List<String> header = new ArrayList<>();
        if (trustWide) {
            header.add(SCHOOL_ID);
        }
        header.addAll(columns);
        // One buffer between the rows and the terminal's writer: a trust's tens of thousands of rows reach
        // it in large pieces, not a few characters per cell. The reports flush the printer when done.
        Printer printer = new Printer(new java.io.BufferedWriter(out, 1 << 16));
        printer.record(header.toArray());
        return printer;
    }

    /** One row, after the school's id when there is one. */
    public static void record(Printer printer, Optional<String> schoolId, Object... values) throws IOException {
        if (schoolId.isEmpty()) {
            printer.record(values);
            return;
        }
        Object[] row = new Object[values.length + 1];
        row[0] = SpreadsheetSafe.cell(schoolId.get());
        System.arraycopy(values, 0, row, 1, values.length);
        printer.record(row);
    }

    /**
     * A report's rows as RFC 4180 CSV, byte for byte as commons-csv's {@code CSVFormat.RFC4180} prints
     * them (CsvPrinterAsCommonsCsvProperties holds the two together): a value is quoted when it
     * holds a comma, a quote, CR or LF, starts with a character up to '#' or ends with one up to a
     * space, and the empty first value of a row is quoted; a quote inside is doubled; a null is
     * empty; each row ends CRLF. Written here rather than through commons-csv's printer, which locks
     * and converts every value on its own: a trust's blocks report prints some 64,000 rows, and that
     * printer was about a third of its time in a fresh JVM (docs/hub.md, "Growing past one server").
     */
    public static final class Printer implements java.io.Flushable {

        private final java.io.Writer out;

        Printer(java.io.Writer out) {
            this.out = out;
        }

        /** One row of {@code values}, each as its {@code toString}. */
        public void record(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (values[i] != null) {
                    value(values[i].toString(), i == 0);
                }
            }
            out.write("\r\n");
        }

        private void value(String text, boolean first) throws IOException {
            if (!quoted(text, first)) {
                out.write(text);
                return;
            }
            out.write('"');
            int from = 0;
            for (int at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) {
                out.write(text, from, at + 1 - from);
                out.write('"');
                from = at + 1;
            }
            out.write(text, from, text.length() - from);
            out.write('"');
        }

        /** commons-csv's QuoteMode.MINIMAL, as CSVFormat#printWithQuotes decides it. */
        static boolean quoted(String text, boolean first) {
            int length = text.length();
            if (length == 0) {
                return first; // an empty first value would otherwise be an empty line
            }
            if (text.charAt(0) <= '#') {
                return true;
            }
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                    return true;
                }
            }
            return text.charAt(length - 1) <= ' ';
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** Before each school's part of a table on the whole trust: its id and name. */
    public static void heading(PrintWriter out, ReportScope scope, SchoolReport school) {
        if (!scope.trustWide) {
            return;
        }
        if (scope.schools.get(0) != school) {
            out.println();
        }
        out.println("== " + school.schoolId() + ": " + school.settings().school().name() + " ==");
    }
}
