package lategate.settings;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the optional {@code [roster]} table (docs/mis-exports.md): the format of the school's roster file,
 * the school's own headers in {@code [roster.columns]} ({@code "Admission Number" = "pupil_id"}), and
 * {@code badge_from}. Each header is mapped to one field and each field from one header, so that which
 * column a pupil's name comes from is never a guess.
 */
final class RosterSettingsReading {

    private RosterSettingsReading() {
    }

    static RosterSettings read(Section root) {
        Optional<Section> table = root.table("roster", false);
        if (table.isEmpty()) {
            return RosterSettings.LATEGATE;
        }
        Section r = table.get();
        r.allowOnly(Set.of("format", "columns", "badge_from"));
        RosterFormat format = r.string("format", false).map(name -> RosterFormat.named(name).orElseGet(() -> {
            r.problem("format", "unknown format '" + name + "'; expected one of: " + RosterFormat.names());
            return RosterFormat.LATEGATE;
        })).orElse(RosterFormat.LATEGATE);
        Map<String, String> columns = r.table("columns", false).map(RosterSettingsReading::columns).orElse(Map.of());
        Optional<String> badgeFrom = r.string("badge_from", false);
        badgeFrom.ifPresent(header -> columns.entrySet().stream().filter(e -> e.getValue().equals("badge"))
                .findFirst().ifPresent(e -> r.problem("badge_from", "the badge code comes from one column, but "
                        + "[roster.columns] also maps '" + e.getKey() + "' to badge: keep one of them")));
        return new RosterSettings(format, columns, badgeFrom);
    }

    /** The school's header for each field it maps, each header and each field once. */
    private static Map<String, String> columns(Section c) {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> headerOfField = new HashMap<>();
        Map<String, String> headersSeen = new HashMap<>();
        for (String header : c.keys()) {
            Optional<String> field = c.string(header, true);
            if (header.isBlank()) {
                c.problem(header, "a column's header is empty: write the header exactly as the file's first line has it");
                continue;
            }
            if (field.isEmpty()) {
                continue;
            }
            String f = field.get().toLowerCase(Locale.ROOT);
            if (!RosterFormat.FIELDS.contains(f)) {
                c.problem(header, "'" + field.get() + "' is not one of lategate's roster fields; expected one of: "
                        + String.join(", ", RosterFormat.FIELDS));
                continue;
            }
            String same = headersSeen.putIfAbsent(header.strip().toLowerCase(Locale.ROOT), header);
            if (same != null) {
                c.problem(header, "the header '" + header + "' is mapped twice (also as '" + same
                        + "'): headers are read without regard to capitals");
                continue;
            }
            String other = headerOfField.putIfAbsent(f, header);
            if (other != null) {
                c.problem(header, "'" + header + "' and '" + other + "' (line " + c.lineOf(other) + ") are both mapped "
                        + "to " + f + ": a field comes from one column");
                continue;
            }
            columns.put(header.strip(), f);
        }
        return columns;
    }
}
