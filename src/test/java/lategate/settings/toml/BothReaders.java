package lategate.settings.toml;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as each reader reads it, written out as one line per key and per array element:
 * path, line, kind and value, in the reader's order. Two readers agree when the texts are equal.
 */
final class BothReaders {

    static final String REFUSED = "refused";

    private BothReaders() {
    }

    /** lategate's own reader: every key and element, or "refused" with the place and reason. */
    static String ours(String text) {
        try {
            List<String> out = new ArrayList<>();
            ours(TomlReader.read(text), "", out);
            return String.join("\n", out);
        } catch (TomlSyntaxError e) {
            return REFUSED + " " + e.getMessage();
        }
    }

    /** tomlj's reading of the same text, written the same way. */
    static String tomlj(String text) {
        org.tomlj.TomlParseResult result;
        try {
            result = org.tomlj.Toml.parse(text);
        } catch (RuntimeException | AssertionError e) {
            return REFUSED + " by failing: " + e; // tomlj asserts on a short \\u escape
        }
        if (result.hasErrors()) {
            return REFUSED + " " + result.errors();
        }
        List<String> out = new ArrayList<>();
        tomlj(result, "", out, text.split("\n", -1));
        return String.join("\n", out);
    }

    static boolean refused(String reading) {
        return reading.startsWith(REFUSED);
    }

    private static void ours(TomlTable table, String path, List<String> out) {
        for (String key : table.keySet()) {
            String at = path + "." + quoted(key);
            Object value = table.get(key);
            out.add(at + " @" + table.lineOf(key) + " " + kind(value));
            oursValue(value, at, out);
        }
    }

    private static void oursValue(Object value, String at, List<String> out) {
        if (value instanceof TomlTable t) {
            ours(t, at, out);
        } else if (value instanceof TomlArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(at + "[" + i + "]" + (a.ofTables ? " @" + a.lineOf(i) : "") + " " + kind(a.get(i)));
                oursValue(a.get(i), at + "[" + i + "]", out);
            }
        }
    }

    /**
     * Whether tomlj's array was grown by [[header]]s: each element's place is then its header's line.
     * (For an array written [ ... ], tomlj gives an element the place where the previous one's comma
     * ended, not where it starts, so those lines are not compared; {@code TomlReaderTest} checks ours.)
     */
    private static boolean ofTables(org.tomlj.TomlArray a, String[] lines) {
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof org.tomlj.TomlTable)
                    || !lines[a.inputPositionOf(i).line() - 1].stripLeading().startsWith("[[")) {
                return false;
            }
        }
        return a.size() > 0;
    }

    private static void tomlj(org.tomlj.TomlTable table, String path, List<String> out, String[] lines) {
        for (String key : table.keySet()) {
            String at = path + "." + quoted(key);
            Object value = table.get(List.of(key));
            out.add(at + " @" + table.inputPositionOf(List.of(key)).line() + " " + kind(value));
            tomljValue(value, at, out, lines);
        }
    }

    private static void tomljValue(Object value, String at, List<String> out, String[] lines) {
        if (value instanceof org.tomlj.TomlTable t) {
            tomlj(t, at, out, lines);
        } else if (value instanceof org.tomlj.TomlArray a) {
            boolean ofTables = ofTables(a, lines);
            for (int i = 0; i < a.size(); i++) {
                out.add(at + "[" + i + "]" + (ofTables ? " @" + a.inputPositionOf(i).line() : "") + " " + kind(a.get(i)));
                tomljValue(a.get(i), at + "[" + i + "]", out, lines);
            }
        }
    }

    private static String kind(Object value) {
        if (value instanceof TomlTable || value instanceof org.tomlj.TomlTable) {
            return "table";
        }
        if (value instanceof TomlArray || value instanceof org.tomlj.TomlArray) {
            return "array";
        }
        if (value instanceof String s) {
            return "String " + quoted(s);
        }
        return value.getClass().getSimpleName() + " " + value;
    }

    /** Text with everything but printable ASCII written as \\uXXXX, so a difference is visible. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
