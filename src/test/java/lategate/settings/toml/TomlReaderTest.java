package lategate.settings.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What lategate's TOML reader keeps beyond the values: the line of each array element where it
 * starts, and, for a text that is not TOML, the line and column of the first fault with what is
 * wrong. Source: TOML 1.0.0 (https://toml.io/en/v1.0.0); docs/settings.md, "When a file is wrong".
 */
class TomlReaderTest {

    @Test
    @DisplayName("each element of an array written over several lines keeps the line it starts on")
    void arrayElementsKeepTheirLines() throws TomlSyntaxError {
        TomlTable root = TomlReader.read("codes = [\n  \"L\",   # late\n\n  \"U\",\n  { code = \"M\" }, \"N\"\n]\n");
        TomlArray codes = root.getArray("codes");
        assertEquals(List.of(2, 4, 5, 5), List.of(codes.lineOf(0), codes.lineOf(1), codes.lineOf(2), codes.lineOf(3)));
        assertEquals(5, codes.get(2) instanceof TomlTable t ? t.lineOf("code") : -1);
    }

    @Test
    @DisplayName("a table written [header] after a deeper one takes the line of its own header")
    void implicitTableTakesItsHeaderLine() throws TomlSyntaxError {
        TomlTable root = TomlReader.read("[registers.am]\nopens = \"08:30\"\n\n[registers]\nsource = \"§4\"\n");
        assertEquals(4, root.lineOf("registers"));
        assertEquals(1, root.getTable("registers").lineOf("am"));
    }

    @Test
    @DisplayName("a key absent from a table has no line")
    void absentKeyHasNoLine() throws TomlSyntaxError {
        assertEquals(0, TomlReader.read("a = 1\n").lineOf("b"));
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("[school]\nname = \"Demo\"\ntaken = 08:45\"\n", 3, 9,
                        "a time is written HH:MM:SS, with its seconds, e.g. 08:45:00 (or as text in quotes, e.g. \"08:45\", "
                                + "where the settings ask for one)"),
                Arguments.of("a = 1\n\n[t]\nb = 2\nb = 3\n", 5, 1, "duplicate key b: already set at line 4"),
                Arguments.of("[t]\nx = 1\n[t]\n", 3, 1, "[t] is already defined as a table at line 1: a table is written once"),
                Arguments.of("name = \"Demo\n", 1, 8,
                        "text opened with \" is not closed with \" on the same line (use \"\"\" for text on several lines)"),
                Arguments.of("a = 1\nnote = \"\"\"\nmany\nlines\n", 2, 8, "text opened with \"\"\" is not closed with \"\"\""),
                Arguments.of("a = {\n", 1, 6, "an inline table { ... } must be closed with } on the line it starts"),
                Arguments.of("x = 1\npoint = { x = 1 }\npoint.y = 2\n", 3, 1,
                        "point is already an inline table (line 2): a dotted key cannot add point.y to it"),
                Arguments.of("a = \"tab\u0001\"\n", 1, 9,
                        "the control character U+0001 is not allowed in text: write it as an escape, e.g. \\u0001, in \"...\" text"),
                Arguments.of("# fine\n# not\u007f fine\n", 2, 6, "the control character U+007F is not allowed in a comment"),
                Arguments.of("key =\n", 1, 6, "the key key has no value after ="),
                Arguments.of("key\n", 1, 4, "expected = after the key key: a key needs a value"),
                Arguments.of("policy = Attendance\n", 1, 10, "'Attendance' is not a value: text goes in quotes, e.g. \"Attendance\""),
                Arguments.of("on = True\n", 1, 6, "'True' is not a value: text goes in quotes, e.g. \"True\""),
                Arguments.of("on = falsch\n", 1, 6, "'falsch' is not a value: true and false are written in lower case, "
                        + "text goes in quotes, e.g. \"falsch\""),
                Arguments.of("a = [1, 2\nb = 3\n", 2, 1, "expected , or ] after an array's value, not 'b'"),
                Arguments.of("a = 1 2\n", 1, 7,
                        "expected the end of the line, not '2' (one key = value or [table] a line; a comment starts with #)"),
                Arguments.of("s = \"C:\\Users\"\n", 1, 8, "\\U needs 8 hexadecimal digits"),
                Arguments.of("s = \"a\\qb\"\n", 1, 7, "\\q is not an escape: write \\\\ for a backslash (escapes are "
                        + "\\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)"),
                Arguments.of("n = 9223372036854775808\n", 1, 5, "'9223372036854775808' is too large for a whole number (64 bits)"),
                Arguments.of("d = 2026-02-30\n", 1, 5, "2026-02-30 is not a date in the calendar"),
                Arguments.of("t = 25:00:00\n", 1, 5, "25:00:00 is not a time of day (00:00:00 to 23:59:59)"),
                Arguments.of("a = " + "[".repeat(101) + "\n", 1, 105, "arrays or inline tables nested more than 100 deep"));
    }

    @ParameterizedTest
    @MethodSource("faults")
    @DisplayName("text that is not TOML is refused at the line and column of its first fault, saying what is wrong")
    void faultsNamedWhereTheyAre(String text, int line, int column, String problem) {
        TomlSyntaxError error = assertThrows(TomlSyntaxError.class, () -> TomlReader.read(text));
        assertEquals(List.of(line, column, problem), List.of(error.line(), error.column(), error.problem()));
    }
}
