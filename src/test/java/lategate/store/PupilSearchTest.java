package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lategate.StoreFixture;
import lategate.domain.pupil.Pupil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a pupil by part of their name, as the receptionist types it, on a real database file. */
class PupilSearchTest {

    @TempDir
    Path dir;
    private Database database;
    private SqlitePupils pupils;

    @BeforeEach
    void roll() {
        database = StoreFixture.databaseWith(dir.resolve("s.db"), "demo", List.of(
                StoreFixture.pupil("P1", "Zoë", "Nguyễn", "4B", "B1"),
                StoreFixture.pupil("P2", "Zoe", "Adams", "5A", "B2"),
                StoreFixture.pupil("P3", "Siobhán", "O'Neill", "3G", "B3"),
                StoreFixture.pupil("P4", "Oliver", "Smith", "6O", "B4")));
        pupils = new SqlitePupils(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<String> ids(String text) {
        return pupils.search(text, 10).stream().map(Pupil::id).toList();
    }

    @Test
    @DisplayName("'zoe' finds Zoë and Zoe, by family name; case and accents do not matter either way")
    void accentsAndCase() {
        assertEquals(List.of("P2", "P1"), ids("zoe"));
        assertEquals(List.of("P2", "P1"), ids("ZOË"));
        assertEquals(List.of("P1"), ids("nguyen"));
    }

    @Test
    @DisplayName("every word typed must be in the name, in any order; apostrophes are forgiven")
    void words() {
        assertEquals(List.of("P1"), ids("ngu zo"));
        assertEquals(List.of("P3"), ids("oneill"));
        assertEquals(List.of("P3"), ids("siob o'ne"));
        assertEquals(List.of(), ids("zoe smith"));
    }

    @Test
    @DisplayName("leavers are not found, blank text finds nobody, and the limit is kept")
    void leaversBlankAndLimit() {
        pupils.importRoster(List.of(StoreFixture.pupil("P1", "Zoë", "Nguyễn", "4B", "B1"),
                StoreFixture.pupil("P3", "Siobhán", "O'Neill", "3G", "B3"),
                StoreFixture.pupil("P4", "Oliver", "Smith", "6O", "B4")), LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-20T07:00:00Z"), "second", "-");
        assertEquals(List.of("P1"), ids("zoe"));
        assertEquals(List.of(), ids("   "));
        assertEquals(1, pupils.search("o", 1).size());
    }
}
