package lategate.cli;

import java.time.Instant;
import lategate.domain.staff.StaffMember;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteStaff;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** --staff USERNAME: who does this, signing in with their PIN (typed, never on the command line). */
final class StaffOption {

    @Option(names = "--staff", paramLabel = "USERNAME",
            description = "Your staff username; you type your PIN when asked (or give it on standard input).")
    String username;

    StaffMember signIn(CommandSpec spec, Database database, Settings settings, Instant now) {
        return StaffLogin.signedIn(spec, Main.pinsOf(spec), "--staff", username, new SqliteStaff(database), settings,
                now, "this is recorded with who did it");
    }
}
