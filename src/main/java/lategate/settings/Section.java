package lategate.settings;

import lategate.domain.text.PlainText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lategate.settings.toml.TomlArray;
import lategate.settings.toml.TomlTable;

/**
 * One table of a settings file, read with its dotted path and its own line, so that every value
 * read through it reports problems at the right place. Reads never throw: a bad or missing
 * value is recorded as a problem and an empty result returned, so all problems come out at once.
 */
final class Section {

    private final Problems problems;
    private final TomlTable table;
    private final String path;
    private final int line;

    Section(Problems problems, TomlTable table, String path, int line) {
        this.problems = problems;
        this.table = table;
        this.path = path;
        this.line = line;
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int lineOf(String key) {
        int keyLine = table.lineOf(key);
        return keyLine == 0 ? line : keyLine;
    }

    void problem(String key, String message) {
        problems.add(lineOf(key), keyPath(key), message);
    }

    void warning(String key, String message) {
        problems.warn(lineOf(key), keyPath(key), message);
    }

    /** Reports every key not in {@code allowed}, naming the keys that are. */
    void allowOnly(Set<String> allowed) {
        for (String key : table.keySet()) {
            if (!allowed.contains(key)) {
                problem(key, "unknown key; expected one of: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    Optional<Section> table(String key, boolean required) {
        if (!table.contains(key)) {
            if (required) {
                problems.add(line, keyPath(key), "missing table [" + keyPath(key) + "]");
            }
            return Optional.empty();
        }
        if (!table.isTable(key)) {
            problem(key, "must be a table, written [" + keyPath(key) + "]");
            return Optional.empty();
        }
        return Optional.of(new Section(problems, table.getTable(key), keyPath(key), lineOf(key)));
    }

    /** The tables of an array of tables ([[key]]), each with its own line. */
    List<Section> tables(String key) {
        List<Section> sections = new ArrayList<>();
        if (!table.contains(key)) {
            return sections;
        }
        if (!table.isArray(key)) {
            problem(key, "must be a list of tables, each written [[" + keyPath(key) + "]]");
            return sections;
        }
        TomlArray array = table.getArray(key);
        for (int i = 0; i < array.size(); i++) {
            Object element = array.get(i);
            int elementLine = array.lineOf(i);
            String elementPath = keyPath(key) + "[" + (i + 1) + "]";
            if (element instanceof TomlTable t) {
                sections.add(new Section(problems, t, elementPath, elementLine));
            } else {
                problems.add(elementLine, elementPath, "must be a table, written [[" + keyPath(key) + "]]");
            }
        }
        return sections;
    }

    boolean has(String key) {
        return table.contains(key);
    }

    Set<String> keys() {
        return table.keySet();
    }

    /**
     * Whether the key is there; when it is not and is required, says so with the form to add,
     * at the line of its table (the key has no line of its own).
     */
    private boolean present(String key, boolean required, String form) {
        if (has(key)) {
            return true;
        }
        if (required) {
            problems.add(line, keyPath(key), "missing value: add " + key + " = " + form + " under [" + path + "]");
        }
        return false;
    }

    Optional<String> string(String key, boolean required) {
        if (!present(key, required, "\"...\"")) {
            return Optional.empty();
        }
        Object value = table.get(key);
        if (!(value instanceof String s)) {
            problem(key, "must be text in double quotes, not " + describe(value));
            return Optional.empty();
        }
        if (s.isBlank()) {
            problem(key, "must not be empty");
            return Optional.empty();
        }
        // Settings text reaches every screen and report (school name, reason labels): plain text
        // only; tab and newline stay allowed, as a multi-line TOML string may hold them.
        Optional<String> refusal = PlainText.severalLines("the text").refusal(s);
        if (refusal.isPresent()) {
            problem(key, refusal.get() + " (write it without, or as plain text)");
            return Optional.empty();
        }
        return Optional.of(s.strip());
    }

    Optional<Boolean> bool(String key, boolean required) {
        if (!present(key, required, "true")) {
            return Optional.empty();
        }
        Object value = table.get(key);
        if (!(value instanceof Boolean b)) {
            problem(key, "must be true or false (no quotes), not " + describe(value));
            return Optional.empty();
        }
        return Optional.of(b);
    }

    Optional<Long> integer(String key, boolean required, long min, long max) {
        if (!present(key, required, "<number>")) {
            return Optional.empty();
        }
        Object value = table.get(key);
        if (!(value instanceof Long n)) {
            problem(key, "must be a whole number, not " + describe(value));
            return Optional.empty();
        }
        if (n < min || n > max) {
            problem(key, "must be from " + min + " to " + max + ", not " + n);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** A time of day written "08:45" (24-hour clock); a TOML local time is accepted too. */
    Optional<LocalTime> time(String key, boolean required) {
        if (!present(key, required, "\"HH:MM\"")) {
            return Optional.empty();
        }
        Object value = table.get(key);
        if (value instanceof LocalTime t) {
            return Optional.of(t);
        }
        if (value instanceof String s) {
            Optional<LocalTime> time = hoursAndMinutes(s.strip());
            if (time.isPresent()) {
                return time;
            }
            problem(key, "'" + s + "' is not a time of day: write it as \"HH:MM\" on the 24-hour clock, e.g. \"08:45\"");
            return Optional.empty();
        }
        problem(key, "must be a time written \"HH:MM\", not " + describe(value));
        return Optional.empty();
    }

    /**
     * "HH:MM" on the 24-hour clock, e.g. "08:45", read by hand: a regular expression and a date-time
     * formatter would each load their own machinery for five characters (docs/architecture.md, "Start-up").
     */
    private static Optional<LocalTime> hoursAndMinutes(String s) {
        if (s.length() != 5 || s.charAt(2) != ':' || !isDigit(s.charAt(0)) || !isDigit(s.charAt(1))
                || !isDigit(s.charAt(3)) || !isDigit(s.charAt(4))) {
            return Optional.empty();
        }
        int hours = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
        int minutes = (s.charAt(3) - '0') * 10 + (s.charAt(4) - '0');
        if (hours > 23 || minutes > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hours, minutes));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A date written 2026-09-01 (a TOML date) or "2026-09-01". */
    Optional<LocalDate> date(String key, boolean required) {
        if (!present(key, required, "YYYY-MM-DD")) {
            return Optional.empty();
        }
        Object value = table.get(key);
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (value instanceof String s) {
            try {
                return Optional.of(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                problem(key, "'" + s + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-01");
                return Optional.empty();
            }
        }
        problem(key, "must be a date written YYYY-MM-DD, not " + describe(value));
        return Optional.empty();
    }

    /** What a value is, in words a school office reads: never a Java class name. */
    static String describe(Object value) {
        if (value instanceof String s) {
            return "text \"" + s + "\"";
        }
        if (value instanceof TomlTable) {
            return "a table";
        }
        if (value instanceof TomlArray) {
            return "a list";
        }
        return kindOf(value) + " " + value;
    }

    private static String kindOf(Object value) {
        if (value instanceof Long) {
            return "a number";
        }
        if (value instanceof Double) {
            return "a decimal number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        if (value instanceof OffsetDateTime || value instanceof LocalDateTime) {
            return "a date and time";
        }
        if (value instanceof LocalDate) {
            return "a date";
        }
        if (value instanceof LocalTime) {
            return "a time";
        }
        return "a value";
    }
}
