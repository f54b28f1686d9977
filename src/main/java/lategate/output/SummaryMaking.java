package lategate.output;

import java.io.PrintWriter;
import java.util.List;
import lategate.app.sync.Summaries;

/** What making the daily summaries made, in words, for `summary` and `sync`. */
public final class SummaryMaking {

    private SummaryMaking() {
    }

    public static void report(PrintWriter out, List<Summaries.Made> made) {
        for (Summaries.Made m : made) {
            if (m instanceof Summaries.Made.NewVersion n) {
                out.println("Made the summary of " + n.date() + ", version " + n.entry().key().version()
                        + (n.entry().key().version() > 1 ? " (something about that day changed)" : "") + ".");
            }
        }
    }
}
