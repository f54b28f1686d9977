package lategate.roster;

import java.util.List;

/** One record of a CSV file: its cells, trimmed, and the line it starts on. */
public record CsvRow(long line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /**
     * Why a cell cannot be imported, if one cannot: every cell is plain text (PlainText), one line,
     * since names and classes are shown on the kiosk and in every report. Names the column from
     * {@code header}.
     */
    public java.util.Optional<String> textProblem(List<String> header) {
        for (int i = 0; i < cells.size(); i++) {
            String column = i < header.size() ? header.get(i).strip() : "column " + (i + 1);
            java.util.Optional<String> refusal = lategate.domain.text.PlainText.oneLine(column).refusal(cells.get(i));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return java.util.Optional.empty();
    }
}
