package lategate.cli;

import java.util.Optional;
import lategate.store.SqliteOutbox;
import picocli.CommandLine.Option;

/** --kiosk-id for commands that make summaries: the name is fixed by a database's first summary. */
final class SummaryKioskOption {

    @Option(names = "--kiosk-id", paramLabel = "NAME", description = "The kiosk name this database's summaries carry; "
            + "fixed by its first summary (default '" + SqliteOutbox.DEFAULT_KIOSK + "').")
    String kioskId;

    Optional<String> requested() {
        return Optional.ofNullable(kioskId);
    }
}
