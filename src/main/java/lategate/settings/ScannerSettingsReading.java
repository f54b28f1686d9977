package lategate.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code [[scanner]]} tables of a settings file: one per serial scanner. Every problem is
 * reported at its own line, and a scanner with any problem is left out (the file is refused anyway).
 * No table at all means the kiosk reads a keyboard-wedge scanner only.
 */
final class ScannerSettingsReading {

    /** The keyboard-wedge input's own name in the scan log: a serial scanner may not take it. */
    static final String KEYBOARD = "keyboard";
    private static final int MAX_NAME = 40;
    private static final Set<String> KEYS = Set.of("name", "port", "baud", "data_bits", "parity", "stop_bits",
            "terminator");

    private ScannerSettingsReading() {
    }

    static List<ScannerSettings> read(Section root) {
        List<ScannerSettings> scanners = new ArrayList<>();
        Map<String, Section> byName = new HashMap<>();
        Map<String, Section> byPort = new HashMap<>();
        for (Section s : root.tables("scanner")) {
            s.allowOnly(KEYS);
            Optional<String> name = s.string("name", true).filter(n -> validName(s, n));
            Optional<String> port = s.string("port", true).filter(p -> validPort(s, p));
            name.ifPresent(n -> once(s, "name", n.toLowerCase(Locale.ROOT), byName,
                    other -> "another scanner (line " + other.line() + ") is already called '" + n
                            + "': each needs a name of its own, since its scans are tagged with it"));
            port.ifPresent(p -> once(s, "port", p, byPort,
                    other -> "the scanner on line " + other.line() + " already reads " + p
                            + ": one port is one scanner"));
            Optional<Integer> baud = baud(s);
            Optional<Integer> dataBits = oneOf(s, "data_bits", ScannerSettings.DEFAULT_DATA_BITS, List.of(7, 8),
                    "a scanner sends letters and digits, which need 7 or 8 data bits (most use 8)");
            Optional<Integer> stopBits = oneOf(s, "stop_bits", ScannerSettings.DEFAULT_STOP_BITS, List.of(1, 2),
                    "most scanners use 1");
            Optional<ScannerSettings.Parity> parity = named(s, "parity", ScannerSettings.Parity.NONE,
                    ScannerSettings.Parity.values(), ScannerSettings.Parity::written, "is not a parity");
            Optional<ScannerSettings.Terminator> terminator = named(s, "terminator", ScannerSettings.Terminator.CR,
                    ScannerSettings.Terminator.values(), ScannerSettings.Terminator::name,
                    "is not what a scanner sends after a code");
            if (name.isPresent() && port.isPresent() && baud.isPresent() && dataBits.isPresent()
                    && stopBits.isPresent() && parity.isPresent() && terminator.isPresent()) {
                scanners.add(new ScannerSettings(name.get(), port.get(), baud.get(), dataBits.get(), parity.get(),
                        stopBits.get(), terminator.get()));
            }
        }
        return List.copyOf(scanners);
    }

    private static boolean validName(Section s, String name) {
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            s.problem("name", "'" + name + "' must be one line of at most " + MAX_NAME
                    + " characters, e.g. \"late gate\"");
            return false;
        }
        if (name.equalsIgnoreCase(KEYBOARD)) {
            s.problem("name", "'" + name + "' is what the scan log calls the keyboard-wedge scanner: give this "
                    + "serial scanner another name, e.g. \"late gate\"");
            return false;
        }
        return true;
    }

    private static boolean validPort(Section s, String port) {
        if (!port.startsWith("/")) {
            s.problem("port", "'" + port + "' must be the port's full path, e.g. \"/dev/ttyACM0\" or a path under "
                    + "/dev/serial/by-id/");
            return false;
        }
        return true;
    }

    /** Reports a value a second scanner repeats, at the second; the first keeps it. */
    private static void once(Section s, String key, String value, Map<String, Section> seen,
                             java.util.function.Function<Section, String> message) {
        Section other = seen.putIfAbsent(value, s);
        if (other != null) {
            s.problem(key, message.apply(other));
        }
    }

    private static Optional<Integer> baud(Section s) {
        List<Integer> rates = ScannerSettings.STANDARD_BAUD_RATES;
        return number(s, "baud", ScannerSettings.DEFAULT_BAUD, rates, n -> n + " is not a standard baud rate: use "
                + "one of " + rates.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " (the scanner's manual says which; most use 9600)");
    }

    private static Optional<Integer> oneOf(Section s, String key, int fallback, List<Integer> allowed, String why) {
        return number(s, key, fallback, allowed, n -> "must be " + allowed.stream().map(String::valueOf)
                .collect(Collectors.joining(" or ")) + ", not " + n + ": " + why);
    }

    /** A whole number that must be one of {@code allowed}; {@code fallback} when the key is left out. */
    private static Optional<Integer> number(Section s, String key, int fallback, List<Integer> allowed,
                                            java.util.function.LongFunction<String> refusal) {
        if (!s.has(key)) {
            return Optional.of(fallback);
        }
        return s.integer(key, true, Long.MIN_VALUE, Long.MAX_VALUE).flatMap(n -> {
            Optional<Integer> found = allowed.stream().filter(a -> a == n.longValue()).findFirst();
            if (found.isEmpty()) {
                s.problem(key, refusal.apply(n));
            }
            return found;
        });
    }

    private static <T> Optional<T> named(Section s, String key, T fallback, T[] values,
                                         java.util.function.Function<T, String> written, String isNot) {
        if (!s.has(key)) {
            return Optional.of(fallback);
        }
        return s.string(key, true).flatMap(text -> {
            for (T value : values) {
                if (written.apply(value).equals(text)) {
                    return Optional.of(value);
                }
            }
            s.problem(key, "'" + text + "' " + isNot + ": use " + java.util.Arrays.stream(values)
                    .map(v -> "\"" + written.apply(v) + "\"").collect(Collectors.joining(", ")));
            return Optional.empty();
        });
    }
}
