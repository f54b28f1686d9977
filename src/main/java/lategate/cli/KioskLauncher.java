package lategate.cli;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import lategate.app.PinHash;
import lategate.app.SignIn;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.tui.KioskFlow;
import lategate.tui.KioskTerminal;
import lategate.tui.KioskTimings;

/** Starts the kiosk full screen on this process's terminal, for `kiosk` and `demo`. */
final class KioskLauncher {

    private KioskLauncher() {
    }

    /** A clock that starts at {@code start} (school time) and runs on, for demos and training. */
    static Clock startingAt(Clock real, Instant start, ZoneId zone) {
        return Clock.offset(real, Duration.between(real.instant(), start)).withZone(zone);
    }

    static void run(Settings settings, Path db, String kioskId, Clock clock) throws Exception {
        PinHash exitPin = settings.kiosk().exitPin().orElseThrow(() -> new BadInputException(
                "the kiosk needs a staff exit PIN: run 'lategate pin-hash' and put the line it prints under [kiosk] as "
                        + "exit_pin_hash in the school's settings file"));
        if (System.console() == null) {
            throw new BadInputException("the kiosk needs a terminal to run in (standard input and output are not one)");
        }
        try (Database database = Database.open(db)) {
            database.belongsTo(settings.school().id());
            SqliteRegisterLog register = new SqliteRegisterLog(database, settings.school().zone());
            SignIn signIn = new SignIn(settings.school(), new SqlitePupils(database), register, clock);
            KioskFlow flow = new KioskFlow(settings.school(), signIn, register, kioskId,
                    new KioskTimings(settings.kiosk().messageFor(), settings.kiosk().reasonTimeout(),
                            Duration.ofSeconds(30)), exitPin);
            // UTF-8 whatever the locale (under LANG=C Java would draw borders as 'lqqk'); Ctrl-C trapped.
            UnixTerminal terminal = new UnixTerminal(System.in, System.out, StandardCharsets.UTF_8,
                    UnixLikeTerminal.CtrlCBehaviour.TRAP);
            new KioskTerminal(terminal, flow, clock, settings.kiosk().exitFunctionKey(), kioskId).run();
        }
    }
}
