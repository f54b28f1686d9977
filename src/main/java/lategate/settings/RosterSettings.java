package lategate.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the school's roster file is laid out ({@code [roster]}, docs/mis-exports.md): the format its MIS
 * exports, the school's own headers for lategate's fields where they differ ({@code [roster.columns]},
 * which win over the format's), and the column a badge code is taken from when the file has no badge
 * column ({@code badge_from}: an admission number, a UPN or a card number that the pupils' cards
 * already carry).
 *
 * @param columns the school's header for a field, by header as written in the settings
 */
public record RosterSettings(RosterFormat format, Map<String, String> columns, Optional<String> badgeFrom) {

    /** lategate's own format, with no mapping: the roster as lategate has always read it. */
    public static final RosterSettings LATEGATE = new RosterSettings(RosterFormat.LATEGATE, Map.of(),
            Optional.empty());

    public RosterSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(badgeFrom, "badgeFrom");
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /**
     * The headers that may hold {@code field}, preferred first: the school's own header alone if it
     * mapped one, else the format's.
     */
    public List<String> headersOf(String field) {
        return columns.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
                .findFirst().map(List::of).orElseGet(() -> format.headersOf(field));
    }

    /** Whether the school maps any header itself or names a badge column: its file is not lategate's own. */
    public boolean mapped() {
        return format != RosterFormat.LATEGATE || !columns.isEmpty() || badgeFrom.isPresent();
    }
}
