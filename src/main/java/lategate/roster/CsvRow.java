package lategate.roster;

import java.util.List;

/** One record of a CSV file: its cells, trimmed, and the line it starts on. */
public record CsvRow(long line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }
}
