package lategate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.app.entry.RegisterEntries;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteSessionRecords;
import lategate.store.SqlitePupils;

/** Pupils for tests, and a real database file on disk with them on roll. */
public final class StoreFixture {

    private StoreFixture() {
    }

    /**
     * The register as it stands in {@code database}, resolved after the academic year: every
     * register of every day in a test has been taken by then.
     */
    public static RegisterEntries entries(School school, Database database) {
        return SqliteSessionRecords.entries(school, database,
                java.time.Clock.fixed(Instant.parse("2027-08-31T12:00:00Z"), java.time.ZoneOffset.UTC));
    }

    public static Pupil pupil(String id, String given, String family, String className, String badge) {
        return new Pupil(id, given, family, className.substring(0, 1), className, badge, Characteristics.NONE,
                Optional.empty());
    }

    public static Database databaseWith(Path file, String schoolId, List<Pupil> pupils) {
        Database database = Database.create(file);
        database.belongsTo(schoolId);
        new SqlitePupils(database).importRoster(pupils, LocalDate.of(2026, 9, 1),
                Instant.parse("2026-09-01T07:00:00Z"), "fixture", "-");
        return database;
    }
}
