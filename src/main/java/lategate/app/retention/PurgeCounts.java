package lategate.app.retention;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows of each table a purge removed (or, in a dry run, would remove); never a name. */
public record PurgeCounts(Map<String, Integer> byTable) {

    public PurgeCounts {
        byTable = Collections.unmodifiableMap(new LinkedHashMap<>(byTable));
    }

    public int total() {
        return byTable.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The counts as one JSON object, as the purge log keeps them: table names are fixed identifiers. */
    public String json() {
        StringBuilder text = new StringBuilder("{");
        byTable.forEach((table, count) -> text.append(text.length() > 1 ? ", " : "")
                .append('"').append(table).append("\": ").append(count));
        return text.append('}').toString();
    }
}
