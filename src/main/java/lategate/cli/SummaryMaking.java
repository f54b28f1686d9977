package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import lategate.app.sync.Summaries;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteChainHeads;
import lategate.store.SqliteDayRecords;
import lategate.store.SqliteOutbox;
import lategate.store.SqliteSessionRecords;
import lategate.sync.SummaryJson;

/** The summaries service wired to one database, for `summary` and `sync`. */
final class SummaryMaking {

    private SummaryMaking() {
    }

    /** Entries are resolved at {@code clock}'s now, as every other view resolves them. */
    static Summaries summaries(Settings settings, Database database, SqliteOutbox outbox, Clock clock) {
        return new Summaries(settings.school().id(), new SqliteDayRecords(database, settings.school().zone()),
                SqliteSessionRecords.entries(settings.school(), database, clock), outbox, new SummaryJson(),
                new SqliteChainHeads(database));
    }

    static void report(PrintWriter out, List<Summaries.Made> made) {
        for (Summaries.Made m : made) {
            if (m instanceof Summaries.Made.NewVersion n) {
                out.println("Made the summary of " + n.date() + ", version " + n.entry().key().version()
                        + (n.entry().key().version() > 1 ? " (something about that day changed)" : "") + ".");
            }
        }
    }
}
