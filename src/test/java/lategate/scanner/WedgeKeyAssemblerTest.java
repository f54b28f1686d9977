package lategate.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Telling a keyboard-wedge scan from a key a pupil presses. */
class WedgeKeyAssemblerTest {

    private final WedgeKeyAssembler wedge = new WedgeKeyAssembler("keyboard");
    private final Instant t0 = Instant.parse("2026-11-23T08:50:00Z");

    private List<KioskInput> type(String text, Instant at) {
        List<KioskInput> out = new ArrayList<>();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                out.addAll(wedge.key(KioskInput.Key.ENTER, at));
            } else {
                wedge.character(c, at);
            }
        }
        return out;
    }

    @Test
    @DisplayName("a code and Enter typed at once is one scan, stamped with its first character's instant")
    void codeAndEnterIsAScan() {
        wedge.character('D', t0);
        type("EMO0001", t0.plusMillis(3));
        List<KioskInput> out = wedge.key(KioskInput.Key.ENTER, t0.plusMillis(5));
        assertEquals(List.of(new KioskInput.Scan(new ScanInput("DEMO0001", t0, "keyboard"))), out);
    }

    @Test
    @DisplayName("sixty codes back to back come out as sixty scans, in order, none merged or split")
    void burstOfSixty() {
        StringBuilder burst = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            burst.append(String.format("DEMO%04d\n", i));
        }
        List<KioskInput> out = type(burst.toString(), t0);
        assertEquals(60, out.size());
        for (int i = 0; i < 60; i++) {
            assertEquals(String.format("DEMO%04d", i + 1), ((KioskInput.Scan) out.get(i)).scan().code());
        }
    }

    @Test
    @DisplayName("a single digit with nothing after it is a key press once the quiet gap has passed")
    void lonelyDigitIsAKey() {
        wedge.character('2', t0);
        assertTrue(wedge.tick(t0.plusMillis(50)).isEmpty(), "still waiting: a scanner may be mid-code");
        assertEquals(List.of(new KioskInput.Typed('2')), wedge.tick(t0.plus(WedgeKeyAssembler.QUIET)));
    }

    @Test
    @DisplayName("a digit then Enter is a key and Enter, not a badge")
    void digitAndEnterIsNotAScan() {
        wedge.character('3', t0);
        assertEquals(List.of(new KioskInput.Typed('3'), new KioskInput.Special(KioskInput.Key.ENTER)),
                wedge.key(KioskInput.Key.ENTER, t0.plusMillis(10)));
    }

    @Test
    @DisplayName("an arrow key releases held characters as typed keys first")
    void arrowReleasesHeldKeys() {
        wedge.character('1', t0);
        assertEquals(List.of(new KioskInput.Typed('1'), new KioskInput.Special(KioskInput.Key.DOWN)),
                wedge.key(KioskInput.Key.DOWN, t0.plusMillis(10)));
    }

    @Test
    @DisplayName("a number pressed 70 ms before a scan is a key, not the first character of the badge")
    void keyJustBeforeAScanIsNotGlued() {
        assertTrue(wedge.character('2', t0).isEmpty());
        List<KioskInput> released = wedge.character('D', t0.plusMillis(70));
        assertEquals(List.of(new KioskInput.Typed('2')), released);
        type("EMO0195", t0.plusMillis(72));
        assertEquals(List.of(new KioskInput.Scan(new ScanInput("DEMO0195", t0.plusMillis(70), "keyboard"))),
                wedge.key(KioskInput.Key.ENTER, t0.plusMillis(75)));
    }
}
