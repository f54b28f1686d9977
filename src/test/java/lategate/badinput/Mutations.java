package lategate.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Damage done to a real file's text, one small change at a time, as a person or a bad disk might. */
final class Mutations {

    private Mutations() {
    }

    /** One to five changes: a line deleted or doubled, a value changed, random bytes put in, the end cut off. */
    static Arbitrary<byte[]> of(String original) {
        Arbitrary<Change> change = Arbitraries.oneOf(
                Arbitraries.integers().greaterOrEqual(0).map(Mutations::deleteLine),
                Arbitraries.integers().greaterOrEqual(0).map(Mutations::doubleLine),
                Combinators.combine(Arbitraries.integers().greaterOrEqual(0), values()).as(Mutations::changeValue),
                Combinators.combine(Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(6)).as(Mutations::insertBytes),
                Arbitraries.integers().greaterOrEqual(0).map(Mutations::truncate));
        return change.list().ofMinSize(1).ofMaxSize(5).map(changes -> {
            byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
            for (Change c : changes) {
                bytes = c.apply(bytes);
            }
            return bytes;
        });
    }

    /** Values someone might type where another belongs. */
    static Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of("", "\"\"", "-1", "0", "99999999999999999999", "1e400", "true",
                        "\"25:61\"", "\"2026-02-30\"", "\"9:00\"", "[]", "{}", "\"\\u0000\"", "\"Europe/Nowhere\"",
                        "\"é\"", "=cmd|' /C calc'!A0", "yes", "no", "maybe", ",", "\"", "NaN", "-0"),
                Arbitraries.strings().ofMaxLength(12));
    }

    interface Change {
        byte[] apply(byte[] bytes);
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static Change deleteLine(int at) {
        return bytes -> {
            List<String> lines = lines(bytes);
            lines.remove(at % lines.size());
            return join(lines);
        };
    }

    private static Change doubleLine(int at) {
        return bytes -> {
            List<String> lines = lines(bytes);
            int i = at % lines.size();
            lines.add(i, lines.get(i));
            return join(lines);
        };
    }

    /** Replaces what follows the first '=' or ',' on a line. */
    private static Change changeValue(int at, String value) {
        return bytes -> {
            List<String> lines = lines(bytes);
            int i = at % lines.size();
            String line = lines.get(i);
            int eq = line.indexOf('=');
            int comma = line.indexOf(',');
            int cut = eq >= 0 ? eq + 1 : comma >= 0 ? comma + 1 : 0;
            int end = eq < 0 && comma >= 0 && line.indexOf(',', cut) >= 0 ? line.indexOf(',', cut) : line.length();
            lines.set(i, line.substring(0, cut) + (eq >= 0 ? " " : "") + value + line.substring(end));
            return join(lines);
        };
    }

    private static Change insertBytes(int at, byte[] inserted) {
        return bytes -> {
            int i = at % (bytes.length + 1);
            byte[] result = new byte[bytes.length + inserted.length];
            System.arraycopy(bytes, 0, result, 0, i);
            System.arraycopy(inserted, 0, result, i, inserted.length);
            System.arraycopy(bytes, i, result, i + inserted.length, bytes.length - i);
            return result;
        };
    }

    private static Change truncate(int at) {
        return bytes -> Arrays.copyOf(bytes, at % (bytes.length + 1));
    }
}
