package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.wiring.SchoolServices;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.DatabaseHealth;
import lategate.store.SqliteBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.kiosk.BackupWords;
import lategate.wiring.BadInputException;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Backs the school's database up into a folder (a USB stick or a local folder) as "
                + "SCHOOL_YYYY-MM-DDTHHMMSS.db, while the kiosk goes on recording. The copy is written under a "
                + "temporary name, forced to disk and checked in full (integrity, school) before it gets its name; "
                + "then only the newest backups of this school are kept ([backup] keep, 14 by default) and older "
                + "ones lategate made are removed. A damaged database is refused, so older, sound backups are "
                + "never rotated away for it. The kiosk makes one by itself each day at [backup] at."},
        footer = {"", "Example:", "  lategate backup --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --to /media/usb/lategate-backups"})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--to", paramLabel = "DIR",
            description = "The folder to back up into; default [backup] folder in the settings.")
    Path to;

    @Override
    public Integer call() throws Exception {
        Settings settings = SchoolSettings.read(school.school.file);
        Path folder = Optional.ofNullable(to).or(() -> settings.backup().folder()).orElseThrow(() ->
                new BadInputException("no backup folder: give --to DIR, or set folder under [backup] in "
                        + school.school.file));
        DatabaseHealth.Report health = DatabaseHealth.quick(school.db);
        if (!health.sound()) {
            throw new BadInputException("the database " + school.db + " cannot be backed up: "
                    + health.problem().get() + "; no backup was made and the backups in " + folder
                    + " stay as they are (lategate restore puts one back)");
        }
        Clock clock = Main.clockOf(spec);
        PrintWriter out = spec.commandLine().getOut();
        SqliteBackups backups = new SqliteBackups(folder, settings.school().id());
        try (SchoolServices services = school.open(settings, clock)) {
            SqliteBackups.Made made = backups.make(services.database(),
                    LocalDateTime.ofInstant(clock.instant(), settings.school().zone()), settings.backup().keep());
            out.println("Backed up to " + made.backup().file() + " (" + BackupWords.size(made.backup().bytes())
                    + ", integrity checked).");
            out.println("Keeping the newest " + settings.backup().keep() + " backups of " + settings.school().id()
                    + "; removed " + made.removed().size() + (made.removed().size() == 1 ? " older one." : " older ones."));
        }
        return 0;
    }
}
