package lategate.settings.toml;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A TOML table as {@link TomlReader} read it: its keys in the order the file gives them, each
 * with its value and the line it was set on. Values are {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
 * {@code OffsetDateTime}, {@link TomlArray} or {@link TomlTable}. Read-only outside this package.
 */
public final class TomlTable {

    /** How a table came to be, which decides what the rest of the file may still do to it (TOML 1.0, "Table"). */
    enum Origin {
        /** The root, or a table named by its own [header] or [[header]]. */
        HEADER,
        /** Created on the way to a deeper [a.b.c] header: [a] may still be written once, later. */
        IMPLICIT,
        /** Created by a dotted key (a.b = 1): more dotted keys of the same section may add to it. */
        DOTTED,
        /** Written { ... } in one piece: closed to everything after it. */
        INLINE
    }

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    Origin origin;

    TomlTable(Origin origin) {
        this.origin = origin;
    }

    /** The keys in the order the file gives them. */
    public Set<String> keySet() {
        return Collections.unmodifiableSet(values.keySet());
    }

    public boolean contains(String key) {
        return values.containsKey(key);
    }

    /** The value of a key of this table (not a dotted path), or null when it has none. */
    public Object get(String key) {
        return values.get(key);
    }

    public boolean isTable(String key) {
        return values.get(key) instanceof TomlTable;
    }

    public boolean isArray(String key) {
        return values.get(key) instanceof TomlArray;
    }

    public TomlTable getTable(String key) {
        return values.get(key) instanceof TomlTable t ? t : null;
    }

    public TomlArray getArray(String key) {
        return values.get(key) instanceof TomlArray a ? a : null;
    }

    /**
     * The line the key was set on: its key = value line, or the [header] that defined its table
     * (the first [[header]] for an array of tables); 0 when the table has no such key.
     */
    public int lineOf(String key) {
        Integer line = lines.get(key);
        return line == null ? 0 : line;
    }

    public int size() {
        return values.size();
    }

    void put(String key, Object value, int line) {
        values.put(key, value);
        lines.put(key, line);
    }

    void moveTo(String key, int line) {
        lines.put(key, line);
    }
}
