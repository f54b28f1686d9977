package lategate.cli;

import java.time.Clock;
import java.time.LocalDate;
import lategate.app.lateness.LatenessReview;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqlitePupils;
import lategate.store.SqliteSessionRecords;
import lategate.store.SqliteStageDecisions;
import picocli.CommandLine.Model.CommandSpec;

/** A school's settings, its database and the lead's review over them, for one command; close it after. */
final class ReviewSession implements AutoCloseable {

    final Settings settings;
    final Database database;
    final LatenessReview review;
    final SqlitePupils pupils;
    final Clock clock;
    final LocalDate today;

    private ReviewSession(Settings settings, Database database, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.pupils = new SqlitePupils(database);
        this.review = new LatenessReview(settings.school(), settings.lateness(),
                SqliteSessionRecords.entries(settings.school(), database, clock), pupils, new SqliteAmendments(database),
                new SqliteStageDecisions(database));
        this.today = clock.instant().atZone(settings.school().zone()).toLocalDate();
    }

    static ReviewSession open(CommandSpec spec, SchoolDatabaseOptions options) throws Exception {
        Settings settings = SchoolSettings.read(options.school.file);
        return new ReviewSession(settings, options.open(settings.school()), Main.clockOf(spec));
    }

    /** The same from a settings file and a database named some other way (a report's --school and --db). */
    static ReviewSession open(CommandSpec spec, java.nio.file.Path school, java.nio.file.Path db) throws Exception {
        Settings settings = SchoolSettings.read(school);
        return new ReviewSession(settings, SchoolDatabaseOptions.open(db, settings.school()), Main.clockOf(spec));
    }

    @Override
    public void close() {
        database.close();
    }
}
