package lategate.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The screen a kiosk shows instead of starting when the disk or the file system will not take
 * writes (full, mounted read-only, a read-only file, the wrong user). Unlike the damaged database's
 * screen it offers no backup: the file is sound, and restoring one would lose the day's scans.
 */
public final class StorageRefusedScreen {

    /** What the screen says: its heading, the database and the refusal in words with what to do. */
    public record Notice(String heading, String database, String problem) {
        public Notice {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final Notice notice;
    private final int exitFunctionKey;

    public StorageRefusedScreen(Notice notice, int exitFunctionKey) {
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
        Canvas c = new Canvas(screen.newTextGraphics(), screen.getTerminalSize());
        int width = Math.max(20, c.width() - 3);
        List<String> lines = new ArrayList<>();
        lines.add("Database: " + notice.database());
        lines.addAll(HeldNotice.wrapped("What is wrong: " + notice.problem(), width, 6));
        lines.add("");
        lines.addAll(HeldNotice.wrapped("The register is not damaged: do not restore a backup, which would lose "
                + "today's scans. No pupil can sign in here until this is put right; then start the kiosk again.",
                width, 3));
        HeldNotice.lines(c, " " + notice.heading() + " ", lines, exitFunctionKey);
        screen.refresh(Screen.RefreshType.COMPLETE);
    }
}
