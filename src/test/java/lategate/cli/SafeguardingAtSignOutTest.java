package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may take a pupil out, through the command line on a real SQLite file with the family's
 * contacts imported as a school imports them ('contacts import'): docs/domain.md, "Safeguarding at
 * sign-out" (a pupil leaves only with an adult listed as may collect, or someone a listed parent who
 * may collect confirmed by phone; an adult listed as may not collect never collects and never
 * confirms; the collector never confirms themself), Seagrave §12.2 ("No pupil will be allowed to
 * leave the school site without parental confirmation") and, for M, Seagrave §12.2 ("sight of, or a
 * copy of, the appointment card or letter - only then will the absence be authorised").
 */
class SafeguardingAtSignOutTest {

    private static final Clock AFTERNOON = CommandLineRun.MONDAY_AFTERNOON;
    private static final String MONDAY = "2026-11-23";
    /** Oscar's family: two parents who may collect, and two adults listed as may NOT collect. */
    private static final String CONTACTS = "pupil_id,name,relationship,may_collect,phone\n"
            + "D0001,Pat Begum,mother,yes,07700 900001\n"
            + "D0001,Sam Begum,father,yes,07700 900002\n"
            + "D0001,Gran,grandmother,no,\n"
            + "D0001,Zoë Price,neighbour,no,\n";

    @TempDir
    Path dir;

    /** A school's database with Oscar (D0001) and Lily (D0002), Oscar's contacts imported, and Pat Reed at the office. */
    private final class School {
        final String settings;
        final String db;

        School(String settings) throws Exception {
            this.settings = settings;
            this.db = dir.resolve("school.db").toString();
            Path roster = dir.resolve("roster.csv");
            Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                    + "D0001,Oscar,Begum,5,5B,DEMO0001\nD0002,Lily,Stone,5,5B,DEMO0002\n", StandardCharsets.UTF_8);
            CommandLineRun rostered = lategate("roster", "import", "--school", settings, "--db", db, roster.toString());
            assertEquals(0, rostered.exit(), rostered.err());
            Path contacts = dir.resolve("contacts.csv");
            Files.writeString(contacts, CONTACTS, StandardCharsets.UTF_8);
            CommandLineRun imported = lategate("contacts", "import", "--school", settings, "--db", db,
                    contacts.toString());
            assertEquals(0, imported.exit(), imported.err());
            assertEquals(0, withPins("2468\n", AFTERNOON, "staff", "add", "--school", settings, "--db", db,
                    "--username", "head", "--name", "Sam Head", "--position", "Headteacher", "--role",
                    "administrator").exit());
            CommandLineRun pat = withPins("2468\n1357\n", AFTERNOON, "staff", "add", "--school", settings, "--db", db,
                    "--as", "head", "--username", "pat", "--name", "Pat Reed", "--position", "Receptionist",
                    "--role", "receptionist");
            assertEquals(0, pat.exit(), pat.err());
        }

        CommandLineRun asPat(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--school", settings, "--db", db, "--staff", "pat"));
            return withPins("1357\n", AFTERNOON, all.toArray(String[]::new));
        }

        /** Oscar signed out for a family visit (C), collected and confirmed as {@code more} says. */
        CommandLineRun signOutOscar(String... more) {
            List<String> args = new ArrayList<>(List.of("sign-out", "--pupil", "D0001", "--code", "C", "--reason",
                    "family visit"));
            args.addAll(List.of(more));
            return asPat(args.toArray(String[]::new));
        }

        long count(String sql) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 ResultSet r = c.createStatement().executeQuery(sql)) {
                return r.getLong(1);
            }
        }

        String text(String sql) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 ResultSet r = c.createStatement().executeQuery(sql)) {
                return r.next() ? r.getString(1) : null;
            }
        }

        void lateAt(String badge, String time) {
            CommandLineRun run = lategate(AFTERNOON, "sign-in", "--school", settings, "--db", db, "--badge",
                    printed(badge), "--at", MONDAY + "T" + time, "--kiosk-id", "gate");
            assertEquals(0, run.exit(), run.err());
        }
    }

    private static void refused(School school, CommandLineRun run, String... words) throws Exception {
        assertEquals(1, run.exit(), run.out());
        for (String w : words) {
            assertTrue(run.err().contains(w), "'" + w + "' in: " + run.err());
        }
        assertTrue(run.err().contains("nothing was recorded"), run.err());
        assertEquals(0, school.count("SELECT count(*) FROM movements"), "nothing is recorded on a refusal");
    }

    // Who collects and who confirms (docs/domain.md, "Safeguarding at sign-out"; Seagrave §12.2).

    @Test
    @DisplayName("an adult listed as may not collect is never the collector, typed in any case or spacing, even "
            + "with a listed parent's confirmation; the refusal names the adult, the pupil and the contacts file")
    void collectorListedAsMayNotCollectIsRefused() throws Exception {
        School school = new School("config/schools/seagrave.toml");
        refused(school, school.signOutOscar("--collected-by", "Gran"),
                "DO NOT RELEASE to Gran (grandmother): listed as may not collect", "pupil D0001",
                "listed in contacts.csv", "lategate contacts import", "Attendance Policy §12.2",
                "listed as may collect: Pat Begum, mother, 07700 900001; Sam Begum, father, 07700 900002");
        refused(school, school.signOutOscar("--collected-by", "  gRAN ", "--relationship", "grandmother",
                "--confirmed-by", "Pat Begum"), "DO NOT RELEASE to Gran");
        refused(school, school.signOutOscar("--collected-by", "Zoe Price", "--relationship", "neighbour",
                "--confirmed-by", "Pat Begum"), "DO NOT RELEASE to Zoë Price (neighbour)");
    }

    @Test
    @DisplayName("the collector never confirms themself, whatever the case or spaces they are typed with")
    void collectorConfirmingThemselfIsRefused() throws Exception {
        School school = new School("config/schools/seagrave.toml");
        refused(school, school.signOutOscar("--collected-by", "Pat Begum", "--confirmed-by", "Pat Begum"),
                "Pat Begum is the collector: the collector never confirms");
        refused(school, school.signOutOscar("--collected-by", "Ann Begum", "--relationship", "aunt",
                "--confirmed-by", "ann begum"), "the collector never confirms", "pupil D0001");
        refused(school, school.signOutOscar("--collected-by", "Ann Begum", "--relationship", "aunt",
                "--confirmed-by", "  ANN   Begum "), "the collector never confirms");
    }

    @Test
    @DisplayName("an adult listed as may not collect never confirms someone else by phone")
    void confirmerListedAsMayNotCollectIsRefused() throws Exception {
        School school = new School("config/schools/seagrave.toml");
        refused(school, school.signOutOscar("--collected-by", "Ann Begum", "--relationship", "aunt",
                "--confirmed-by", "Gran"), "Gran (grandmother) is listed for pupil D0001 as may not "
                + "collect", "listed in contacts.csv", "so cannot confirm that Ann Begum may");
        refused(school, school.signOutOscar("--collected-by", "Ann Begum", "--relationship", "aunt",
                "--confirmed-by", "gran"), "as may not collect");
    }

    @Test
    @DisplayName("a confirmation from someone not listed for the pupil is refused, and so is one for a pupil "
            + "with nobody listed")
    void confirmerNotListedIsRefused() throws Exception {
        School school = new School("config/schools/seagrave.toml");
        refused(school, school.signOutOscar("--collected-by", "Ann Begum", "--relationship", "aunt",
                "--confirmed-by", "Bob Smith"), "Bob Smith is not listed for pupil D0001",
                "must come from an adult on the list who may collect");
        refused(school, school.asPat("sign-out", "--pupil", "D0002", "--code", "C", "--reason", "visit",
                "--collected-by", "Ann Stone", "--relationship", "aunt", "--confirmed-by", "Tom Stone"),
                "Tom Stone is not listed for pupil D0002");
    }

    @Test
    @DisplayName("someone else confirmed by phone by a listed parent who may collect is accepted, the parent "
            + "recorded as listed; a listed parent collecting needs no call")
    void validConfirmationIsAccepted() throws Exception {
        School school = new School("config/schools/seagrave.toml");
        CommandLineRun out = school.signOutOscar("--collected-by", "Ann Begum", "--relationship", "aunt",
                "--confirmed-by", "sam  begum");
        assertEquals(0, out.exit(), out.err());
        assertTrue(out.out().contains("collected by Ann Begum (aunt), confirmed by phone by Sam Begum"), out.out());
        assertEquals(1, school.count("SELECT count(*) FROM movements WHERE kind = 'out' AND collected_by = "
                + "'Ann Begum' AND collector_listed = 0 AND confirmed_by = 'Sam Begum'"));

        CommandLineRun back = school.asPat("return", "--pupil", "D0001");
        assertEquals(0, back.exit(), back.err());
        CommandLineRun listed = school.signOutOscar("--collected-by", "pat begum");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains("collected by Pat Begum (mother)"), listed.out());
    }

    // M only with the appointment card or letter seen, where the school's settings say so (Seagrave §12.2).

    @Test
    @DisplayName("at a school with [amendments] m_needs_evidence = true, amend --code M needs --evidence, "
            + "late-bus --code M is refused (evidence is one pupil's) and sign-out --code M needs --evidence-seen")
    void refusedWithoutEvidenceWhereTheSchoolAsks() throws Exception {
        School school = new School("config/schools/seagrave.toml");
        school.lateAt("DEMO0002", "09:20:00");
        CommandLineRun bus = school.asPat("amend", "late-bus", "--date", MONDAY, "--kiosk", "gate", "--from", "09:00",
                "--to", "09:30", "--code", "M", "--reason", "all at the clinic");
        assertEquals(1, bus.exit(), bus.out());
        assertTrue(bus.err().contains("D0002: M (medical or dental appointment) is authorised only once")
                && bus.err().contains("amending each pupil with 'amend pupil'"), bus.err());

        CommandLineRun amend = school.asPat("amend", "pupil", "--pupil", "D0002", "--date", MONDAY,
                "--register", "AM", "--code", "M", "--reason", "dentist");
        assertEquals(1, amend.exit(), amend.out());
        assertTrue(amend.err().contains("M (medical or dental appointment) is authorised only once the "
                + "appointment card or letter has been seen (Attendance Policy §12.2)"), amend.err());
        assertTrue(amend.err().contains("--evidence"), amend.err());
        assertEquals(0, school.count("SELECT count(*) FROM amendments"), "nothing was amended");
        CommandLineRun seen = school.asPat("amend", "pupil", "--pupil", "D0002", "--date", MONDAY,
                "--register", "AM", "--code", "M", "--reason", "dentist", "--evidence", "appointment card seen");
        assertEquals(0, seen.exit(), seen.err());
        assertTrue(seen.out().contains("U -> M"), seen.out());

        CommandLineRun out = school.asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Pat Begum");
        refused(school, out, "authorised only once the appointment card or letter has been seen "
                + "(Attendance Policy §12.2)", "--evidence-seen");
        CommandLineRun withCard = school.asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason",
                "dentist", "--collected-by", "Pat Begum", "--evidence-seen");
        assertEquals(0, withCard.exit(), withCard.err());
    }

    @Test
    @DisplayName("at a school without the setting, M is amended and signed out without evidence, as before")
    void acceptedWithoutEvidenceWhereTheSchoolDoesNotAsk() throws Exception {
        School school = new School("config/schools/demo.toml");
        school.lateAt("DEMO0002", "09:20:00");
        CommandLineRun amend = school.asPat("amend", "pupil", "--pupil", "D0002", "--date", MONDAY,
                "--register", "AM", "--code", "M", "--reason", "dentist");
        assertEquals(0, amend.exit(), amend.err());
        CommandLineRun out = school.asPat("sign-out", "--pupil", "D0001", "--code", "M", "--reason", "dentist",
                "--collected-by", "Pat Begum");
        assertEquals(0, out.exit(), out.err());
    }

    @Test
    @DisplayName("m_needs_evidence that is not true or false is an error at its file and line")
    void nonBooleanSettingIsAnErrorAtItsLine() throws Exception {
        String shipped = Files.readString(Path.of("config/schools/seagrave.toml"), StandardCharsets.UTF_8);
        assertTrue(shipped.contains("m_needs_evidence = true"), "Seagrave ships the setting");
        Path file = dir.resolve("seagrave.toml");
        Files.writeString(file, shipped.replace("m_needs_evidence = true", "m_needs_evidence = \"yes\""),
                StandardCharsets.UTF_8);
        long line = shipped.lines().takeWhile(l -> !l.startsWith("m_needs_evidence")).count() + 1;
        CommandLineRun check = lategate("config", "check", file.toString());
        assertEquals(1, check.exit(), check.out());
        String all = check.out() + check.err();
        assertTrue(all.contains("seagrave.toml:" + line + ": amendments.m_needs_evidence: must be true or false"),
                all);
        assertFalse(all.contains("m_evidence_source:"), all);
    }
}
