package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lategate.app.sync.OutboxEntry;
import lategate.domain.calendar.SchoolCalendar;
import lategate.settings.SchoolSettings;
import lategate.store.Database;
import lategate.store.SqliteOutbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk sending its daily summaries to a folder (a shared drive or USB stick), on the demo school
 * and a real database file: each summary arrives once, whole, with a checksum; a later amendment
 * sends a new version; a missing folder or one that refuses a file loses nothing (issue 7).
 */
@Tag("attack")
class SyncToAFolderTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock TUESDAY_EVENING = at("2026-11-24T17:00:00Z");
    private static final Clock WEDNESDAY_EVENING = at("2026-11-25T17:00:00Z");

    @TempDir
    Path dir;
    private String db;
    private Path usb;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/London"));
    }

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        usb = Files.createDirectory(dir.resolve("usb"));
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001\nD2,Oliver,Smith,5,5A,DEMO0002\n", StandardCharsets.UTF_8);
        assertEquals(0, lategate(TUESDAY_EVENING, "roster", "import", "--school", DEMO, "--db", db,
                roster.toString()).exit());
        scan("DEMO0001", "2026-11-23T08:55:00");
        scan("DEMO0001", "2026-11-23T08:56:00"); // a repeat: kept, never a second mark
        scan("DEMO0002", "2026-11-24T09:25:00");
    }

    /** Signs in the pupil whose roster code is {@code badge}, by the printed code on their badge. */
    private void scan(String badge, String at) {
        CommandLineRun run = lategate(TUESDAY_EVENING, "sign-in", "--school", DEMO, "--db", db, "--badge",
                printed(badge), "--at", at, "--kiosk-id", "gate");
        assertEquals(0, run.exit(), run.err());
    }

    private CommandLineRun sync(Clock clock, Path to) {
        return lategate(clock, "sync", "--school", DEMO, "--db", db, "--to", to.toString(), "--kiosk-id", "reception");
    }

    private Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> found = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                found.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return found;
    }

    @Test
    @DisplayName("two days sync as two summaries with checksums; a second sync sends nothing and changes no file")
    void syncTwice() throws Exception {
        CommandLineRun first = sync(TUESDAY_EVENING, usb);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("Sent 2 summaries to folder:"), first.out());
        Map<String, byte[]> after = files(usb);
        assertEquals(List.of("demo_reception_2026-11-23_v1.json", "demo_reception_2026-11-23_v1.json.sha256",
                "demo_reception_2026-11-24_v1.json", "demo_reception_2026-11-24_v1.json.sha256",
                "demo_settings.toml", "demo_settings.toml.sha256"), new ArrayList<>(after.keySet()),
                "the school's settings go too, for `hub import`");
        String monday = new String(after.get("demo_reception_2026-11-23_v1.json"), StandardCharsets.UTF_8);
        assertTrue(monday.contains("\"code\" : \"L\""), monday);
        assertTrue(monday.contains("\"at\" : \"2026-11-23T08:56:00Z\""), "the repeat scan is kept: " + monday);
        String sum = new String(after.get("demo_reception_2026-11-23_v1.json.sha256"), StandardCharsets.US_ASCII);
        assertEquals(sha256(after.get("demo_reception_2026-11-23_v1.json")) + "  demo_reception_2026-11-23_v1.json\n",
                sum, "the checksum file is in the form sha256sum -c reads");

        CommandLineRun second = sync(TUESDAY_EVENING, usb);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("Sent 0 summaries"), second.out());
        Map<String, byte[]> again = files(usb);
        assertEquals(after.keySet(), again.keySet());
        after.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), name));
    }

    @Test
    @DisplayName("a U amended to M the next day makes version 2 of that day, beside an untouched version 1")
    void amendmentMakesANewVersion() throws Exception {
        assertEquals(0, sync(TUESDAY_EVENING, usb).exit());
        byte[] v1 = Files.readAllBytes(usb.resolve("demo_reception_2026-11-24_v1.json"));
        CommandLineRun head = withPins("1234\n", WEDNESDAY_EVENING, "staff", "add", "--school", DEMO, "--db", db,
                "--username", "head", "--name", "Sam Head", "--position", "Head", "--role", "administrator");
        assertEquals(0, head.exit(), head.err());
        CommandLineRun amend = withPins("1234\n", WEDNESDAY_EVENING, "amend", "pupil", "--school", DEMO, "--db", db,
                "--staff", "head", "--pupil", "D2", "--date", "2026-11-24", "--register", "AM", "--code", "M",
                "--reason", "dentist", "--evidence", "appointment card seen");
        assertEquals(0, amend.exit(), amend.err());

        CommandLineRun again = sync(WEDNESDAY_EVENING, usb);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Made the summary of 2026-11-24, version 2"), again.out());
        assertTrue(again.out().contains("Sent 1 summary to"), again.out());
        assertArrayEquals(v1, Files.readAllBytes(usb.resolve("demo_reception_2026-11-24_v1.json")));
        String v2 = Files.readString(usb.resolve("demo_reception_2026-11-24_v2.json"));
        assertTrue(v2.contains("\"code\" : \"M\"") && v2.contains("\"recorded_mark\" : \"U\"")
                && v2.contains("\"original_code\" : \"U\""), v2);
    }

    @Test
    @DisplayName("summary show prints a version exactly as it was sent; an unknown version is refused")
    void showPrintsWhatWasSent() throws Exception {
        assertEquals(0, sync(TUESDAY_EVENING, usb).exit());
        CommandLineRun show = lategate(TUESDAY_EVENING, "summary", "show", "--school", DEMO, "--db", db, "--date",
                "2026-11-23");
        assertEquals(0, show.exit(), show.err());
        assertEquals(Files.readString(usb.resolve("demo_reception_2026-11-23_v1.json")), show.out());
        CommandLineRun first = lategate(TUESDAY_EVENING, "summary", "show", "--school", DEMO, "--db", db, "--date",
                "2026-11-23", "--summary-version", "1");
        assertEquals(show.out(), first.out());
        CommandLineRun none = lategate(TUESDAY_EVENING, "summary", "show", "--school", DEMO, "--db", db, "--date",
                "2026-11-23", "--summary-version", "2");
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no summary of 2026-11-23 version 2 in the outbox"), none.err());
        assertEquals("", none.out());
    }

    @Test
    @DisplayName("a missing folder stops the sync with a message; nothing is lost and the next sync sends it all")
    void missingFolder() throws Exception {
        Path unplugged = dir.resolve("media-usb");
        CommandLineRun run = sync(TUESDAY_EVENING, unplugged);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("does not exist or is not a folder (is the drive or USB stick connected?)"),
                run.err());
        assertTrue(run.err().contains("2 summaries wait in the outbox"), run.err());
        assertTrue(Files.notExists(unplugged), "a missing folder is never made on the kiosk's own disk");
        Files.createDirectory(unplugged);
        CommandLineRun later = sync(TUESDAY_EVENING, unplugged);
        assertEquals(0, later.exit(), later.err());
        assertTrue(later.out().contains("Sent 2 summaries"), later.out());
    }

    @Test
    @DisplayName("a full USB stick stops the sync with a message and no half file; after freeing space it completes")
    void fullDisk() throws Exception {
        Path stick = Files.createDirectory(dir.resolve("small-stick"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", stick.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "needs root to mount a small file system (CI runs as root)");
        try {
            Path filler = stick.resolve("photos.bin");
            try (var out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                // the stick is now full
            }
            CommandLineRun run = sync(TUESDAY_EVENING, stick);
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("is full (No space left on device): free some space or use another "
                    + "folder; the summary stays in the outbox"), run.err());
            assertTrue(run.err().contains("2 summaries wait in the outbox"), run.err());
            try (Stream<Path> left = Files.list(stick)) {
                assertEquals(List.of("photos.bin"), left.map(p -> p.getFileName().toString()).toList(),
                        "no half-written summary or temporary file is left behind");
            }
            Files.delete(filler);
            CommandLineRun later = sync(TUESDAY_EVENING, stick);
            assertEquals(0, later.exit(), later.err());
            assertTrue(later.out().contains("Sent 2 summaries"), later.out());
        } finally {
            new ProcessBuilder("umount", stick.toString()).start().waitFor();
        }
    }

    @Test
    @DisplayName("a different file under the same name is never overwritten: two kiosks may share a name")
    void clashIsRefused() throws Exception {
        Path clash = usb.resolve("demo_reception_2026-11-23_v1.json");
        Files.writeString(clash, "{\"another\": \"kiosk\"}\n");
        CommandLineRun run = sync(TUESDAY_EVENING, usb);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("already holds a different summary for demo / reception / 2026-11-23 version 1: "
                + "do two kiosks share the kiosk name 'reception'?"), run.err());
        assertEquals("{\"another\": \"kiosk\"}\n", Files.readString(clash));
        assertTrue(run.err().contains("2 summaries wait"), "the later day must not overtake the earlier: " + run.err());
    }

    @Test
    @DisplayName("a database keeps the kiosk name of its first summary: another name is refused")
    void kioskNameIsFixed() {
        assertEquals(0, sync(TUESDAY_EVENING, usb).exit());
        CommandLineRun run = lategate(TUESDAY_EVENING, "sync", "--school", DEMO, "--db", db, "--to", usb.toString(),
                "--kiosk-id", "late-gate");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("sends its summaries as kiosk 'reception', not 'late-gate'"), run.err());
    }

    @Test
    @DisplayName("thirty school days offline go in one sync, oldest day first")
    void thirtyDaysOffline() throws Exception {
        SchoolCalendar calendar = SchoolSettings.load(Path.of(DEMO)).calendar();
        LocalDate day = LocalDate.of(2026, 11, 25);
        List<LocalDate> schoolDays = new ArrayList<>();
        while (schoolDays.size() < 30) { // across the Christmas holiday and an INSET day
            if (calendar.isSchoolDay(day)) {
                schoolDays.add(day);
            }
            day = day.plusDays(1);
        }
        Clock late = at(schoolDays.get(29) + "T17:00:00Z");
        for (LocalDate d : schoolDays) {
            CommandLineRun run = lategate(late, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed("DEMO0001"), "--at", d + "T09:00:00", "--kiosk-id", "gate");
            assertEquals(0, run.exit(), d + ": " + run.err());
        }
        CommandLineRun sync = sync(late, usb);
        assertEquals(0, sync.exit(), sync.err());
        assertTrue(sync.out().contains("Sent 32 summaries"), sync.out());
        try (Database database = Database.open(Path.of(db))) {
            SqliteOutbox outbox = new SqliteOutbox(database);
            List<LocalDate> sent = outbox.all().stream().map(OutboxEntry::key).map(k -> k.date()).toList();
            assertEquals(sent.stream().sorted().toList(), sent);
            assertEquals(0, outbox.status("folder:" + usb.toAbsolutePath().normalize()).waiting());
        }
        assertEquals(64 + 2, files(usb).size(), "each summary and its checksum, and the settings and theirs");
    }

    @Test
    @DisplayName("the school's settings go beside the summaries with a checksum and without the exit PIN hash; "
            + "changed settings replace them")
    void settingsGoToo() throws Exception {
        Path settings = Files.createDirectory(dir.resolve("settings")).resolve("demo.toml");
        Files.writeString(settings, Files.readString(Path.of(DEMO)));
        CommandLineRun run = lategate(TUESDAY_EVENING, "sync", "--school", settings.toString(), "--db", db, "--to",
                usb.toString(), "--kiosk-id", "reception");
        assertEquals(0, run.exit(), run.err());
        byte[] copy = Files.readAllBytes(usb.resolve("demo_settings.toml"));
        String text = new String(copy, StandardCharsets.UTF_8);
        assertTrue(text.contains("# exit_pin_hash withheld by lategate sync: it stays on the kiosk"), text);
        assertTrue(!text.contains("pbkdf2") && text.contains("[thresholds]"), text);
        assertEquals(sha256(copy) + "  demo_settings.toml\n", Files.readString(usb.resolve("demo_settings.toml.sha256")));

        Files.writeString(settings, Files.readString(settings).replace("approaching_at = 8", "approaching_at = 7"));
        assertEquals(0, lategate(TUESDAY_EVENING, "sync", "--school", settings.toString(), "--db", db, "--to",
                usb.toString(), "--kiosk-id", "reception").exit());
        byte[] changed = Files.readAllBytes(usb.resolve("demo_settings.toml"));
        assertTrue(new String(changed, StandardCharsets.UTF_8).contains("approaching_at = 7"));
        assertEquals(sha256(changed) + "  demo_settings.toml\n",
                Files.readString(usb.resolve("demo_settings.toml.sha256")));
    }

    @Test
    @DisplayName("a sync killed mid-write leaves a .part file: the next sync clears it, but never one another kiosk "
            + "may be writing now, nor a file lategate did not make")
    void stalePartFilesCleared() throws Exception {
        Path stale = usb.resolve(".demo_reception_2026-11-24_v1.json.8431207745.part");
        Path staleSettings = usb.resolve(".demo_settings.toml.sha256.99.part");
        Path writingNow = usb.resolve(".demo_gate_2026-11-24_v1.json.5521.part");
        Path notOurs = usb.resolve("holiday-photos.part");
        for (Path file : List.of(stale, staleSettings, writingNow, notOurs)) {
            Files.writeString(file, "{\"torn");
        }
        java.nio.file.attribute.FileTime hoursAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        for (Path file : List.of(stale, staleSettings, notOurs)) {
            Files.setLastModifiedTime(file, hoursAgo);
        }
        CommandLineRun run = lategate(TUESDAY_EVENING, "sync", "--school", DEMO, "--db", db, "--to", usb.toString(),
                "--kiosk-id", "reception");
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(stale), "an orphan from a killed sync is cleared");
        assertFalse(Files.exists(staleSettings));
        assertTrue(Files.exists(writingNow), "another kiosk's write in progress is left alone");
        assertTrue(Files.exists(notOurs), "a file lategate did not make is left alone");
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
