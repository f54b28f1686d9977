package lategate.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.app.PupilDirectory;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.PupilCutOff;
import lategate.domain.register.Register;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@link PupilDirectory} answers, asked of the in-memory fake and of the SQLite roll alike. */
class PupilDirectoryContractTest {

    static final Pupil AMELIA = StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001");
    static final Pupil ZOE = StoreFixture.pupil("P2", "Zoë", "Nguyễn", "5A", "B002");
    static final Pupil ANNA = StoreFixture.pupil("P3", "Anna", "Jones", "6O", "B003");
    static final Pupil LEAVER = new Pupil("P4", "Amelia", "Jonas", "6", "6O", "B004",
            lategate.domain.pupil.Characteristics.NONE, Optional.of(LocalDate.of(2026, 10, 31)));
    static final PupilCutOff CUT_OFF = new PupilCutOff("P1", Register.AM, LocalTime.of(9, 30),
            LocalDate.of(2026, 9, 1), Optional.empty(), "young carer");

    abstract static class Contract {

        /** A directory holding AMELIA, ZOE and ANNA on roll, LEAVER as a leaver, and CUT_OFF. */
        abstract PupilDirectory pupils();

        @Test
        @DisplayName("by badge finds only a pupil on roll; by id finds leavers too; all is by id")
        void badgeAndId() {
            assertEquals(Optional.of(AMELIA), pupils().onRollByBadge("B001"));
            assertEquals(Optional.empty(), pupils().onRollByBadge("B004"), "a leaver's badge finds nobody");
            assertEquals(Optional.empty(), pupils().onRollByBadge("B999"));
            assertEquals(Optional.of(LEAVER), pupils().byId("P4"));
            assertEquals(Optional.empty(), pupils().byId("P9"));
            assertEquals(List.of("P1", "P2", "P3", "P4"), pupils().all().stream().map(Pupil::id).toList());
        }

        @Test
        @DisplayName("search folds case and accents, needs every word, sorts by family then given name, never finds a leaver")
        void search() {
            assertEquals(List.of(AMELIA, ANNA), pupils().search("jones", 10));
            assertEquals(List.of(AMELIA), pupils().search("jones", 1));
            assertEquals(List.of(ZOE), pupils().search("zoe NGUYEN", 10));
            assertEquals(List.of(AMELIA), pupils().search("amelia", 10), "Amelia Jonas has left");
            assertEquals(List.of(), pupils().search("  ", 10));
            assertEquals(List.of(), pupils().search("jones", 0));
        }

        @Test
        @DisplayName("a pupil's own cut-offs, and none for anyone else")
        void cutOffs() {
            assertEquals(List.of(CUT_OFF), pupils().cutOffsOf("P1"));
            assertEquals(List.of(), pupils().cutOffsOf("P2"));
        }
    }

    @Nested
    class InMemory extends Contract {
        private final InMemoryPupils pupils = new InMemoryPupils(List.of(AMELIA, ZOE, ANNA, LEAVER));

        {
            pupils.addCutOff(CUT_OFF);
        }

        @Override
        PupilDirectory pupils() {
            return pupils;
        }
    }

    @Nested
    class Sqlite extends Contract {
        @TempDir
        Path dir;
        private Database database;
        private SqlitePupils pupils;

        @Override
        PupilDirectory pupils() {
            if (database == null) {
                // The leaver is on the first roster and not on the second, which is how a pupil leaves.
                Pupil before = new Pupil("P4", "Amelia", "Jonas", "6", "6O", "B004",
                        lategate.domain.pupil.Characteristics.NONE, Optional.empty());
                database = StoreFixture.databaseWith(dir.resolve("test.db"), "test", List.of(AMELIA, ZOE, ANNA, before));
                pupils = new SqlitePupils(database);
                pupils.importRoster(List.of(AMELIA, ZOE, ANNA), LEAVER.leftOn().get(),
                        Instant.parse("2026-10-31T16:00:00Z"), "fixture", "-");
                pupils.addCutOff(CUT_OFF, Instant.parse("2026-09-01T07:00:00Z"), "head");
            }
            return pupils;
        }

        @AfterEach
        void close() {
            if (database != null) {
                database.close();
            }
        }
    }
}
