package lategate.settings.toml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import lategate.settings.toml.TomlTable.Origin;

/**
 * Reads a TOML 1.0 document (https://toml.io/en/v1.0.0) into a {@link TomlTable} that keeps the
 * line of every key and every array element, so a settings problem can be given as
 * {@code FILE:LINE: KEY: message}. It stops at the first place the text is not TOML and says
 * where (line and column) and what is wrong.
 *
 * <p>Hand-written, in one pass over the characters, because every command and the kiosk read
 * their settings on the way to doing anything: a generated parser's start-up (hundreds of classes
 * and its tables built on first use) cost more than the rest of reading the settings together.
 */
public final class TomlReader {

    /**
     * Arrays and inline tables nested deeper than this are refused at their line and column. The
     * reader recurses once a level, so a 1,000-deep array would otherwise overflow its stack; this
     * is the only guard (no pass over the text before it), and school settings need 2 levels.
     */
    static final int MAX_NESTING = 100;

    private final String text;
    /** The text's characters, indexed directly: cheaper than charAt while the code still runs interpreted. */
    private final char[] chars;
    private final int limit;
    private int pos;
    /** A cursor for {@link #lineAt}: positions are asked for mostly in order, so lines are counted once. */
    private int countedTo;
    private int countedLine = 1;
    private int depth;

    private TomlReader(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        this.limit = chars.length;
    }

    /** The document's root table, or the first place the text is not TOML. */
    public static TomlTable read(String text) throws TomlSyntaxError {
        return new TomlReader(text).document();
    }

    private TomlTable document() throws TomlSyntaxError {
        TomlTable root = new TomlTable(Origin.HEADER);
        TomlTable current = root;
        if (text.startsWith("\uFEFF")) {
            pos = 1; // a byte-order mark some editors write; not part of the document
        }
        while (true) {
            skipSpaces();
            if (pos >= limit) {
                return root;
            }
            char c = chars[pos];
            if (c == '[') {
                current = header(root);
            } else if (c != '#' && c != '\n' && c != '\r') {
                keyValue(current, false);
            }
            endOfLine();
        }
    }

    // ---- tables -------------------------------------------------------------------------------

    /** A [table] or [[array of tables]] header: the table the lines after it fill. */
    private TomlTable header(TomlTable root) throws TomlSyntaxError {
        int start = pos;
        int line = lineAt(start);
        boolean ofTables = text.startsWith("[[", pos);
        pos += ofTables ? 2 : 1;
        skipSpaces();
        List<String> keys = key();
        skipSpaces();
        if (ofTables ? !text.startsWith("]]", pos) : !text.startsWith("]", pos)) {
            throw error(pos, "expected " + (ofTables ? "]]" : "]") + " to close the header " + (ofTables ? "[[" : "[")
                    + dotted(keys, keys.size()));
        }
        pos += ofTables ? 2 : 1;
        TomlTable table = root;
        for (int i = 0; i < keys.size() - 1; i++) {
            String key = keys.get(i);
            Object value = table.get(key);
            if (value == null) {
                TomlTable created = new TomlTable(Origin.IMPLICIT);
                table.put(key, created, line);
                table = created;
            } else if (value instanceof TomlTable t && t.origin != Origin.INLINE) {
                table = t;
            } else if (value instanceof TomlArray a && a.ofTables) {
                table = (TomlTable) a.get(a.size() - 1);
            } else {
                throw error(start, dotted(keys, i + 1) + " is already " + what(value) + " (line "
                        + table.lineOf(key) + "), so it cannot hold [" + dotted(keys, keys.size()) + "]");
            }
        }
        String last = keys.get(keys.size() - 1);
        Object value = table.get(last);
        String name = dotted(keys, keys.size());
        if (ofTables) {
            TomlTable element = new TomlTable(Origin.HEADER);
            if (value == null) {
                TomlArray array = new TomlArray(true);
                array.add(element, line);
                table.put(last, array, line);
            } else if (value instanceof TomlArray a && a.ofTables) {
                a.add(element, line);
            } else {
                throw error(start, name + " is already " + what(value) + " (line " + table.lineOf(last)
                        + "): [[" + name + "]] cannot add to it");
            }
            return element;
        }
        if (value == null) {
            TomlTable created = new TomlTable(Origin.HEADER);
            table.put(last, created, line);
            return created;
        }
        if (value instanceof TomlTable t && t.origin == Origin.IMPLICIT) {
            t.origin = Origin.HEADER;
            table.moveTo(last, line);
            return t;
        }
        throw error(start, "[" + name + "] is already defined as " + what(value) + " at line " + table.lineOf(last)
                + ": a table is written once");
    }

    /** key = value, into {@code table}; a dotted key creates (or adds to) the tables it names on the way. */
    private void keyValue(TomlTable table, boolean inline) throws TomlSyntaxError {
        int start = pos;
        int line = lineAt(start);
        List<String> keys = key();
        skipSpaces();
        if (pos >= limit || chars[pos] != '=') {
            throw error(pos, "expected = after the key " + dotted(keys, keys.size())
                    + (pos >= limit || isNewline(pos) ? ": a key needs a value" : ""));
        }
        pos++;
        skipSpaces();
        TomlTable into = table;
        for (int i = 0; i < keys.size() - 1; i++) {
            String key = keys.get(i);
            Object value = into.get(key);
            if (value == null) {
                TomlTable created = new TomlTable(Origin.DOTTED);
                into.put(key, created, line);
                into = created;
            } else if (value instanceof TomlTable t && t.origin == Origin.DOTTED) {
                into = t;
            } else {
                throw error(start, dotted(keys, i + 1) + " is already " + what(value) + " (line " + into.lineOf(key)
                        + "): a dotted key cannot add " + dotted(keys, keys.size()) + " to it");
            }
        }
        if (pos >= limit || isNewline(pos) || (!inline && chars[pos] == '#')) {
            throw error(pos, "the key " + dotted(keys, keys.size()) + " has no value after =");
        }
        String last = keys.get(keys.size() - 1);
        if (into.contains(last)) {
            throw error(start, "duplicate key " + dotted(keys, keys.size()) + ": already set at line "
                    + into.lineOf(last));
        }
        Object value = value();
        into.put(last, value, line);
    }

    private static String what(Object value) {
        if (value instanceof TomlTable t) {
            return t.origin == Origin.INLINE ? "an inline table" : "a table";
        }
        if (value instanceof TomlArray a) {
            return a.ofTables ? "an array of tables" : "an array";
        }
        return "a value";
    }

    private static String dotted(List<String> keys, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append('.');
            }
            String key = keys.get(i);
            out.append(isBare(key) ? key : "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return out.toString();
    }

    private static boolean isBare(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!isBareKeyChar(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- keys ---------------------------------------------------------------------------------

    /** A key, dotted or not: bare, "basic" or 'literal' parts joined by dots. */
    private List<String> key() throws TomlSyntaxError {
        List<String> keys = new ArrayList<>(2);
        while (true) {
            keys.add(simpleKey());
            skipSpaces();
            if (pos < limit && chars[pos] == '.') {
                pos++;
                skipSpaces();
            } else {
                return keys;
            }
        }
    }

    private String simpleKey() throws TomlSyntaxError {
        if (pos >= limit) {
            throw error(pos, "expected a key at the end of the file");
        }
        char c = chars[pos];
        if (c == '"') {
            if (text.startsWith("\"\"\"", pos)) {
                throw error(pos, "a key cannot be a multi-line string");
            }
            return basicString();
        }
        if (c == '\'') {
            if (text.startsWith("'''", pos)) {
                throw error(pos, "a key cannot be a multi-line string");
            }
            return literalString();
        }
        int start = pos;
        while (pos < limit && isBareKeyChar(chars[pos])) {
            pos++;
        }
        if (pos == start) {
            throw error(pos, "expected a key (letters, digits, _ and -, or a quoted key), not " + shown(pos));
        }
        return text.substring(start, pos);
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    // ---- values -------------------------------------------------------------------------------

    private Object value() throws TomlSyntaxError {
        if (pos >= limit) {
            throw error(pos, "expected a value at the end of the file");
        }
        char c = chars[pos];
        switch (c) {
            case '"':
                return text.startsWith("\"\"\"", pos) ? multiLineBasicString() : basicString();
            case '\'':
                return text.startsWith("'''", pos) ? multiLineLiteralString() : literalString();
            case '[':
                return array();
            case '{':
                return inlineTable();
            case 't':
                return word("true", Boolean.TRUE);
            case 'f':
                return word("false", Boolean.FALSE);
            default:
                if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == 'i' || c == 'n') {
                    return numberOrDate();
                }
                if (Character.isLetter(c)) {
                    int end = pos;
                    while (end < limit && isBareKeyChar(chars[end])) {
                        end++;
                    }
                    String word = text.substring(pos, Math.max(end, pos + 1));
                    throw error(pos, "'" + word + "' is not a value: text goes in quotes, e.g. \"" + word + "\"");
                }
                throw error(pos, "expected a value (text in quotes, a number, true or false, a date or time, "
                        + "[an array] or {an inline table}), not " + shown(pos));
        }
    }

    private Object word(String word, Object value) throws TomlSyntaxError {
        if (!text.startsWith(word, pos) || (pos + word.length() < limit
                && isBareKeyChar(chars[pos + word.length()]))) {
            int end = pos;
            while (end < limit && isBareKeyChar(chars[end])) {
                end++;
            }
            String found = text.substring(pos, end);
            throw error(pos, "'" + found + "' is not a value: true and false are written in lower case, "
                    + "text goes in quotes, e.g. \"" + found + "\"");
        }
        pos += word.length();
        return value;
    }

    private TomlArray array() throws TomlSyntaxError {
        int open = pos;
        nest(open);
        pos++;
        TomlArray array = new TomlArray(false);
        while (true) {
            skipBlank();
            if (pos >= limit) {
                throw error(open, "the array opened here is not closed with ]");
            }
            if (chars[pos] == ']') {
                pos++;
                depth--;
                return array;
            }
            if (chars[pos] == ',') {
                throw error(pos, "expected a value before ,");
            }
            int line = lineAt(pos);
            array.add(value(), line);
            skipBlank();
            if (pos < limit && chars[pos] == ',') {
                pos++;
            } else if (pos < limit && chars[pos] == ']') {
                pos++;
                depth--;
                return array;
            } else if (pos >= limit) {
                throw error(open, "the array opened here is not closed with ]");
            } else {
                throw error(pos, "expected , or ] after an array's value, not " + shown(pos));
            }
        }
    }

    private TomlTable inlineTable() throws TomlSyntaxError {
        int open = pos;
        nest(open);
        pos++;
        TomlTable table = new TomlTable(Origin.INLINE);
        skipSpaces();
        if (pos < limit && chars[pos] == '}') {
            pos++;
            depth--;
            return table;
        }
        while (true) {
            skipSpaces();
            if (pos >= limit || isNewline(pos)) {
                throw error(pos, "an inline table { ... } must be closed with } on the line it starts");
            }
            if (chars[pos] == '}') {
                throw error(pos, "an inline table has no , after its last key = value");
            }
            keyValue(table, true);
            skipSpaces();
            if (pos >= limit || isNewline(pos)) {
                throw error(pos, "an inline table { ... } must be closed with } on the line it starts");
            }
            char c = chars[pos];
            pos++;
            if (c == '}') {
                depth--;
                return table;
            }
            if (c != ',') {
                throw error(pos - 1, "expected , or } after an inline table's key = value, not " + shown(pos - 1));
            }
        }
    }

    private void nest(int at) throws TomlSyntaxError {
        if (++depth > MAX_NESTING) {
            throw error(at, "arrays or inline tables nested more than " + MAX_NESTING + " deep");
        }
    }

    // ---- strings ------------------------------------------------------------------------------

    private String basicString() throws TomlSyntaxError {
        int open = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= limit || isNewline(pos)) {
                throw error(open, "text opened with \" is not closed with \" on the same line "
                        + "(use \"\"\" for text on several lines)");
            }
            char c = chars[pos];
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                checkAllowed(pos, false);
                out.append(c);
                pos++;
            }
        }
    }

    private String multiLineBasicString() throws TomlSyntaxError {
        int open = pos;
        pos += 3;
        skipNewline();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= limit) {
                throw error(open, "text opened with \"\"\" is not closed with \"\"\"");
            }
            char c = chars[pos];
            if (c == '"') {
                if (closesMultiLine(out, '"')) {
                    return out.toString();
                }
                continue;
            }
            if (c == '\\') {
                int after = pos + 1;
                while (after < limit && (chars[after] == ' ' || chars[after] == '\t')) {
                    after++;
                }
                if (after < limit && isNewline(after)) {
                    // A line-ending backslash: the newline and the blanks after it are not part of the text.
                    pos = after;
                    skipBlankLines();
                } else {
                    escape(out);
                }
            } else if (isNewline(pos)) {
                // A Windows line end is read as \n, as TOML 1.0 lets a reader do, so text is the same on every machine.
                pos += c == '\r' ? 2 : 1;
                out.append('\n');
            } else {
                checkAllowed(pos, false);
                out.append(c);
                pos++;
            }
        }
    }

    private String literalString() throws TomlSyntaxError {
        int open = pos;
        pos++;
        int start = pos;
        while (true) {
            if (pos >= limit || isNewline(pos)) {
                throw error(open, "text opened with ' is not closed with ' on the same line "
                        + "(use ''' for text on several lines)");
            }
            if (chars[pos] == '\'') {
                pos++;
                return text.substring(start, pos - 1);
            }
            checkAllowed(pos, false);
            pos++;
        }
    }

    private String multiLineLiteralString() throws TomlSyntaxError {
        int open = pos;
        pos += 3;
        skipNewline();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= limit) {
                throw error(open, "text opened with ''' is not closed with '''");
            }
            char c = chars[pos];
            if (c == '\'') {
                if (closesMultiLine(out, '\'')) {
                    return out.toString();
                }
                continue;
            }
            if (isNewline(pos)) {
                pos += c == '\r' ? 2 : 1;
                out.append('\n');
            } else {
                checkAllowed(pos, false);
                out.append(c);
                pos++;
            }
        }
    }

    /**
     * At a quote inside a multi-line string: a run of three closes it, and up to two more before
     * those three belong to the text ("""a"""" is a"); a lone quote or two are text.
     */
    private boolean closesMultiLine(StringBuilder out, char quote) throws TomlSyntaxError {
        int run = 0;
        while (pos + run < limit && chars[pos + run] == quote) {
            run++;
        }
        if (run < 3) {
            out.append(String.valueOf(quote).repeat(run));
            pos += run;
            return false;
        }
        if (run > 5) {
            throw error(pos + 5, "too many " + quote + " in a row: write a quote inside the text as "
                    + (quote == '"' ? "\\\"" : "part of a \"\"\" string"));
        }
        out.append(String.valueOf(quote).repeat(run - 3));
        pos += run;
        return true;
    }

    private void escape(StringBuilder out) throws TomlSyntaxError {
        int at = pos;
        pos++;
        if (pos >= limit) {
            throw error(at, "a \\ at the end of the file");
        }
        char c = chars[pos];
        pos++;
        switch (c) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> out.appendCodePoint(unicode(at, 4));
            case 'U' -> out.appendCodePoint(unicode(at, 8));
            default -> throw error(at, "\\" + (c < ' ' || c == 0x7F ? "" : String.valueOf(c))
                    + " is not an escape: write \\\\ for a backslash (escapes are \\b \\t \\n \\f \\r \\\" \\\\ "
                    + "\\uXXXX \\UXXXXXXXX)");
        }
    }

    private int unicode(int at, int digits) throws TomlSyntaxError {
        if (pos + digits > limit) {
            throw error(at, "\\" + (digits == 4 ? "u" : "U") + " needs " + digits + " hexadecimal digits");
        }
        int code = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(chars[pos + i], 16);
            if (digit < 0) {
                throw error(at, "\\" + (digits == 4 ? "u" : "U") + " needs " + digits + " hexadecimal digits");
            }
            code = code * 16 + digit;
            if (code > Character.MAX_CODE_POINT) {
                break;
            }
        }
        if (code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
            throw error(at, text.substring(at, pos + digits) + " is not a Unicode character");
        }
        pos += digits;
        return code;
    }

    // ---- numbers, dates and times -------------------------------------------------------------

    private Object numberOrDate() throws TomlSyntaxError {
        int start = pos;
        if (isDigits(start, 4) && charIs(start + 4, '-')) {
            return dateOrDateTime(start);
        }
        if (isDigits(start, 2) && charIs(start + 2, ':')) {
            LocalTime time = time(start);
            return time;
        }
        int end = start;
        while (end < limit && isNumberChar(chars[end])) {
            end++;
        }
        String token = text.substring(start, end);
        pos = end;
        Object number = number(token);
        if (number == null && !token.isEmpty() && Character.isLetter(token.charAt(0))) {
            throw error(start, "'" + token + "' is not a value: text goes in quotes, e.g. \"" + token + "\"");
        }
        if (number == null) {
            throw error(start, "'" + token + "' is not a number"
                    + (token.isEmpty() ? "" : " (TOML numbers: 42, -7, 1_000, 0x1F, 0o17, 0b101, 3.14, 1e6, inf, nan)"));
        }
        return number;
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '+'
                || c == '-' || c == '.';
    }

    /** The token's number, or null if it is no TOML integer or float. */
    private Object number(String token) throws TomlSyntaxError {
        int i = 0;
        boolean signed = !token.isEmpty() && (token.charAt(0) == '+' || token.charAt(0) == '-');
        if (signed) {
            i = 1;
        }
        String rest = token.substring(i);
        if (rest.equals("inf")) {
            return token.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (!signed && rest.length() > 2 && rest.charAt(0) == '0' && "xob".indexOf(rest.charAt(1)) >= 0) {
            int radix = rest.charAt(1) == 'x' ? 16 : rest.charAt(1) == 'o' ? 8 : 2;
            String digits = grouped(rest, 2, rest.length(), radix);
            if (digits == null) {
                return null;
            }
            try {
                return Long.parseLong(digits, radix);
            } catch (NumberFormatException e) {
                throw error(pos - token.length(), "'" + token + "' is too large for a whole number (64 bits)");
            }
        }
        // A decimal: integer part, then an optional .fraction and an optional exponent.
        int end = rest.length();
        int dot = rest.indexOf('.');
        int exp = Math.max(rest.indexOf('e'), rest.indexOf('E'));
        int intEnd = dot >= 0 ? dot : exp >= 0 ? exp : end;
        String whole = grouped(rest, 0, intEnd, 10);
        if (whole == null || (whole.length() > 1 && whole.charAt(0) == '0')) {
            return null; // TOML refuses leading zeros
        }
        if (dot < 0 && exp < 0) {
            try {
                return Long.parseLong((token.charAt(0) == '-' ? "-" : "") + whole);
            } catch (NumberFormatException e) {
                throw error(pos - token.length(), "'" + token + "' is too large for a whole number (64 bits)");
            }
        }
        StringBuilder decimal = new StringBuilder(token.charAt(0) == '-' ? "-" : "").append(whole);
        if (dot >= 0) {
            if (exp >= 0 && exp < dot) {
                return null;
            }
            String fraction = grouped(rest, dot + 1, exp >= 0 ? exp : end, 10);
            if (fraction == null) {
                return null;
            }
            decimal.append('.').append(fraction);
        }
        if (exp >= 0) {
            int from = exp + 1;
            String sign = "";
            if (from < end && (rest.charAt(from) == '+' || rest.charAt(from) == '-')) {
                sign = String.valueOf(rest.charAt(from));
                from++;
            }
            String power = grouped(rest, from, end, 10);
            if (power == null) {
                return null;
            }
            decimal.append('e').append(sign).append(power);
        }
        double value = Double.parseDouble(decimal.toString());
        if (Double.isInfinite(value)) {
            throw error(pos - token.length(), "'" + token + "' is too large for a decimal number");
        }
        return value;
    }

    /** The digits of {@code s[from, to)} without their underscores, if each _ sits between two digits; else null. */
    private static String grouped(String s, int from, int to, int radix) {
        if (from >= to) {
            return null;
        }
        StringBuilder digits = new StringBuilder(to - from);
        boolean afterDigit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!afterDigit || i + 1 >= to || Character.digit(s.charAt(i + 1), radix) < 0) {
                    return null;
                }
                afterDigit = false;
            } else if (Character.digit(c, radix) >= 0 && c < 0x80) {
                digits.append(c);
                afterDigit = true;
            } else {
                return null;
            }
        }
        return digits.toString();
    }

    private Object dateOrDateTime(int start) throws TomlSyntaxError {
        if (!isDigits(start + 5, 2) || !charIs(start + 7, '-') || !isDigits(start + 8, 2)) {
            throw error(start, "a date is written YYYY-MM-DD, e.g. 2026-09-01");
        }
        LocalDate date;
        try {
            date = LocalDate.of(digits(start, 4), digits(start + 5, 2), digits(start + 8, 2));
        } catch (DateTimeException e) {
            throw error(start, text.substring(start, start + 10) + " is not a date in the calendar");
        }
        pos = start + 10;
        boolean timeFollows = (charIs(pos, 'T') || charIs(pos, 't'))
                || (charIs(pos, ' ') && isDigits(pos + 1, 2) && charIs(pos + 3, ':'));
        if (!timeFollows) {
            return date;
        }
        LocalTime time = time(pos + 1);
        LocalDateTime dateTime = LocalDateTime.of(date, time);
        if (charIs(pos, 'Z') || charIs(pos, 'z')) {
            pos++;
            return OffsetDateTime.of(dateTime, ZoneOffset.UTC);
        }
        if (charIs(pos, '+') || charIs(pos, '-')) {
            int at = pos;
            if (!isDigits(at + 1, 2) || !charIs(at + 3, ':') || !isDigits(at + 4, 2)) {
                throw error(at, "an offset from UTC is written Z, +HH:MM or -HH:MM");
            }
            int hours = digits(at + 1, 2);
            int minutes = digits(at + 4, 2);
            if (hours > 23 || minutes > 59) {
                throw error(at, text.substring(at, at + 6) + " is not an offset from UTC");
            }
            try {
                int sign = chars[at] == '-' ? -1 : 1;
                ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                pos = at + 6;
                return OffsetDateTime.of(dateTime, offset);
            } catch (DateTimeException e) {
                throw error(at, text.substring(at, at + 6) + " is not an offset from UTC (at most 18 hours)");
            }
        }
        return dateTime;
    }

    /** HH:MM:SS with an optional fraction of a second, from {@code start}; leaves pos after it. */
    private LocalTime time(int start) throws TomlSyntaxError {
        if (!isDigits(start, 2) || !charIs(start + 2, ':') || !isDigits(start + 3, 2) || !charIs(start + 5, ':')
                || !isDigits(start + 6, 2)) {
            throw error(start, "a time is written HH:MM:SS, with its seconds, e.g. 08:45:00 (or as text in quotes, "
                    + "e.g. \"08:45\", where the settings ask for one)");
        }
        int hour = digits(start, 2);
        int minute = digits(start + 3, 2);
        int second = digits(start + 6, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw error(start, text.substring(start, start + 8) + " is not a time of day (00:00:00 to 23:59:59)");
        }
        pos = start + 8;
        int nanos = 0;
        if (charIs(pos, '.')) {
            int from = pos + 1;
            int end = from;
            while (end < limit && chars[end] >= '0' && chars[end] <= '9') {
                end++;
            }
            if (end == from) {
                throw error(pos, "a fraction of a second needs digits after the .");
            }
            // Finer than a nanosecond is cut off, not rounded, as TOML 1.0 asks.
            String fraction = (text.substring(from, Math.min(end, from + 9)) + "00000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
            pos = end;
        }
        return LocalTime.of(hour, minute, second, nanos);
    }

    private boolean isDigits(int from, int count) {
        if (from + count > limit) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private int digits(int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (chars[i] - '0');
        }
        return value;
    }

    private boolean charIs(int at, char c) {
        return at < limit && chars[at] == c;
    }

    // ---- blanks, comments and ends of lines ---------------------------------------------------

    private void skipSpaces() {
        while (pos < limit && (chars[pos] == ' ' || chars[pos] == '\t')) {
            pos++;
        }
    }

    /** Inside an array: spaces, newlines and comments, any number of each. */
    private void skipBlank() throws TomlSyntaxError {
        while (pos < limit) {
            char c = chars[pos];
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (isNewline(pos)) {
                pos += c == '\r' ? 2 : 1;
            } else if (c == '#') {
                comment();
            } else {
                return;
            }
        }
    }

    /** After a line-ending backslash: every space and newline up to the next text. */
    private void skipBlankLines() {
        while (pos < limit) {
            char c = chars[pos];
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (isNewline(pos)) {
                pos += c == '\r' ? 2 : 1;
            } else {
                return;
            }
        }
    }

    private void skipNewline() {
        if (pos < limit && isNewline(pos)) {
            pos += chars[pos] == '\r' ? 2 : 1;
        }
    }

    /** A # comment, up to (not including) the end of its line. */
    private void comment() throws TomlSyntaxError {
        pos++;
        while (pos < limit && !isNewline(pos)) {
            checkAllowed(pos, true);
            pos++;
        }
    }

    /** What may follow a key = value or a header on its line: spaces, a comment, then the line's end. */
    private void endOfLine() throws TomlSyntaxError {
        skipSpaces();
        if (pos < limit && chars[pos] == '#') {
            comment();
        }
        if (pos >= limit) {
            return;
        }
        if (!isNewline(pos)) {
            throw error(pos, "expected the end of the line, not " + shown(pos)
                    + " (one key = value or [table] a line; a comment starts with #)");
        }
        pos += chars[pos] == '\r' ? 2 : 1;
    }

    private boolean isNewline(int at) {
        char c = chars[at];
        return c == '\n' || (c == '\r' && at + 1 < limit && chars[at + 1] == '\n');
    }

    /** Control characters other than tab are refused in text and comments (TOML 1.0: they must be escaped). */
    private void checkAllowed(int at, boolean inComment) throws TomlSyntaxError {
        char c = chars[at];
        if ((c < 0x20 && c != '\t') || c == 0x7F) {
            throw error(at, String.format("the control character U+%04X is not allowed %s", (int) c,
                    inComment ? "in a comment" : "in text: write it as an escape, e.g. \\u" + String.format("%04X", (int) c)
                            + ", in \"...\" text"));
        }
    }

    private String shown(int at) {
        if (at >= limit) {
            return "the end of the file";
        }
        char c = chars[at];
        if (isNewline(at)) {
            return "the end of the line";
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format("the control character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    // ---- places -------------------------------------------------------------------------------

    private int lineAt(int at) {
        if (at < countedTo) {
            countedTo = 0;
            countedLine = 1;
        }
        for (; countedTo < at && countedTo < limit; countedTo++) {
            if (chars[countedTo] == '\n') {
                countedLine++;
            }
        }
        return countedLine;
    }

    private TomlSyntaxError error(int at, String problem) {
        int line = lineAt(at);
        int lineStart = at <= 0 ? 0 : text.lastIndexOf('\n', Math.min(at, limit) - 1) + 1;
        return new TomlSyntaxError(line, at - lineStart + 1, problem);
    }
}
