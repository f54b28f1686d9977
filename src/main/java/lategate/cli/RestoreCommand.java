package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import lategate.app.backup.BackupName;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.DatabaseHealth;
import lategate.store.DatabaseRestore;
import lategate.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Puts a backup made by 'lategate backup' (or by the kiosk) in the place of the school's "
                + "database. The backup is checked first: SQLite's full integrity check, a lategate database of "
                + "this school, a schema no newer than this lategate's. The database must not be open anywhere: "
                + "stop the kiosk first. The file replaced is kept beside it as DB.replaced-TIME, and the backup "
                + "goes in by one rename. Anything recorded after the backup was made is not in it: the replaced "
                + "file still holds it.",
                "Exit 0 when restored; 1 when refused, with nothing changed."},
        footer = {"", "Example:", "  lategate restore --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      /media/usb/lategate-backups/demo_2026-11-23T180000.db"})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file to restore.")
    Path backup;

    @Override
    public Integer call() throws Exception {
        Settings settings = SchoolSettings.read(school.school.file);
        PrintWriter out = spec.commandLine().getOut();
        DatabaseHealth.Report now = DatabaseHealth.quick(school.db);
        out.println("The database now: " + now.problem().map(p -> "damaged or unreadable (" + p + ")")
                .orElse("sound (SQLite's quick check: ok)") + ".");
        Clock clock = Main.clockOf(spec);
        String stamp = new BackupName(settings.school().id(),
                LocalDateTime.ofInstant(clock.instant(), settings.school().zone())).stamp();
        DatabaseRestore.Restored restored;
        try {
            restored = DatabaseRestore.restore(backup, school.db, settings.school().id(), stamp);
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage().endsWith("nothing was changed") ? e.getMessage()
                    : e.getMessage() + "; nothing was changed");
        }
        out.println("Restored " + restored.database() + " from " + backup + " (integrity checked, school "
                + settings.school().id() + ", schema version " + restored.schemaVersion() + ").");
        restored.replacedKeptAs().ifPresent(kept -> out.println("The file it replaced is kept as " + kept + "."));
        out.println("Anything recorded after the backup was made is not in the restored file.");
        return 0;
    }
}
