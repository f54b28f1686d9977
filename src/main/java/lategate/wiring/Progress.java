package lategate.wiring;

import java.io.PrintStream;

/**
 * A one-line counter for work that takes more than a second. It draws only when a person is
 * watching (a console), so scripts and CI logs stay quiet.
 */
public final class Progress {

    private final PrintStream terminal;
    private final String label;
    private final long total;
    private long lastDrawn = -1;

    private Progress(PrintStream terminal, String label, long total) {
        this.terminal = terminal;
        this.label = label;
        this.total = total;
    }

    public static Progress start(String label, long total) {
        return new Progress(System.console() != null ? System.err : null, label, total);
    }

    public void advance(long done) {
        if (terminal == null) {
            return;
        }
        long percent = total == 0 ? 100 : done * 100 / total;
        if (percent != lastDrawn) {
            lastDrawn = percent;
            terminal.print("\r" + label + ": " + done + "/" + total + " (" + percent + "%)");
            terminal.flush();
        }
    }

    public void finish() {
        if (terminal != null) {
            terminal.print("\r" + " ".repeat(label.length() + 40) + "\r");
            terminal.flush();
        }
    }
}
