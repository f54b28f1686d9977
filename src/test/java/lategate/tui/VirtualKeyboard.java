package lategate.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.time.Duration;

/** Keys into a kiosk on a virtual terminal, as a person or a keyboard-wedge scanner sends them. */
final class VirtualKeyboard {

    private final DefaultVirtualTerminal vt;
    private final KioskTerminal terminal;
    private final KioskScreensTest.MovableClock clock;

    VirtualKeyboard(DefaultVirtualTerminal vt, KioskTerminal terminal, KioskScreensTest.MovableClock clock) {
        this.vt = vt;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** Keys as a person presses them: a little apart, so none is taken for a scanner. */
    void press(String text) throws IOException {
        for (char c : text.toCharArray()) {
            vt.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
            settle();
        }
    }

    void key(KeyType type) throws IOException {
        vt.addInput(new KeyStroke(type));
        settle();
    }

    private void settle() throws IOException {
        terminal.pump();
        clock.advance(Duration.ofMillis(200));
        terminal.pump();
    }

    /** A whole code and Enter at once, as a keyboard-wedge scanner (or a fast typist) sends it. */
    void burst(String code) throws IOException {
        for (char c : code.toCharArray()) {
            vt.addInput(new KeyStroke(c, false, false));
        }
        vt.addInput(new KeyStroke(KeyType.Enter));
        terminal.pump();
    }
}
