package lategate.settings.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * lategate's own TOML reader against tomlj, the reader it replaced: the same values, the same line
 * for every key and array element, and the same documents refused. Source: TOML 1.0.0
 * (https://toml.io/en/v1.0.0) and its examples; docs/settings.md.
 */
class TomlReaderAgreesWithTomljTest {

    private static List<Path> filesUnder(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
        }
    }

    private static void sameReading(String name, String text) {
        String tomlj = BothReaders.tomlj(text);
        String ours = BothReaders.ours(text);
        if (BothReaders.refused(tomlj)) {
            assertTrue(BothReaders.refused(ours), name + ": tomlj refuses it (" + tomlj + "), ours read it");
        } else {
            assertEquals(tomlj, ours, name);
        }
    }

    @Test
    @DisplayName("every shipped school's settings read the same, value for value and line for line")
    void shippedSettingsReadTheSame() throws IOException {
        List<Path> files = filesUnder("config");
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(BothReaders.refused(BothReaders.tomlj(text)), file.toString());
            sameReading(file.toString(), text);
        }
    }

    @Test
    @DisplayName("every settings file among the test resources reads the same")
    void testResourcesReadTheSame() throws IOException {
        List<Path> files = filesUnder("src/test/resources");
        assertFalse(files.isEmpty());
        for (Path file : files) {
            sameReading(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("every indented snippet in the docs reads the same, or is refused by both")
    void docsSnippetsReadTheSame() throws IOException {
        int toml = 0;
        try (Stream<Path> pages = Files.list(Path.of("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String snippet : indentedBlocks(Files.readString(page, StandardCharsets.UTF_8))) {
                    sameReading(page + ":\n" + snippet, snippet);
                    if (!BothReaders.refused(BothReaders.tomlj(snippet)) && !snippet.isBlank()) {
                        toml++;
                    }
                }
            }
        }
        assertTrue(toml >= 10, "the docs show settings snippets; found " + toml);
    }

    /** Each run of lines indented four spaces or more, as Markdown shows code, with that indent taken off. */
    static List<String> indentedBlocks(String page) {
        List<String> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int indent = Integer.MAX_VALUE;
        for (String line : (page + "\n\n").split("\n", -1)) {
            int spaces = line.length() - line.stripLeading().length();
            if (!line.isBlank() && spaces >= 4) {
                block.add(line);
                indent = Math.min(indent, spaces);
            } else if (!block.isEmpty() && !line.isBlank()) {
                // a paragraph line ends the block
                blocks.add(dedent(block, indent));
                block.clear();
                indent = Integer.MAX_VALUE;
            } else if (!block.isEmpty()) {
                block.add("");
            }
        }
        if (!block.isEmpty()) {
            blocks.add(dedent(block, indent));
        }
        return blocks;
    }

    private static String dedent(List<String> lines, int indent) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.length() >= indent ? line.substring(indent) : "").append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    static Stream<Arguments> validDocuments() {
        return Stream.of(
                Arguments.of("bare, quoted and literal keys", "key = 1\nbare_key-2 = 2\n\"127.0.0.1\" = 3\n"
                        + "\"character encoding\" = 4\n'key2' = 5\n'quoted \"value\"' = 6\n\"\" = 7\n"),
                Arguments.of("dotted keys", "name = \"Orange\"\nphysical.color = \"orange\"\nphysical.shape = \"round\"\n"
                        + "site.\"google.com\" = true\n fruit . flavor = 'banana'\n3.14159 = \"pi\"\n"),
                Arguments.of("escapes", "s = \"tab\\t nl\\n cr\\r bs\\b ff\\f q\\\" back\\\\ \\u00E9 \\U0001F600 \\u0000\"\n"),
                Arguments.of("multi-line basic with line-ending backslashes",
                        "s = \"\"\"\nRoses are red\nViolets are blue\"\"\"\nt = \"\"\"\\\n  The quick \\\n\n  brown \\   \n  fox.\\\n  \"\"\"\n"),
                Arguments.of("quotes inside multi-line strings", "a = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"\n"
                        + "b = \"\"\"Here are three: \"\"\\\".\"\"\"\nc = \"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\"\n"
                        + "d = '''''a'''''\ne = \"\"\"a\"\"\"\"\"\n"),
                Arguments.of("literal strings", "winpath = 'C:\\Users\\nodejs\\templates'\nquoted = 'Tom \"Dubs\" Preston-Werner'\n"
                        + "regex = '<\\i\\c*\\s*>'\nlines = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\n"),
                Arguments.of("integers", "a = +99\nb = 42\nc = 0\nd = -17\ne = 1_000\nf = 5_349_221\ng = 1_2_3_4_5\n"
                        + "h = 0xDEADBEEF\ni = 0xdeadbeef\nj = 0xdead_beef\nk = 0o01234567\nl = 0o755\nm = 0b11010110\n"
                        + "n = 9223372036854775807\no = -9223372036854775808\np = -0\nq = +0\n"),
                Arguments.of("floats", "a = +1.0\nb = 3.1415\nc = -0.01\nd = 5e+22\ne = 1e06\nf = -2E-2\ng = 6.626e-34\n"
                        + "h = 224_617.445_991_228\ni = inf\nj = +inf\nk = -inf\nl = nan\nm = +nan\nn = -nan\no = -0.0\np = +0.0\n"
                        + "q = 0.0001\nr = 1e-300\n"),
                Arguments.of("booleans", "a = true\nb = false\n"),
                Arguments.of("dates and times", "odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\n"
                        + "odt3 = 1979-05-27T00:32:00.999999-07:00\nodt4 = 1979-05-27 07:32:00Z\nodt5 = 1979-05-27t07:32:00z\n"
                        + "ldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27T00:32:00.999999\nld1 = 1979-05-27\n"
                        + "lt1 = 07:32:00\nlt2 = 00:32:00.999999\nleap = 2024-02-29\nodt6 = 2026-09-01T08:45:00+01:00\n"),
                Arguments.of("arrays", "integers = [ 1, 2, 3 ]\ncolors = [ \"red\", \"yellow\", \"green\" ]\n"
                        + "nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]\nnested_mixed_array = [ [ 1, 2 ], [\"a\", \"b\", \"c\"] ]\n"
                        + "string_array = [ \"all\", 'strings', \"\"\"are the same\"\"\", '''type''' ]\n"
                        + "numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]\n"
                        + "contributors = [\n  \"Foo Bar <foo@example.com>\",\n  { name = \"Baz Qux\", email = \"bazqux@example.com\", url = \"https://example.com/bazqux\" }\n]\n"
                        + "integers2 = [\n  1, 2, 3\n]\nintegers3 = [\n  1,\n  2, # this is ok\n]\nempty = [ ]\ncomments = [ # a\n # b\n 1 # c\n , # d\n 2 ]\n"),
                Arguments.of("tables", "[table-1]\nkey1 = \"some string\"\nkey2 = 123\n\n[table-2]\nkey1 = \"another string\"\nkey2 = 456\n"
                        + "[dog.\"tater.man\"]\ntype.name = \"pug\"\n[a.b.c]\n[ d.e.f ]\n[ g .  h  . i ]\n[ j . \"ʞ\" . 'l' ]\n"),
                Arguments.of("a super-table defined after its sub-table", "# [x] you\n# [x.y] don't\n# [x.y.z] need these\n"
                        + "[x.y.z.w] # for this to work\n\n[x] # defining a super-table afterward is ok\nk = 1\n"),
                Arguments.of("sub-tables added through dotted keys", "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n\n"
                        + "[fruit.apple.texture]  # you can add sub-tables\nsmooth = true\n"),
                Arguments.of("root keys before tables, tables in any order", "name = \"Fido\"\nbreed = \"pug\"\n\n[owner]\nname = \"Regina Dogman\"\n"
                        + "member_since = 1999-08-04\n[fruit.apple]\n[animal]\n[fruit.orange]\n"),
                Arguments.of("inline tables", "name = { first = \"Tom\", last = \"Preston-Werner\" }\npoint = { x = 1, y = 2 }\n"
                        + "animal = { type.name = \"pug\" }\nempty = {}\nnested = { a = { b = [1, {c = 2}] } }\n"
                        + "multi = { list = [\n 1,\n 2\n] }\n"),
                Arguments.of("arrays of tables", "[[products]]\nname = \"Hammer\"\nsku = 738594937\n\n[[products]]  # empty table within the array\n\n"
                        + "[[products]]\nname = \"Nail\"\nsku = 284758393\n\ncolor = \"gray\"\n"),
                Arguments.of("nested arrays of tables", "[[fruits]]\nname = \"apple\"\n\n[fruits.physical]  # subtable\ncolor = \"red\"\n"
                        + "shape = \"round\"\n\n[[fruits.varieties]]  # nested array of tables\nname = \"red delicious\"\n\n"
                        + "[[fruits.varieties]]\nname = \"granny smith\"\n\n\n[[fruits]]\nname = \"banana\"\n\n[[fruits.varieties]]\nname = \"plantain\"\n"),
                Arguments.of("comments, blank lines and Windows line ends", "# comment\r\na = 1 # end\r\n\r\n\t [t] \t# x\r\nb = \"x\" \r\n"
                        + "c = \"\"\"\r\nline\r\n\"\"\"\r\n# last, with no newline"),
                Arguments.of("unicode in strings and comments", "# ünïcödé ✓\ns = \"Zoë, Nguyễn, 😀\"\nl = 'ẞ'\n\"ключ\" = 1\n"),
                Arguments.of("no spaces anywhere", "a=1\nb=\"x\"\nc=[1,2]\nd={e=1,f=2}\n[g]\nh=true\n[[i]]\nj=1979-05-27\n"),
                Arguments.of("an empty document", ""),
                Arguments.of("only comments", "# nothing\n\n   # here\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDocuments")
    @DisplayName("TOML 1.0's own examples read the same as tomlj reads them")
    void specExamplesReadTheSame(String name, String text) {
        String tomlj = BothReaders.tomlj(text);
        assertFalse(BothReaders.refused(tomlj), tomlj);
        assertEquals(tomlj, BothReaders.ours(text), name);
    }

    /** Documents TOML 1.0 refuses, after toml-test's invalid cases; each is refused by both readers. */
    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of("a key with no value", "a = \n"),
                Arguments.of("a key with no value at the end of the file", "a ="),
                Arguments.of("a key with no =", "a\n"),
                Arguments.of("a key and a value with no =", "a 1\n"),
                Arguments.of("no key before =", "= 1\n"),
                Arguments.of("two keys on a line", "a = 1 b = 2\n"),
                Arguments.of("a key split by a newline", "a\n= 1\n"),
                Arguments.of("a bare key with a space", "a b = 1\n"),
                Arguments.of("a bare key with a non-ASCII letter", "é = 1\n"),
                Arguments.of("a multi-line key", "\"\"\"a\"\"\" = 1\n"),
                Arguments.of("an empty dotted part", "a..b = 1\n"),
                Arguments.of("a duplicate key", "a = 1\na = 2\n"),
                Arguments.of("a duplicate key, quoted", "a = 1\n\"a\" = 2\n"),
                Arguments.of("a duplicate dotted key", "a.b = 1\na.b = 2\n"),
                Arguments.of("a value over a dotted table", "a.b = 1\na = 2\n"),
                Arguments.of("a dotted key through a value", "a = 1\na.b = 2\n"),
                Arguments.of("a table defined twice", "[a]\n[a]\n"),
                Arguments.of("a table defined twice, quoted", "[a]\n[\"a\"]\n"),
                Arguments.of("a table defined twice after a sub-table", "[a]\n[a.b]\n[a]\n"),
                Arguments.of("a table over a value", "a = 1\n[a]\n"),
                Arguments.of("a table through a value", "a = 1\n[a.b]\n"),
                Arguments.of("a table over a dotted table", "a.b = 1\n[a]\n"),
                Arguments.of("a dotted table defined again by a header", "[fruit]\napple.color = \"red\"\n[fruit.apple]\n"),
                Arguments.of("a dotted table's sub-table defined by a header", "[fruit]\napple.taste.sweet = true\n[fruit.apple.taste]\n"),
                Arguments.of("dotted keys adding to a table defined by a header", "[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n"),
                Arguments.of("dotted keys adding to an implicit table", "[a.b.c.d]\nz = 9\n[a]\nb.c.d.k.t = 1\n"),
                Arguments.of("a table over an inline table", "a = {}\n[a]\n"),
                Arguments.of("an inline table extended by a dotted key", "a = { b = 1 }\na.c = 2\n"),
                Arguments.of("an inline table over its own dotted key", "a = { b = 1, b.c = 2 }\n"),
                Arguments.of("a duplicate key in an inline table", "a = { b = 1, b = 2 }\n"),
                Arguments.of("an inline table across lines", "a = { b = 1,\nc = 2 }\n"),
                Arguments.of("an inline table with a trailing comma", "a = { b = 1, }\n"),
                Arguments.of("an inline table with no comma", "a = { b = 1 c = 2 }\n"),
                Arguments.of("an inline table left open", "a = { b = 1\n"),
                Arguments.of("an inline table with a comment inside", "a = { b = 1 # no\n}\n"),
                Arguments.of("a table over an array", "a = [1]\n[a]\n"),
                Arguments.of("an array of tables over an array", "a = []\n[[a]]\n"),
                Arguments.of("an array of tables over an array of inline tables", "a = [{ b = 1 }]\n[[a]]\n"),
                Arguments.of("a table over an array of tables", "[[a]]\n[a]\n"),
                Arguments.of("an array of tables over a table", "[a]\n[[a]]\n"),
                Arguments.of("an array of tables over a value", "a = 1\n[[a]]\n"),
                Arguments.of("a header left open", "[a\nb = 1\n"),
                Arguments.of("an array-of-tables header half closed", "[[a]\n"),
                Arguments.of("an array-of-tables header with a space between brackets", "[[a] ]\n"),
                Arguments.of("an empty header", "[]\n"),
                Arguments.of("text after a header", "[a] b = 1\n"),
                Arguments.of("an array with no comma", "a = [1 2]\n"),
                Arguments.of("an array with only a comma", "a = [,]\n"),
                Arguments.of("an array with two commas", "a = [1,,2]\n"),
                Arguments.of("an array left open", "a = [1, 2\n"),
                Arguments.of("an array left open at the end", "a = ["),
                Arguments.of("a string left open", "a = \"abc\n"),
                Arguments.of("a string left open at the end", "a = \"abc"),
                Arguments.of("a literal string left open", "a = 'abc\n"),
                Arguments.of("a multi-line string left open", "a = \"\"\"abc\n"),
                Arguments.of("a multi-line literal string left open", "a = '''abc\n"),
                Arguments.of("six quotes closing a multi-line string", "a = \"\"\"a\"\"\"\"\"\"\n"),
                Arguments.of("an unknown escape", "a = \"\\x41\"\n"),
                Arguments.of("an escaped space", "a = \"a\\ b\"\n"),
                Arguments.of("a short unicode escape", "a = \"\\u12\"\n"),
                Arguments.of("a unicode escape of a surrogate", "a = \"\\uD800\"\n"),
                Arguments.of("a unicode escape past the last code point", "a = \"\\U00110000\"\n"),
                Arguments.of("a backslash with spaces but no newline in a multi-line string", "a = \"\"\"a\\  b\"\"\"\n"),
                Arguments.of("a control character in a string", "a = \"a\u0001b\"\n"),
                Arguments.of("a null in a string", "a = \"a\u0000b\"\n"),
                Arguments.of("a control character in a literal string", "a = 'a\u0008b'\n"),
                Arguments.of("a control character in a multi-line string", "a = \"\"\"a\u001fb\"\"\"\n"),
                Arguments.of("a control character in a multi-line literal string", "a = '''a\u000bb'''\n"),
                Arguments.of("a control character in a comment", "# a\u0001b\na = 1\n"),
                Arguments.of("a lone carriage return", "a = 1\rb = 2\n"),
                Arguments.of("a carriage return in a string", "a = \"a\rb\"\n"),
                Arguments.of("a leading zero", "a = 01\n"),
                Arguments.of("a leading zero with a sign", "a = +01\n"),
                Arguments.of("a double underscore", "a = 1__2\n"),
                Arguments.of("a leading underscore", "a = _1\n"),
                Arguments.of("a trailing underscore", "a = 1_\n"),
                Arguments.of("an underscore after a prefix", "a = 0x_1\n"),
                Arguments.of("a sign on a hexadecimal", "a = +0x1\n"),
                Arguments.of("an upper-case prefix", "a = 0X1\n"),
                Arguments.of("a hexadecimal with no digits", "a = 0x\n"),
                Arguments.of("an octal digit out of range", "a = 0o8\n"),
                Arguments.of("a binary digit out of range", "a = 0b2\n"),
                Arguments.of("an integer too large", "a = 9223372036854775808\n"),
                Arguments.of("an integer too small", "a = -9223372036854775809\n"),
                Arguments.of("a point with no fraction", "a = 1.\n"),
                Arguments.of("a point with no whole part", "a = .1\n"),
                Arguments.of("a point before the exponent", "a = 1.e2\n"),
                Arguments.of("an exponent with no digits", "a = 1e\n"),
                Arguments.of("a point in the exponent", "a = 1e2.5\n"),
                Arguments.of("a leading zero in a float", "a = 03.14\n"),
                Arguments.of("an underscore by the point", "a = 1_.5\n"),
                Arguments.of("a float too large", "a = 1e1000\n"),
                Arguments.of("infinity in capitals", "a = Inf\n"),
                Arguments.of("not-a-number in capitals", "a = NaN\n"),
                Arguments.of("true in capitals", "a = True\n"),
                Arguments.of("a misspelt false", "a = fals\n"),
                Arguments.of("true with letters after it", "a = truely\n"),
                Arguments.of("a bare word", "a = hello\n"),
                Arguments.of("a time without seconds", "a = 07:32\n"),
                Arguments.of("a time in text's place, half quoted", "taken = 08:45\"\n"),
                Arguments.of("a date-time without seconds", "a = 1979-05-27T07:32\n"),
                Arguments.of("a date with a one-digit month", "a = 1979-5-27\n"),
                Arguments.of("a date not in the calendar", "a = 2021-02-29\n"),
                Arguments.of("a thirteenth month", "a = 2021-13-01\n"),
                Arguments.of("an hour past 23", "a = 24:00:00\n"),
                Arguments.of("a minute past 59", "a = 07:60:00\n"),
                Arguments.of("a leap second", "a = 1979-05-27T07:32:60Z\n"),
                Arguments.of("a fraction with no digits", "a = 07:32:00.\n"),
                Arguments.of("an offset without minutes", "a = 1979-05-27T07:32:00+07\n"),
                Arguments.of("text after a value", "a = 1 x\n"),
                Arguments.of("text after a string", "a = \"x\" y\n"),
                Arguments.of("a value with no key in an array", "a = [b = 1]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    @DisplayName("what TOML 1.0 refuses, both readers refuse")
    void bothRefuse(String name, String text) {
        String tomlj = BothReaders.tomlj(text);
        String ours = BothReaders.ours(text);
        assertTrue(BothReaders.refused(tomlj), "tomlj reads it: " + tomlj);
        assertTrue(BothReaders.refused(ours), "ours reads it: " + ours);
    }

    /**
     * Where tomlj strays from TOML 1.0, lategate's reader follows the specification: an inline
     * table is "fully self-contained" (toml.io, "Inline Table"), a date or time may close an array
     * or inline table with no space before ] or }, -00:45 is 45 minutes behind UTC, and finer than a nanosecond is
     * "truncated, not rounded" (toml.io, "Offset Date-Time").
     */
    @Test
    @DisplayName("where tomlj strays from TOML 1.0, ours follows the specification")
    void specificationOverTomlj() throws TomlSyntaxError {
        String subTableOfInline = "a = { b = 1 }\n[a.c]\n";
        assertFalse(BothReaders.refused(BothReaders.tomlj(subTableOfInline)));
        assertEquals("refused line 2, column 1: a is already an inline table (line 1), so it cannot hold [a.c]",
                BothReaders.ours(subTableOfInline));

        for (String dateBeforeAClose : List.of("a = { b = 1979-05-27T07:32:00Z }\n".replace(" }", "}"),
                "a = [07:32:00]\nb = 1\n", "a = { b = [1979-05-27] }\n")) {
            assertTrue(BothReaders.refused(BothReaders.tomlj(dateBeforeAClose)), dateBeforeAClose);
            assertFalse(BothReaders.refused(BothReaders.ours(dateBeforeAClose)), dateBeforeAClose);
        }

        String negativeOffsetUnderAnHour = "t = 2089-11-17T07:28:00-00:45\n";
        assertTrue(BothReaders.tomlj(negativeOffsetUnderAnHour).contains("+00:45"));
        assertEquals(java.time.ZoneOffset.ofHoursMinutes(0, -45),
                ((java.time.OffsetDateTime) TomlReader.read(negativeOffsetUnderAnHour).get("t")).getOffset());

        String finerThanNanoseconds = "t = 07:32:00.1234567891\n";
        assertTrue(BothReaders.refused(BothReaders.tomlj(finerThanNanoseconds)));
        assertEquals(java.time.LocalTime.of(7, 32, 0, 123_456_789), TomlReader.read(finerThanNanoseconds).get("t"));
    }
}
