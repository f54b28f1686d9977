package lategate.app.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a school's database holds about one pupil, for a subject access request: one
 * {@link Kind} per kind of record, in a fixed order, each with its columns (a contract, listed in
 * the README) and rows. Values are text, whole numbers or null.
 */
public record PupilRecord(String pupilId, List<Kind> kinds) {

    public PupilRecord {
        kinds = List.copyOf(kinds);
    }

    /** Rows of one kind: {@code columns.size()} values a row, in the columns' order. */
    public record Kind(String name, List<String> columns, List<List<Object>> rows) {

        public Kind {
            columns = List.copyOf(columns);
            List<List<Object>> copy = new ArrayList<>();
            rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
            rows = Collections.unmodifiableList(copy);
        }
    }
}
