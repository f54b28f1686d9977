package lategate.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A full screen for staff that a kiosk shows instead of starting. It stays until staff press the
 * exit key or Ctrl-C (a pupil's keys do nothing), so a restart on a loop never hides it.
 */
final class HeldNotice {

    /** Draws the notice on a screen, again after each resize. */
    @FunctionalInterface
    interface Drawing {
        void draw(Screen screen) throws IOException;
    }

    private HeldNotice() {
    }

    /** Shows the drawing until the exit key, Ctrl-C or the terminal closing; always restores the terminal. */
    static void show(Terminal terminal, int exitFunctionKey, Drawing drawing) throws IOException, InterruptedException {
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        try {
            drawing.draw(screen);
            while (true) {
                KeyStroke key = screen.pollInput();
                if (key == null) {
                    if (screen.doResizeIfNecessary() != null) {
                        drawing.draw(screen);
                    }
                    Thread.sleep(50);
                    continue;
                }
                if (closes(key, exitFunctionKey)) {
                    return;
                }
            }
        } finally {
            screen.stopScreen();
        }
    }

    private static boolean closes(KeyStroke key, int exitFunctionKey) {
        KeyType type = key.getKeyType();
        return type == KeyType.EOF || type.name().equals("F" + exitFunctionKey)
                || (type == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c');
    }

    /** The heading in reverse video, the lines beneath as far as they fit, and how staff close it at the foot. */
    static void lines(Canvas c, String heading, List<String> lines, int exitFunctionKey) {
        c.left(0, heading, SGR.REVERSE, SGR.BOLD);
        int last = c.height() - 1;
        int row = 2;
        for (String line : lines) {
            if (row >= last - 1) {
                break;
            }
            c.left(row++, line);
        }
        c.left(last, " Staff: press F" + exitFunctionKey + " or Ctrl-C to close this screen. ", SGR.REVERSE);
    }

    /** Words wrapped to the width, long words (paths) cut across lines, at most {@code most} lines. */
    static List<String> wrapped(String text, int width, int most) {
        List<String> out = new ArrayList<>();
        for (String line : Canvas.wrap(text, width)) {
            for (int i = 0; i < line.length(); i += width) {
                out.add(line.substring(i, Math.min(line.length(), i + width)));
            }
        }
        return out.size() <= most ? out : out.subList(0, most);
    }
}
