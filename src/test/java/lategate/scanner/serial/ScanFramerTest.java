package lategate.scanner.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;
import lategate.settings.ScannerSettings.Terminator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Byte-level framing of one scanner's stream, byte by byte and instant by instant, with no port. */
class ScanFramerTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:57:00Z");
    private static final Duration SILENCE = ScanFramer.SILENCE;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<KioskInput> feed(ScanFramer framer, String text, Instant at) {
        byte[] bytes = ascii(text);
        return framer.bytes(bytes, bytes.length, at);
    }

    private static KioskInput scan(String code, Instant at) {
        return new KioskInput.Scan(new ScanInput(code, at, "late gate"));
    }

    @Test
    @DisplayName("a code ended by CR, LF or CRLF is one scan, stamped when its first byte arrived")
    void eachTerminator() {
        for (Terminator t : Terminator.values()) {
            ScanFramer framer = new ScanFramer("late gate", t, SILENCE);
            String end = new String(t.bytes(), StandardCharsets.ISO_8859_1);
            assertEquals(List.of(), feed(framer, "DEMO", T0), t.name());
            assertEquals(List.of(scan("DEMO0002", T0)), feed(framer, "0002" + end, T0.plusMillis(9)), t.name());
        }
    }

    @Test
    @DisplayName("a CRLF terminator split between two reads still ends the code")
    void terminatorSplitAcrossReads() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CRLF, SILENCE);
        assertEquals(List.of(), feed(framer, "DEMO0002\r", T0));
        assertEquals(List.of(scan("DEMO0002", T0)), feed(framer, "\n", T0.plusMillis(2)));
    }

    @Test
    @DisplayName("codes back to back in one read come out as that many scans, in order, none merged")
    void backToBack() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        assertEquals(List.of(scan("A001", T0), scan("A002", T0), scan("A003", T0)), feed(framer, "A001\rA002\rA003\r", T0));
    }

    @Test
    @DisplayName("garbage bytes (a wrong baud rate) are a fault showing the bytes escaped, never a scan")
    void garbage() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        byte[] bytes = {(byte) 0x8F, 'D', (byte) 0xFE, 0x00, '\\', '\r'};
        assertEquals(List.of(new KioskInput.ScanFault("late gate", ScanFramer.GARBAGE, "\\x8FD\\xFE\\x00\\\\", T0)),
                framer.bytes(bytes, bytes.length, T0));
        assertEquals(List.of(scan("DEMO0003", T0.plusSeconds(1))), feed(framer, "DEMO0003\r", T0.plusSeconds(1)));
    }

    @Test
    @DisplayName("a wrong baud rate garbles the terminator too: garbage ended by silence is still garbage")
    void garbageWithoutTerminator() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        byte[] bytes = {(byte) 0xC3, (byte) 0x9F, 0x7F};
        assertEquals(List.of(), framer.bytes(bytes, bytes.length, T0));
        assertEquals(List.of(), framer.quiet(T0.plus(SILENCE).minusMillis(1)));
        assertEquals(List.of(new KioskInput.ScanFault("late gate", ScanFramer.GARBAGE, "\\xC3\\x9F\\x7F", T0)),
                framer.quiet(T0.plus(SILENCE)));
    }

    @Test
    @DisplayName("a scan longer than any badge is refused at once, the rest up to the terminator discarded, and the next scan is read")
    void tooLong() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CRLF, SILENCE);
        String longRun = "X".repeat(ScanFramer.MAX_LENGTH + 50);
        List<KioskInput> out = feed(framer, longRun + "\r\nDEMO0004\r\n", T0);
        assertEquals(2, out.size(), out.toString());
        KioskInput.ScanFault fault = (KioskInput.ScanFault) out.get(0);
        assertEquals(ScanFramer.TOO_LONG, fault.what());
        assertEquals("X".repeat(ScanFramer.MAX_LENGTH) + "…", fault.raw());
        assertEquals(scan("DEMO0004", T0), out.get(1));
    }

    @Test
    @DisplayName("a code of exactly the longest badge length is a scan; one more character is refused")
    void longestBadge() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CRLF, SILENCE);
        String longest = "Y".repeat(ScanFramer.MAX_LENGTH);
        assertEquals(List.of(scan(longest, T0)), feed(framer, longest + "\r\n", T0));
        List<KioskInput> over = feed(framer, longest + "Y\r\n", T0);
        assertEquals(1, over.size(), over.toString());
        assertEquals(ScanFramer.TOO_LONG, ((KioskInput.ScanFault) over.get(0)).what());
    }

    @Test
    @DisplayName("a too-long run that ends in silence, not a terminator, does not swallow the next scan")
    void tooLongThenSilence() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        assertEquals(1, feed(framer, "Z".repeat(ScanFramer.MAX_LENGTH + 10), T0).size());
        assertEquals(List.of(), framer.quiet(T0.plus(SILENCE)));
        Instant next = T0.plusSeconds(2);
        assertEquals(List.of(scan("DEMO0005", next)), feed(framer, "DEMO0005\r", next));
    }

    @Test
    @DisplayName("part of a code and then silence past the gap is a partial scan; the next code reads whole")
    void partial() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        assertEquals(List.of(), feed(framer, "DEMO00", T0));
        assertEquals(List.of(), feed(framer, "0", T0.plusMillis(100)));
        assertEquals(List.of(), framer.quiet(T0.plusMillis(100).plus(SILENCE).minusMillis(1)),
                "the gap counts from the last byte");
        assertEquals(List.of(new KioskInput.ScanFault("late gate", ScanFramer.PARTIAL, "DEMO000", T0)),
                framer.quiet(T0.plusMillis(100).plus(SILENCE)));
        Instant next = T0.plusSeconds(1);
        assertEquals(List.of(scan("DEMO0006", next)), feed(framer, "DEMO0006\r", next));
    }

    @Test
    @DisplayName("a scanner unplugged mid-code leaves a partial scan")
    void lostMidCode() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        feed(framer, "DEM", T0);
        assertEquals(List.of(new KioskInput.ScanFault("late gate", ScanFramer.PARTIAL, "DEM", T0)), framer.lost());
        assertEquals(List.of(), framer.lost());
    }

    @Test
    @DisplayName("a scanner sending CR LF where the settings say CR reads every code, with no faults between")
    void crlfWhereCrIsSet() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        List<KioskInput> out = new ArrayList<>(feed(framer, "DEMO0007\r\nDEMO0008\r\n", T0));
        out.addAll(framer.quiet(T0.plusSeconds(1)));
        assertEquals(List.of(scan("DEMO0007", T0), scan("DEMO0008", T0)), out);
    }

    @Test
    @DisplayName("a line ending the settings do not name, inside or after a code, is a fault that says to set the terminator")
    void wrongLineEnding() {
        ScanFramer lf = new ScanFramer("late gate", Terminator.LF, SILENCE);
        assertEquals(List.of(new KioskInput.ScanFault("late gate", ScanFramer.WRONG_ENDING, "DEMO0009\\r", T0)),
                feed(lf, "DEMO0009\r\n", T0));
        ScanFramer crlf = new ScanFramer("late gate", Terminator.CRLF, SILENCE);
        feed(crlf, "DEMO0010\r", T0);
        List<KioskInput> out = crlf.quiet(T0.plus(SILENCE));
        assertEquals(List.of(new KioskInput.ScanFault("late gate", ScanFramer.WRONG_ENDING, "DEMO0010\\r", T0)), out);
        assertTrue(ScanFramer.WRONG_ENDING.contains("terminator"), ScanFramer.WRONG_ENDING);
    }

    @Test
    @DisplayName("a terminator alone is nothing at all")
    void emptyLine() {
        ScanFramer framer = new ScanFramer("late gate", Terminator.CR, SILENCE);
        assertEquals(List.of(), feed(framer, "\r\r", T0));
        assertEquals(List.of(), framer.quiet(T0.plusSeconds(1)));
    }
}
