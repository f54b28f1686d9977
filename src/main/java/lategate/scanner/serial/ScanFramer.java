package lategate.scanner.serial;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.scanner.WedgeKeyAssembler;
import lategate.settings.ScannerSettings;

/**
 * Turns the bytes one serial scanner sends into whole scans, each stamped with the instant its first
 * byte arrived, and into faults when what arrives cannot be a badge: bytes that are not printable
 * ASCII (a wrong baud rate garbles every byte, the terminator too), a run longer than any badge
 * (discarded up to the next terminator), and part of a code followed by silence. A framed code is
 * passed on as it came: a repeated or dropped character, or two codes run together, is caught by the
 * badge's own check, where every scanner's codes meet. A line ending other than the terminator is a
 * fault, except left over between codes (a scanner sending CR LF where the settings say CR): that one
 * hides no code, so it is let go.
 *
 * <p>No I/O and no clock: the reader gives it bytes and instants, so it is tested byte by byte.
 */
final class ScanFramer {

    /** Silence after which bytes without a terminator are a partial scan: a scanner sends a code in one go. */
    static final Duration SILENCE = Duration.ofMillis(250);
    static final int MAX_LENGTH = WedgeKeyAssembler.MAX_SCAN_LENGTH;

    static final String GARBAGE = "sent bytes that are not a badge code (are its baud rate, data bits, parity and "
            + "stop bits in the settings what the scanner uses?)";
    static final String WRONG_ENDING = "sent a line ending the settings do not expect (set terminator to what the "
            + "scanner sends after each code: CR, LF or CRLF)";
    static final String TOO_LONG = "sent more than " + MAX_LENGTH + " characters without an end, longer than any "
            + "badge: discarded up to the next end of a code";
    static final String PARTIAL = "sent part of a code and then nothing: the end of the code never came";

    private final String source;
    private final byte[] terminator;
    private final Duration silence;
    private final byte[] held;
    private int count;
    private boolean discarding;
    private int terminatorMatched;
    private Instant firstAt;
    private Instant lastAt;

    ScanFramer(String source, ScannerSettings.Terminator terminator, Duration silence) {
        this.source = Objects.requireNonNull(source, "source");
        this.terminator = terminator.bytes();
        this.silence = Objects.requireNonNull(silence, "silence");
        this.held = new byte[MAX_LENGTH + this.terminator.length];
    }

    /** {@code length} bytes of {@code data} arrived at {@code at}. */
    List<KioskInput> bytes(byte[] data, int length, Instant at) {
        List<KioskInput> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            take(data[i], at, out);
        }
        return out;
    }

    /** Nothing arrived up to {@code now}: bytes held past the silence were a partial scan. */
    List<KioskInput> quiet(Instant now) {
        List<KioskInput> out = new ArrayList<>();
        if ((count > 0 || discarding) && !now.isBefore(lastAt.plus(silence))) {
            endWithoutTerminator(out);
        }
        return out;
    }

    /** The port went away: bytes held are a partial scan, and the next byte starts afresh. */
    List<KioskInput> lost() {
        List<KioskInput> out = new ArrayList<>();
        endWithoutTerminator(out);
        return out;
    }

    private void take(byte b, Instant at, List<KioskInput> out) {
        lastAt = at;
        if (discarding) {
            terminatorMatched = advance(terminatorMatched, b);
            if (terminatorMatched == terminator.length) {
                discarding = false;
                terminatorMatched = 0;
            }
            return;
        }
        if (count == 0) {
            if ((b == '\r' || b == '\n') && b != terminator[0]) {
                return; // the rest of a CR LF where the settings say CR: between codes, it hides nothing
            }
            firstAt = at;
        }
        held[count++] = b;
        if (endsWithTerminator()) {
            frame(count - terminator.length, out);
            count = 0;
        } else if (count == held.length) {
            // Full and still no terminator: the code is longer than any badge, whatever comes next.
            out.add(fault(TOO_LONG, EscapedBytes.of(held, 0, MAX_LENGTH) + "…"));
            terminatorMatched = 0;
            for (int i = count - terminator.length + 1; i < count; i++) {
                terminatorMatched = advance(terminatorMatched, held[i]);
            }
            count = 0;
            discarding = true;
        }
    }

    /** How much of the terminator has arrived after byte {@code b}, given {@code matched} before it. */
    private int advance(int matched, byte b) {
        if (b == terminator[matched]) {
            return matched + 1;
        }
        return b == terminator[0] ? 1 : 0;
    }

    private boolean endsWithTerminator() {
        if (count < terminator.length) {
            return false;
        }
        for (int i = 0; i < terminator.length; i++) {
            if (held[count - terminator.length + i] != terminator[i]) {
                return false;
            }
        }
        return true;
    }

    private void frame(int length, List<KioskInput> out) {
        if (length == 0) {
            return; // a terminator alone (a scanner's blank line) carries no code and hides none
        }
        Problem problem = problemIn(length);
        if (problem == Problem.NONE) {
            out.add(new KioskInput.Scan(new ScanInput(new String(held, 0, length, StandardCharsets.US_ASCII),
                    firstAt, source)));
        } else {
            out.add(fault(problem == Problem.LINE_ENDING ? WRONG_ENDING : GARBAGE, EscapedBytes.of(held, 0, length)));
        }
    }

    private void endWithoutTerminator(List<KioskInput> out) {
        if (count > 0) {
            Problem problem = problemIn(count);
            String what = problem == Problem.GARBAGE ? GARBAGE : problem == Problem.LINE_ENDING ? WRONG_ENDING : PARTIAL;
            out.add(fault(what, EscapedBytes.of(held, 0, count)));
        }
        count = 0;
        discarding = false; // a long run, already reported, ended in silence: the next scan starts clean
        terminatorMatched = 0;
    }

    private enum Problem { NONE, LINE_ENDING, GARBAGE }

    /** Printable bytes only is a code; CR or LF among them is a terminator the settings do not name. */
    private Problem problemIn(int length) {
        Problem found = Problem.NONE;
        for (int i = 0; i < length; i++) {
            byte b = held[i];
            if (b == '\r' || b == '\n') {
                found = Problem.LINE_ENDING;
            } else if (!EscapedBytes.printable(b)) {
                return Problem.GARBAGE;
            }
        }
        return found;
    }

    private KioskInput.ScanFault fault(String what, String raw) {
        return new KioskInput.ScanFault(source, what, raw, firstAt);
    }
}
