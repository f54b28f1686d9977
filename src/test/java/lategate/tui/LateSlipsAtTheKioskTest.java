package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import lategate.TestSchools;
import lategate.scanner.serial.SocatPair;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.slips.EscPosDecoder;
import lategate.slips.SlipPrinterQueue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A late pupil's slip at the kiosk, printed through a socat pseudo-terminal standing in for the receipt printer,
 * its bytes read at the other end and decoded as ESC/POS; and a printer missing or unplugged, which never costs
 * the mark (docs/receptionist.md, "Late slips"). The mark L: School Attendance (Pupil Registration) (England)
 * Regulations 2024, the national codes; the reasons, the demo school's settings.
 */
class LateSlipsAtTheKioskTest {

    @TempDir
    Path dir;

    /** What the kiosk's log (the journal) was told of slips not printed. */
    private final java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final String MORNING = "2026-11-23T08:57:00"; // 12 minutes late for the demo's 08:45 register

    /** The demo school's settings with {@code slips} added, read as a kiosk reads its file. */
    private Settings demoWith(String slips) throws Exception {
        Path file = Files.createDirectories(dir.resolve("etc")).resolve("demo.toml");
        Files.writeString(file, Files.readString(TestSchools.file("demo")) + "\n[slips]\n" + slips + "\n");
        return SchoolSettings.read(file);
    }

    private SlipPrinterQueue printer(Settings settings) {
        Clock at = Clock.fixed(TestSchools.local(StaffKiosk.DEMO, MORNING), ZoneOffset.UTC);
        return SlipPrinterQueue.start(settings.slips().orElseThrow(), at, log::add);
    }

    @Test
    @DisplayName("a late pupil picks a reason and the slip comes out of the serial printer: school, name, class, time, L, minutes, reason, initials, cut")
    void slipOnASerialPrinter() throws Exception {
        try (SocatPair pty = new SocatPair(dir).start();
             SlipPrinterQueue queue = printer(demoWith("printer = \"" + pty.scanner() + "\"\nbaud = 9600"));
             StaffKiosk kiosk = new StaffKiosk(dir, MORNING, queue);
             InputStream paper = new FileInputStream(pty.feed().toFile())) {
            kiosk.scan(printed("DEMO0001"));
            assertInstanceOf(KioskState.PickingReason.class, kiosk.flow.state());
            kiosk.type("2");
            assertInstanceOf(KioskState.Thanks.class, kiosk.flow.state(), "the pupil's thanks never wait for paper");
            assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D1' AND mark = 'L'"));

            var slip = EscPosDecoder.decode(readSlip(paper));
            assertEquals("ESC @", slip.commands().get(0));
            assertEquals("ESC t 19", slip.commands().get(1), "CP858, the default code page");
            slip.lineWith("Demo Primary School");
            assertTrue(slip.lineWith("Amelia Jones").bold());
            slip.lineWith("Class: 4B");
            slip.lineWith("Time: 08:57");
            assertTrue(slip.lineWith("Mark: L").bold());
            slip.lineWith("Minutes late: 12");
            slip.lineWith("Reason: Woke up late");
            slip.lineWith("Teacher's initials: ______");
            assertEquals("GS V 49", slip.commands().get(slip.commands().size() - 1));
            await(() -> queue.status().orElseThrow().printed() == 1);
        }
    }

    @Test
    @DisplayName("a printer named by a path without baud is written as a device file; the slip arrives whole")
    void slipOnADeviceFile() throws Exception {
        try (SocatPair pty = new SocatPair(dir).start();
             SlipPrinterQueue queue = printer(demoWith("printer = \"" + pty.scanner() + "\""));
             StaffKiosk kiosk = new StaffKiosk(dir, MORNING, queue);
             InputStream paper = new FileInputStream(pty.feed().toFile())) {
            kiosk.scan(printed("DEMO0002")); // Zoë Nguyễn, 5A
            kiosk.type("2");
            var slip = EscPosDecoder.decode(readSlip(paper));
            slip.lineWith("Zoë Nguyen");
            slip.lineWith(lategate.slips.EscPosSlip.NAME_SIMPLIFIED);
            slip.lineWith("Class: 5A");
        }
    }

    @Test
    @DisplayName("the printer not there: the scan is recorded, the pupil thanked, and the staff menu says how many slips were not printed")
    void printerMissing() throws Exception {
        Path none = dir.resolve("lp0");
        Settings settings = demoWith("printer = \"" + none + "\"");
        try (SlipPrinterQueue queue = printer(settings);
             StaffKiosk kiosk = new StaffKiosk(dir, MORNING, queue)) {
            kiosk.scan(printed("DEMO0001"));
            kiosk.type("2");
            assertInstanceOf(KioskState.Thanks.class, kiosk.flow.state());
            assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D1' AND mark = 'L'"));
            assertEquals(1, kiosk.count("SELECT count(*) FROM arrival_reasons WHERE reason_key = 'overslept'"));
            await(() -> queue.status().orElseThrow().notPrinted() == 1);
            kiosk.advance(java.time.Duration.ofSeconds(10));
            kiosk.signInAsReceptionist();
            StaffScreen.Menu menu = assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
            assertTrue(menu.scanners().contains("Slip printer (" + none + "): not answering since 08:57 - 1 slip not "
                    + "printed. Marks are recorded. (" + none + " is not there (is the printer on and plugged in?)) "
                    + "S: print them again."),
                    menu.scanners().toString());
        }
    }

    @Test
    @DisplayName("the printer unplugged after a slip (the other end gone): the next pupil is still marked, and staff are told")
    void printerUnplugged() throws Exception {
        try (SocatPair pty = new SocatPair(dir).start();
             SlipPrinterQueue queue = printer(demoWith("printer = \"" + pty.scanner() + "\"\nbaud = 9600"));
             StaffKiosk kiosk = new StaffKiosk(dir, MORNING, queue)) {
            try (InputStream paper = new FileInputStream(pty.feed().toFile())) {
                kiosk.scan(printed("DEMO0001"));
                kiosk.type("2");
                EscPosDecoder.decode(readSlip(paper)).lineWith("Amelia Jones");
            }
            pty.stop();
            kiosk.advance(java.time.Duration.ofSeconds(6));
            kiosk.scan(printed("DEMO0003"));
            kiosk.type("1");
            assertInstanceOf(KioskState.Thanks.class, kiosk.flow.state());
            assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D3' AND mark = 'L'"));
            await(() -> queue.status().orElseThrow().notPrinted() == 1);
            assertEquals("Oliver Smith", queue.notPrinted().get(0).pupilName());
            kiosk.signInAsReceptionist();
            StaffScreen.Menu menu = assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
            assertTrue(menu.scanners().stream().anyMatch(l -> l.startsWith("Slip printer (" + pty.scanner()
                    + "): not answering since") && l.contains("1 slip not printed. Marks are recorded.")),
                    menu.scanners().toString());
            // Plugged back in (the same paths), staff press S: Oliver's slip comes out.
            pty.start();
            try (InputStream paper = new FileInputStream(pty.feed().toFile())) {
                // socat sets its terminals up just after making the links: wait until a line goes through.
                try (java.io.OutputStream probe = new java.io.FileOutputStream(pty.scanner().toFile())) {
                    probe.write("probe\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                assertEquals("probe\n", new String(readUntil(paper, "probe\n".getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII)), java.nio.charset.StandardCharsets.US_ASCII));
                kiosk.type("S");
                assertTrue(kiosk.staff.view().status().orElse("").endsWith("1 late slip sent to the printer again"),
                        kiosk.staff.view().toString());
                try {
                    EscPosDecoder.decode(readSlip(paper)).lineWith("Oliver Smith");
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; the log: " + log + "; " + queue.status(), e);
                }
            }
            await(() -> queue.status().orElseThrow().notPrinted() == 0);
        }
    }

    /** Slips as the kiosk hands them, kept in order: what ended each picker decides the reason printed. */
    private static final class Handed implements lategate.app.slips.LateSlips {
        final java.util.List<lategate.domain.slip.LateSlip> slips = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void hand(lategate.domain.slip.LateSlip slip) {
            slips.add(slip);
        }

        @Override
        public java.util.Optional<lategate.app.slips.SlipPrinterStatus> status() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.List<lategate.domain.slip.LateSlip> notPrinted() {
            return java.util.List.of();
        }

        @Override
        public int reprint() {
            return 0;
        }

        java.util.List<String> reasons() {
            return slips.stream().map(s -> s.pupilName() + ": " + s.reason()).toList();
        }
    }

    @Test
    @DisplayName("one slip per late mark, once its reason is settled: chosen, claimed, cut short by the next scan, timed out; none on time or for a repeat")
    void oneSlipPerLateMark() throws Exception {
        Handed handed = new Handed();
        try (StaffKiosk kiosk = new StaffKiosk(dir, MORNING, handed)) {
            kiosk.scan(printed("DEMO0001"));
            assertEquals(java.util.List.of(), handed.slips, "no slip before the reason: the picker is open");
            kiosk.scan(printed("DEMO0002")); // the next pupil cuts Amelia's picker short
            assertEquals(java.util.List.of("Amelia Jones: not asked"), handed.reasons());
            kiosk.advance(java.time.Duration.ofSeconds(50)); // Zoë's picker times out
            assertEquals("Zoë Nguyễn: not given", handed.reasons().get(1));
            kiosk.scan(printed("DEMO0001")); // a repeat: the mark stands, no second slip
            kiosk.advance(java.time.Duration.ofSeconds(10));
            kiosk.scan(printed("DEMO0003"));
            kiosk.type("3"); // Doctor, dentist or hospital: a claim staff confirm
            assertEquals(3, handed.slips.size(), handed.reasons().toString());
            assertEquals(java.util.List.of("Amelia Jones: not asked", "Zoë Nguyễn: not given"),
                    handed.reasons().subList(0, 2));
            assertTrue(handed.reasons().get(2).startsWith("Oliver Smith: Doctor, dentist or hospital"),
                    handed.reasons().toString());
            // Each slip is the entry as the register holds it: what 'slips reprint' makes again from the Late Book.
            assertEquals(asTheRegisterStands(kiosk), handed.slips);
            assertEquals(lategate.domain.register.Mark.L, handed.slips.get(2).mark());
            assertEquals("6O", handed.slips.get(2).className());
        }
        Handed early = new Handed();
        try (StaffKiosk kiosk = new StaffKiosk(Files.createDirectories(dir.resolve("early")), "2026-11-23T08:40:00", early)) {
            kiosk.scan(printed("DEMO0001"));
            assertInstanceOf(KioskState.OnTime.class, kiosk.flow.state());
            kiosk.advance(java.time.Duration.ofSeconds(60));
            assertEquals(java.util.List.of(), early.slips, "on time: no slip");
        }
    }

    @Test
    @DisplayName("off a late bus the bus is the reason on the slip, printed at once: there is no picker")
    void lateBus() throws Exception {
        Handed handed = new Handed();
        try (StaffKiosk kiosk = new StaffKiosk(dir, "2026-11-23T09:15:00", handed)) {
            new lategate.app.entry.LateBusMode(StaffKiosk.DEMO, new lategate.store.SqliteLateBuses(kiosk.database),
                    kiosk.clock).declare("route 42", java.time.LocalTime.of(9, 40),
                    new lategate.domain.audit.StaffIdentity("Pat Reed", "Receptionist"), "gate");
            kiosk.advance(java.time.Duration.ofSeconds(3));
            kiosk.scan(printed("DEMO0001"));
            assertInstanceOf(KioskState.OnLateBus.class, kiosk.flow.state());
            assertEquals(java.util.List.of("Amelia Jones: Late bus: route 42, declared by Pat Reed at 09:15"),
                    handed.reasons());
            assertEquals(asTheRegisterStands(kiosk), handed.slips);
            assertEquals(java.util.Optional.empty(), handed.slips.get(0).consequence(), "no consequence off a late bus");
        }
    }

    /** The day's slips made again from the Late Book as it stands, as 'slips reprint' makes them. */
    private static java.util.List<lategate.domain.slip.LateSlip> asTheRegisterStands(StaffKiosk kiosk) {
        var entries = new lategate.app.entry.RegisterEntries(StaffKiosk.DEMO,
                new lategate.store.SqliteSessionRecords(kiosk.database), new lategate.store.SqlitePupils(kiosk.database),
                kiosk.clock);
        java.time.LocalDate day = kiosk.clock.instant().atZone(StaffKiosk.DEMO.zone()).toLocalDate();
        return entries.lateBookBetween(day, day).stream()
                .sorted(java.util.Comparator.comparing(line -> line.entry().at()))
                .flatMap(line -> lategate.app.slips.SlipOfEntry.of(StaffKiosk.DEMO, line).stream()).toList();
    }

    /** The bytes read from the printer's end until they end with {@code end}, within 10 seconds. */
    private static byte[] readUntil(InputStream paper, byte[] end) throws IOException, InterruptedException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (paper.available() > 0) {
                got.write(paper.read());
                byte[] all = got.toByteArray();
                if (all.length >= end.length && java.util.Arrays.equals(all, all.length - end.length, all.length,
                        end, 0, end.length)) {
                    return all;
                }
            } else {
                Thread.sleep(10);
            }
        }
        throw new AssertionError("nothing ending as expected in 10 seconds; got " + got.size() + " bytes");
    }

    /** The bytes of one slip, up to and with its cut (GS V n), read from the printer's end within 10 seconds. */
    private static byte[] readSlip(InputStream paper) throws IOException, InterruptedException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        byte[] buffer = new byte[512];
        while (System.nanoTime() < deadline) {
            if (paper.available() > 0) {
                got.write(buffer, 0, paper.read(buffer));
                byte[] all = got.toByteArray();
                if (all.length >= 3 && all[all.length - 3] == 0x1d && all[all.length - 2] == 'V') {
                    return all;
                }
            } else {
                Thread.sleep(10);
            }
        }
        throw new AssertionError("no whole slip in 10 seconds; got " + got.size() + " bytes");
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in 10 seconds");
            }
            Thread.sleep(10);
        }
    }
}
