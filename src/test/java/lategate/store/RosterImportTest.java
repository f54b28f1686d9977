package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.domain.pupil.Pupil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a roster again: pupils are updated, missing ones become leavers with their history kept. */
class RosterImportTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a pupil missing from a new roster becomes a leaver: kept, and their badge stops working")
    void reimportWithLeaver() {
        Pupil amelia = StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001");
        Pupil oliver = StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B002");
        try (Database database = StoreFixture.databaseWith(dir.resolve("x.db"), "demo", List.of(amelia, oliver))) {
            SqlitePupils pupils = new SqlitePupils(database);
            Pupil ameliaMoved = StoreFixture.pupil("P1", "Amelia", "Jones", "5B", "B001");
            RosterChanges changes = pupils.importRoster(List.of(ameliaMoved), LocalDate.of(2026, 11, 2),
                    Instant.parse("2026-11-02T07:00:00Z"), "roster.csv", "abc");
            assertEquals(new RosterChanges(0, 1, 0, 0, List.of("P2"), 1), changes);
            assertEquals(Optional.empty(), pupils.onRollByBadge("B002"));
            assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), pupils.byId("P2").orElseThrow().leftOn());
            assertEquals("5B", pupils.onRollByBadge("B001").orElseThrow().className());

            RosterChanges back = pupils.importRoster(List.of(ameliaMoved, oliver), LocalDate.of(2026, 11, 9),
                    Instant.parse("2026-11-09T07:00:00Z"), "roster.csv", "def");
            assertEquals(new RosterChanges(0, 0, 1, 1, List.of(), 0), back);
            assertTrue(pupils.onRollByBadge("B002").isPresent(), "a returning pupil's badge works again");
        }
    }

    @Test
    @DisplayName("two pupils can swap badges in one import, and a leaver's badge can go to a new pupil")
    void badgesMoveBetweenPupils() {
        Pupil a = StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001");
        Pupil b = StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B002");
        try (Database database = StoreFixture.databaseWith(dir.resolve("x.db"), "demo", List.of(a, b))) {
            SqlitePupils pupils = new SqlitePupils(database);
            pupils.importRoster(List.of(StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B002"),
                            StoreFixture.pupil("P3", "Isla", "Khan", "3C", "B001")), LocalDate.of(2026, 11, 2),
                    Instant.parse("2026-11-02T07:00:00Z"), "roster.csv", "abc");
            assertEquals("P1", pupils.onRollByBadge("B002").orElseThrow().id());
            assertEquals("P3", pupils.onRollByBadge("B001").orElseThrow().id());
        }
    }

    @Test
    @DisplayName("Zoë, Siobhán, O'Neill and Nguyễn come back from the database exactly as they went in")
    void namesRoundTrip() {
        List<Pupil> roster = List.of(StoreFixture.pupil("P1", "Zoë", "O'Neill", "RB", "B001"),
                StoreFixture.pupil("P2", "Siobhán", "Nguyễn", "6C", "B002"));
        try (Database database = StoreFixture.databaseWith(dir.resolve("x.db"), "demo", roster)) {
            assertEquals(roster, new SqlitePupils(database).all());
        }
    }
}
