package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOMAIN "Signing out and back in" and "The entry as it stands" (Seagrave §12.2, Oak Meadow §11):
 * a pupil out on a sign-out when the register is taken gets the sign-out's code for it, and
 * coming back never makes a late mark. Done as the receptionist does it, in staff mode on the
 * packaged jar in a real terminal (tmux), across a restart of the kiosk; then the Late Book, the
 * day view and the MIS export from the jar must give the same entry as the pupil page.
 */
class SignedOutAtTheKioskStaysMTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PIN = "1234";
    private static final String DATE = "2026-11-23";

    @TempDir
    Path dir;

    @Test
    @DisplayName("signed out for the dentist before the morning register and back after it: the pupil page shows "
            + "M (signed out) and offers no sign-in without a badge; book, day and export agree, with no late line")
    void signedOutBeforeTheRegisterAndBackAfterIt() throws Exception {
        assertEquals(0, Jar.lategate(dir, "demo", "--data", "demo", "--no-kiosk").exit());
        // D0002 is the demo's Oliver Brown, alone with that name; his parent may collect him.
        String[] oliver = rosterLine("D0002");
        String fullName = oliver[1] + " " + oliver[2];
        String parent = contactsWhoMayCollect("D0002").get(0);

        try (Tmux tmux = new Tmux()) {
            String page = receptionistOpensThePage(tmux, "before", "2026-11-23T08:30:00", oliver);
            assertTrue(page.contains("1   Sign out"), page);
            String out = KioskKeys.signOutForAnAppointment(tmux, "before", "dentist", parent + " (parent)", "", WAIT);
            assertTrue(out.contains(fullName + " signed out (M), collected by " + parent + " (parent)"), out);
            assertTrue(out.contains("Morning:   M if still out when it is taken at 08:45"), out);
            backToPupilSignIn(tmux, "before");
            KioskKeys.exit(tmux, "before", PIN, WAIT);

            String still = receptionistOpensThePage(tmux, "after", "2026-11-23T09:40:00", oliver);
            assertTrue(still.contains("Morning:   M (signed out)") && still.contains("OFF SITE since 08:30")
                    && still.contains("2   Sign back in"), still);
            tmux.keys("after", "2");
            // --clock starts the kiosk's clock as it launches and lets it run on: the minute is pinned.
            String back = tmux.waitFor("after", fullName + " signed back in at 09:4", WAIT);
            assertTrue(back.contains("Morning:   M (signed out): signed out 08:30: dentist"), back);
            assertTrue(back.contains("Back 09:4"), back);
            assertFalse(back.contains("Sign in without a badge"),
                    "the sign-out already codes the morning: nothing for staff to sign him in for\n" + back);
            assertFalse(back.contains("OFF SITE"), back);
            backToPupilSignIn(tmux, "after");
            KioskKeys.exit(tmux, "after", PIN, WAIT);
        }

        assertEquals(List.of(), Jar.lateBook(dir, DATE), "back from the dentist: no late line");
        assertTrue(onTheDemo("book", "--date", DATE).contains("No late arrivals."));

        String day = onTheDemo("day", "--date", DATE);
        String line = day.lines().filter(l -> l.contains(fullName)).findFirst()
                .orElseThrow(() -> new AssertionError(day));
        assertTrue(line.contains("M (signed out)") && line.contains("out 08:30 (M, dentist), in 09:4"), line);

        List<String> rows = onTheDemo("export", "marks", "--from", DATE, "--to", DATE, "--csv").lines().skip(1)
                .toList();
        assertEquals(1, rows.size(), "the morning only: he was back before the afternoon register\n" + rows);
        assertTrue(rows.get(0).startsWith(DATE + ",AM,D0002,") && rows.get(0).contains(",M,,signed out 08:30: dentist,"
                + "M,sign_out,,"), rows.get(0));
    }

    /** A command from the jar on the demo's settings and database, which must succeed: its output. */
    private String onTheDemo(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", "demo/demo.toml", "--db", "demo/demo.db"));
        Jar.Run run = Jar.lategate(dir, all.toArray(String[]::new));
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
        return run.out();
    }

    /**
     * Starts the reception kiosk with its clock at {@code clock} in a new window; the receptionist
     * signs in to staff mode, finds the pupil by the first letters of their names, and opens their page.
     */
    private String receptionistOpensThePage(Tmux tmux, String window, String clock, String[] pupil)
            throws Exception {
        tmux.start(window, Jar.javaCommand() + " kiosk --school " + dir.resolve("demo/demo.toml") + " --db "
                + dir.resolve("demo/demo.db") + " --clock " + clock + " --kiosk-id reception");
        tmux.waitFor(window, "Scan your badge", WAIT);
        KioskKeys.signInAsStaff(tmux, window, "office", PIN, WAIT);
        tmux.keys(window, "1");
        tmux.waitFor(window, "Find a pupil", WAIT);
        tmux.keys(window, "-l", firstLetters(pupil[1]) + " " + firstLetters(pupil[2]));
        String found = tmux.waitFor(window, "> " + pupil[1] + " " + pupil[2], WAIT);
        assertTrue(found.contains("Class " + pupil[4]), found);
        tmux.keys(window, "Enter");
        return tmux.waitFor(window, pupil[1] + " " + pupil[2] + ", Year " + pupil[3] + ", class " + pupil[4], WAIT);
    }

    /** Escape from the pupil page to the search, the menu, and pupil sign-in. */
    private static void backToPupilSignIn(Tmux tmux, String window) throws Exception {
        tmux.keys(window, "Escape");
        tmux.waitFor(window, "Name: ", WAIT);
        tmux.keys(window, "Escape");
        tmux.waitFor(window, "Staff menu", WAIT);
        tmux.keys(window, "Escape");
        tmux.waitFor(window, "Scan your badge", WAIT);
    }

    private static String firstLetters(String name) {
        return name.substring(0, Math.min(4, name.length())).toLowerCase(Locale.ROOT);
    }

    private String[] rosterLine(String pupil) throws Exception {
        return Files.readAllLines(dir.resolve("demo/roster.csv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split(",")).filter(c -> c[0].equals(pupil)).findFirst().orElseThrow();
    }

    private List<String> contactsWhoMayCollect(String pupil) throws Exception {
        return Files.readAllLines(dir.resolve("demo/contacts.csv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split(",")).filter(c -> c[0].equals(pupil) && c[3].equals("yes")).map(c -> c[1]).toList();
    }
}
