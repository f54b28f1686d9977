package lategate.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lategate.settings.RosterFormat;
import lategate.settings.RosterSettings;

/**
 * A roster's header line read through the school's {@code [roster]} settings (docs/mis-exports.md): which
 * column holds each of lategate's fields, and which columns lategate does not use. An MIS export carries
 * far more than a late gate needs (addresses, ethnicity, medical notes), so a column lategate does not
 * know is ignored and named, never refused; a field lategate needs and cannot find is a problem on the
 * header's line, as is one column read as two fields.
 *
 * @param columns the position of each field's column, by lategate's field name
 * @param labels  what the office calls each field's column: its header as written in the file
 * @param ignored the headers of the columns lategate does not read, as written, in the file's order
 * @param width   how many cells every line has
 */
record RosterHeader(Map<String, Integer> columns, Map<String, String> labels, List<String> ignored, int width) {

    static final String BADGE = "badge";

    static RosterHeader read(String name, CsvRow header, RosterSettings layout, List<RosterProblem> problems) {
        long line = header.line();
        List<String> cells = header.cells();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, Integer> repeated = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String column = key(cells.get(i));
            if (column.isEmpty()) {
                problems.add(new RosterProblem(name, line, "column " + (i + 1) + " has no name in the header"));
            } else if (positions.putIfAbsent(column, i) != null) {
                repeated.put(column, i);
            }
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String field : RosterFormat.FIELDS) {
            boolean fromBadgeColumn = field.equals(BADGE) && layout.badgeFrom().isPresent();
            List<String> headers = fromBadgeColumn ? List.of(layout.badgeFrom().get()) : layout.headersOf(field);
            Optional<String> found = headers.stream().filter(h -> positions.containsKey(key(h))).findFirst();
            if (fromBadgeColumn) {
                layout.headersOf(field).stream().filter(h -> positions.containsKey(key(h)))
                        .filter(h -> !key(h).equals(key(layout.badgeFrom().get()))).findFirst().ifPresent(h ->
                        problems.add(new RosterProblem(name, line, "the file has a badge column '" + cells.get(
                                positions.get(key(h))) + "' and [roster] badge_from in the settings names '"
                                + layout.badgeFrom().get() + "': a badge code comes from one column, so remove one")));
            }
            if (found.isEmpty()) {
                if (fromBadgeColumn) {
                    problems.add(new RosterProblem(name, line, "[roster] badge_from in the settings names the column '"
                            + layout.badgeFrom().get() + "', which is not in the header"));
                } else if (RosterFormat.REQUIRED.contains(field)) {
                    problems.add(new RosterProblem(name, line, missing(field, layout)));
                }
                continue;
            }
            int at = positions.get(key(found.get()));
            if (repeated.containsKey(key(found.get()))) {
                problems.add(new RosterProblem(name, line, "column '" + found.get().strip().toLowerCase(Locale.ROOT)
                        + "' appears twice in the header"));
            }
            String label = cells.get(at).strip();
            columns.entrySet().stream().filter(e -> e.getValue() == at && !fromBadgeColumn).findFirst().ifPresent(e ->
                    problems.add(new RosterProblem(name, line, "column '" + label + "' is read as both " + e.getKey()
                            + " and " + field + ": map one of them to another column with [roster.columns]")));
            columns.put(field, at);
            // The office's own word for the column in a mapped file; lategate's field name in its own format
            labels.put(field, layout.mapped() ? label : field);
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank() && !columns.containsValue(i)) {
                ignored.add(cells.get(i).strip());
            }
        }
        return new RosterHeader(columns, labels, ignored, cells.size());
    }

    /** A missing field, said as lategate has always said it for its own format, or with the headers looked for. */
    private static String missing(String field, RosterSettings layout) {
        if (!layout.mapped()) {
            return "missing column '" + field + "'";
        }
        return "missing column for " + field + ": the header has none of " + layout.headersOf(field).stream()
                .map(h -> "'" + h + "'").collect(Collectors.joining(", ")) + " (" + layout.format().settingName()
                + " format; map the school's own header with [roster.columns] in the settings, docs/mis-exports.md)";
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
