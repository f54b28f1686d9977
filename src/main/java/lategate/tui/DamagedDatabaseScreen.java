package lategate.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The screen a kiosk shows instead of starting when its database is damaged: for staff, in words,
 * what is wrong, that nothing was changed, the newest backups and the exact command that restores
 * one. It stays until staff press the exit key or Ctrl-C, so a restart on a loop never hides it.
 */
public final class DamagedDatabaseScreen {

    /**
     * What the screen says: the database, SQLite's finding, a heading for the backups (where they
     * were looked for, or why there are none), one line per backup, and the restore command's lines.
     */
    public record Notice(String database, String problem, String backupsHeading, List<String> backups,
                         List<String> restore) {
        public Notice {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(backupsHeading, "backupsHeading");
            backups = List.copyOf(backups);
            restore = List.copyOf(restore);
        }
    }

    private final Notice notice;
    private final int exitFunctionKey;

    public DamagedDatabaseScreen(Notice notice, int exitFunctionKey) {
        this.notice = notice;
        this.exitFunctionKey = exitFunctionKey;
    }

    /** Shows the notice until the exit key, Ctrl-C or the terminal closing; always restores the terminal. */
    public void show(Terminal terminal) throws IOException, InterruptedException {
        HeldNotice.show(terminal, exitFunctionKey, this::draw);
    }

    /** Draws the notice; public for tests on a virtual terminal. */
    public void draw(Screen screen) throws IOException {
        screen.clear();
        TerminalSize size = screen.getTerminalSize();
        Canvas c = new Canvas(screen.newTextGraphics(), size);
        int width = Math.max(20, c.width() - 3);
        List<String> lines = new ArrayList<>();
        lines.add("Database: " + notice.database());
        lines.addAll(wrapped("What is wrong: " + notice.problem(), width, 3));
        lines.addAll(wrapped("Nothing was changed: the file is as it was found. No pupil can sign in here "
                + "until it is restored.", width, 2));
        lines.add("");
        lines.addAll(wrapped(notice.backupsHeading(), width, 2));
        for (String backup : notice.backups()) {
            lines.add("  " + backup);
        }
        if (!notice.restore().isEmpty()) {
            lines.add("");
            lines.addAll(wrapped("To restore the newest backup, run as the kiosk's user (another console will do):",
                    width, 2));
            for (int i = 0; i < notice.restore().size(); i++) {
                String indent = i == 0 ? "  " : "      "; // the command's first line, then its continuations
                lines.addAll(wrapped(notice.restore().get(i), width - indent.length(), 4).stream()
                        .map(l -> indent + l).toList());
            }
            lines.addAll(wrapped("The damaged file is kept beside the database as .replaced-TIME. Then "
                    + "start the kiosk again.", width, 2));
        }
        HeldNotice.lines(c, " THE REGISTER DATABASE IS DAMAGED: THE KIOSK CANNOT START ", lines, exitFunctionKey);
        screen.refresh(Screen.RefreshType.COMPLETE);
    }

    private static List<String> wrapped(String text, int width, int most) {
        return HeldNotice.wrapped(text, width, most);
    }
}
