package lategate.cli;

import java.nio.file.Path;
import java.time.Clock;
import lategate.domain.school.School;
import lategate.settings.InvalidSettingsException;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** --school FILE --db FILE: a school's settings and its database, opened and checked to belong together. */
final class SchoolDatabaseOptions {

    @Mixin
    SchoolOptions school;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The school's lategate database.")
    Path db;

    School loadSchool() throws InvalidSettingsException {
        return school.load();
    }

    Settings loadSettings() throws InvalidSettingsException {
        return school.settings();
    }

    /**
     * The school's services over its existing database, refused if it belongs to another school,
     * timed by {@code clock}; closing them closes the database.
     */
    SchoolServices open(Settings settings, Clock clock) {
        return new SchoolServices(settings, open(settings.school()), clock);
    }

    /**
     * The same for a command that reads only the school's [school] section: services that need no
     * other section (see {@link SchoolServices#ofSchool}).
     */
    SchoolServices open(School school, Clock clock) {
        return SchoolServices.ofSchool(school, open(school), clock);
    }

    /** Opens the existing database and refuses it if it belongs to another school. */
    Database open(School settings) {
        return open(db, settings);
    }

    /** Opens an existing database and refuses it if it belongs to another school. */
    static Database open(Path db, School settings) {
        return belonging(Database.open(db), settings);
    }

    /** Opens the database, making it on first use, and refuses it if it belongs to another school. */
    Database openOrCreate(School settings) {
        return belonging(Database.create(db), settings);
    }

    /**
     * When there is no database yet, makes it bound to its school with {@code fill}'s first contents
     * in one step (see {@link Database#createWith}); empty, doing nothing, when there is one.
     */
    <T> java.util.Optional<T> createWith(School settings, java.util.function.Function<Database, T> fill) {
        if (java.nio.file.Files.exists(db)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Database.createWith(db, database -> {
            database.belongsTo(settings.id());
            return fill.apply(database);
        }));
    }

    private static Database belonging(Database database, School settings) {
        try {
            database.belongsTo(settings.id());
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
