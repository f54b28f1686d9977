package lategate.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lategate.StoreFixture;
import lategate.domain.pupil.Pupil;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming the one pupil meant, by id or by a name only they have, on a real database file. */
class PupilLookupTest {

    @TempDir
    Path dir;
    private Database database;
    private PupilLookup lookup;

    @BeforeEach
    void roll() {
        database = StoreFixture.databaseWith(dir.resolve("s.db"), "demo", List.of(
                StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B1"),
                StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B2"),
                StoreFixture.pupil("P3", "Oliver", "Brown", "3B", "B3"),
                StoreFixture.pupil("P4", "Zoë", "Nguyễn", "5A", "B4"),
                // An id that is another pupil's given name: the id must still find its pupil.
                StoreFixture.pupil("Amelia", "Zed", "Zephyr", "6A", "B5")));
        lookup = new PupilLookup(new SqlitePupils(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String found(PupilLookup.Result result) {
        return assertInstanceOf(PupilLookup.Result.Found.class, result).pupil().id();
    }

    @Test
    @DisplayName("a given name, a family name or both find the one pupil who has it, in any case and without accents")
    void byName() {
        assertEquals("P2", found(lookup.anyone("Smith")));
        assertEquals("P3", found(lookup.anyone("oliver brown")));
        assertEquals("P4", found(lookup.anyone("  zoe NGUYEN ")));
        assertEquals("P4", found(lookup.anyone("Zoë")));
    }

    @Test
    @DisplayName("an exact id wins over another pupil's name; the same letters in another case are a name")
    void idWins() {
        assertEquals("Amelia", found(lookup.anyone("Amelia")));
        assertEquals("P1", found(lookup.anyone("amelia")));
        assertEquals("P2", found(lookup.onRoll("P2")));
    }

    @Test
    @DisplayName("a name several pupils have gives them all, by family name; none for a part of a name or blank")
    void severalAndNone() {
        PupilLookup.Result.Several several = assertInstanceOf(PupilLookup.Result.Several.class,
                lookup.anyone("OLIVER"));
        assertEquals(List.of("P3", "P2"), several.pupils().stream().map(Pupil::id).toList());
        assertEquals("OLIVER", several.typed());
        assertEquals(new PupilLookup.Result.None("Oli"), lookup.anyone("Oli"));
        assertEquals(new PupilLookup.Result.None(""), lookup.anyone("  "));
    }

    @Test
    @DisplayName("a leaver is found by name for their records, not for today's business; their id finds them for both")
    void leavers() {
        new SqlitePupils(database).importRoster(List.of(StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B1"),
                        StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B2"),
                        StoreFixture.pupil("P4", "Zoë", "Nguyễn", "5A", "B4")), LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-20T07:00:00Z"), "second", "-");
        assertEquals("P2", found(lookup.onRoll("oliver")), "Oliver Brown left");
        assertInstanceOf(PupilLookup.Result.Several.class, lookup.anyone("oliver"));
        assertEquals("P3", found(lookup.anyone("Oliver Brown")));
        assertEquals(new PupilLookup.Result.None("Oliver Brown"), lookup.onRoll("Oliver Brown"));
        assertEquals("P3", found(lookup.onRoll("P3")));
    }
}
