package lategate.files;

import java.util.Objects;

/**
 * Makes a CSV cell safe to open in Excel or LibreOffice. A cell that starts with = + - or @, or
 * with a tab or carriage return, is read by them as a formula: a pupil's reason typed as
 * {@code =HYPERLINK("http://...")} would become a live link in the office's spreadsheet. Such a
 * cell gets a leading single quote, which both show as text, as the OWASP guidance on CSV
 * injection advises. Quoting the cell for CSV stays the CSV writer's job.
 */
public final class SpreadsheetSafe {

    /** The characters a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    /**
     * The value to write in a CSV cell: unchanged, or with a leading {@code '} if a spreadsheet
     * would otherwise run it as a formula. A number such as {@code -5} becomes the text
     * {@code '-5} too: it reads the same, and telling numbers from formulas such as
     * {@code -1+cmd|...} is where filters that try to be clever let attacks through.
     */
    public static String cell(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
