package lategate.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lategate.domain.school.School;

/**
 * One state of the kiosk drawn at one size, with every piece of text the renderer put on the
 * screen and where: so a test can say that no two pieces of text land on the same cells (the cause
 * of lines such as "EnPupils: scan your badge as usual.l"), and read the screen as a person would.
 */
final class Drawn {

    /** One piece of text put on the screen: its row, and the columns its visible characters take. */
    record Put(int row, int from, int to, String text) {
    }

    private final List<Put> puts = new ArrayList<>();
    private final TerminalScreen screen;
    private final TerminalSize size;

    private Drawn(TerminalSize size) throws Exception {
        this.size = size;
        this.screen = new TerminalScreen(new DefaultVirtualTerminal(size));
    }

    static Drawn of(School school, KioskState state, int columns, int rows, Instant now) throws Exception {
        Drawn drawn = new Drawn(new TerminalSize(columns, rows));
        TextGraphics real = drawn.screen.newTextGraphics();
        TextGraphics recording = (TextGraphics) Proxy.newProxyInstance(Drawn.class.getClassLoader(),
                new Class<?>[]{TextGraphics.class}, (proxy, method, args) -> {
                    if (method.getName().equals("putString") && args.length == 3 && args[0] instanceof Integer col
                            && args[1] instanceof Integer row && args[2] instanceof String text) {
                        drawn.record(col, row, text);
                    }
                    Object result = method.invoke(real, args);
                    return result == real ? proxy : result;
                });
        new KioskRenderer(school, "reception", lategate.scanner.ScannerMonitor.NONE).draw(recording, drawn.size,
                state, now);
        return drawn;
    }

    private void record(int col, int row, String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == ' ') {
            first++;
        }
        int last = text.length() - 1;
        while (last >= first && text.charAt(last) == ' ') {
            last--;
        }
        if (first <= last) {
            puts.add(new Put(row, col + first, col + last, text));
        }
    }

    /** Pairs of pieces of text that share a cell, on rows from {@code fromRow} down. */
    List<String> overlaps(int fromRow) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < puts.size(); i++) {
            for (int j = i + 1; j < puts.size(); j++) {
                Put a = puts.get(i);
                Put b = puts.get(j);
                if (a.row() == b.row() && a.row() >= fromRow && a.from() <= b.to() && b.from() <= a.to()) {
                    found.add("row " + a.row() + ": '" + a.text().strip() + "' and '" + b.text().strip() + "'");
                }
            }
        }
        return found;
    }

    /** Whether any text was put outside the screen. */
    boolean spills() {
        return puts.stream().anyMatch(p -> p.row() < 0 || p.row() >= size.getRows() || p.to() >= size.getColumns());
    }

    String row(int row) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < size.getColumns(); col++) {
            text.append(screen.getBackCharacter(new TerminalPosition(col, row)).getCharacterString());
        }
        return text.toString();
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            text.append(row(r)).append('\n');
        }
        return text.toString();
    }

    boolean shows(String words) {
        for (int r = 0; r < size.getRows(); r++) {
            if (row(r).contains(words)) {
                return true;
            }
        }
        return false;
    }
}
