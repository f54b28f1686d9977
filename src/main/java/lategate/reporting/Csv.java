package lategate.reporting;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.files.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
    public static CSVPrinter printer(PrintWriter out, List<String> columns, boolean trustWide) throws IOException {
        List<String> header = new ArrayList<>();
        if (trustWide) {
            header.add(SCHOOL_ID);
        }
        header.addAll(columns);
        // One buffer between the rows and the terminal's writer: a trust's tens of thousands of rows reach
        // it in large pieces, not a few characters per cell. The reports flush the printer when done.
        return new CSVPrinter(new java.io.BufferedWriter(out, 1 << 16),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** One row, after the school's id when there is one. */
    public static void record(CSVPrinter printer, Optional<String> schoolId, Object... values) throws IOException {
        if (schoolId.isEmpty()) {
            printer.printRecord(values);
            return;
        }
        Object[] row = new Object[values.length + 1];
        row[0] = SpreadsheetSafe.cell(schoolId.get());
        System.arraycopy(values, 0, row, 1, values.length);
        printer.printRecord(row);
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
