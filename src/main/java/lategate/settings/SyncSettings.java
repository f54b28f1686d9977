package lategate.settings;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Where a school's kiosks send their daily summaries, and when.
 *
 * @param target       a folder (an absolute path) or a hub ("postgresql://user@host:port/database"); none means
 *                     summaries wait in the outbox until `lategate sync --to` is run
 * @param summaryAt    when the kiosk makes the day's summary; by default the end of the school day
 * @param automatic    whether the kiosk sends to the target by itself after making a summary
 * @param passwordFile where the hub's password is kept (never in this file, never on a command line)
 */
public record SyncSettings(Optional<String> target, Optional<LocalTime> summaryAt, boolean automatic,
                           Optional<Path> passwordFile) {

    public static final SyncSettings NONE = new SyncSettings(Optional.empty(), Optional.empty(), false,
            Optional.empty());
}
