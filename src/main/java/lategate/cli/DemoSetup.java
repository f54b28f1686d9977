package lategate.cli;

import java.nio.file.Path;
import java.time.Clock;
import lategate.demo.DemoSchool;
import lategate.roster.RosterFile;
import lategate.roster.RosterProblem;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqlitePupils;

/** The demo school's folder made ready: settings, roster and a database with the roster in it. */
final class DemoSetup {

    private DemoSetup() {
    }

    /** Makes what is missing and imports the roster on first use; returns whether anything was made. */
    static boolean prepare(DemoSchool demo, Clock clock) throws Exception {
        boolean fresh = demo.prepare();
        Settings settings = SchoolSettings.read(demo.settings());
        try (Database database = Database.create(demo.database())) {
            database.belongsTo(settings.school().id());
            SqlitePupils pupils = new SqlitePupils(database);
            if (pupils.all().isEmpty()) {
                RosterFile.Result roster = RosterFile.read(demo.roster());
                if (roster instanceof RosterFile.Invalid invalid) {
                    throw new BadInputException("the demo roster " + demo.roster() + " has problems: "
                            + invalid.problems().stream().map(RosterProblem::toString).toList());
                }
                RosterFile.Valid valid = (RosterFile.Valid) roster;
                pupils.importRoster(valid.pupils(), clock.instant().atZone(settings.school().zone()).toLocalDate(),
                        clock.instant(), demo.roster().getFileName().toString(), valid.sha256());
                fresh = true;
            }
        }
        return fresh;
    }

}
