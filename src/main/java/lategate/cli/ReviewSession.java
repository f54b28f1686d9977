package lategate.cli;

import java.time.Clock;
import java.time.LocalDate;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.app.lateness.LatenessReview;
import lategate.store.SqlitePupils;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Model.CommandSpec;

/** A school's settings, its database and the lead's review over them, for one command; close it after. */
final class ReviewSession implements AutoCloseable {

    final Settings settings;
    final Database database;
    final LatenessReview review;
    final SqlitePupils pupils;
    final Clock clock;
    final LocalDate today;

    final SchoolServices services;

    private ReviewSession(SchoolServices services) {
        this.services = services;
        this.settings = services.settings();
        this.database = services.database();
        this.clock = services.clock();
        this.pupils = services.pupils();
        this.review = services.latenessReview();
        this.today = services.today();
    }

    static ReviewSession open(CommandSpec spec, SchoolDatabaseOptions options) throws Exception {
        Settings settings = SchoolSettings.read(options.school.file);
        return new ReviewSession(options.open(settings, Main.clockOf(spec)));
    }

    /** The same from a settings file and a database named some other way (a report's --school and --db). */
    static ReviewSession open(CommandSpec spec, java.nio.file.Path school, java.nio.file.Path db) throws Exception {
        Settings settings = SchoolSettings.read(school);
        return new ReviewSession(new SchoolServices(settings, SchoolDatabaseOptions.open(db, settings.school()),
                Main.clockOf(spec)));
    }

    @Override
    public void close() {
        services.close();
    }
}
