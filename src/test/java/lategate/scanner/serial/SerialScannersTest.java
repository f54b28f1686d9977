package lategate.scanner.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import lategate.scanner.KioskInbox;
import lategate.scanner.KioskInput;
import lategate.scanner.ScannerStatus;
import lategate.settings.ScannerSettings;
import lategate.settings.ScannerSettings.Terminator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serial scanners read through jSerialComm from socat pseudo-terminal pairs, with real byte streams
 * written into the other end: clean scans, each fault, a burst, and the scanner unplugged and plugged
 * back in while the kiosk runs.
 */
class SerialScannersTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** The kiosk's clock, ten days ahead of this machine's: a time it stamps can only have come from it. */
    private static final Duration AHEAD = Duration.ofDays(10);

    @TempDir
    Path dir;

    private final KioskInbox inbox = new KioskInbox();
    private final Clock clock = Clock.offset(Clock.systemUTC(), AHEAD);
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private SocatPair socat() throws Exception {
        SocatPair pair = new SocatPair(dir).start();
        opened.add(pair);
        return pair;
    }

    private SerialScanners read(ScannerSettings... scanners) {
        SerialScanners started = SerialScanners.start(List.of(scanners), inbox, clock);
        opened.add(started);
        return started;
    }

    /** A scanner on a fresh socat pair, read and connected: ready for bytes. */
    private SocatPair connected(Terminator terminator) throws Exception {
        SocatPair pair = socat();
        await(read(lateGate(terminator)), ScannerStatus.Connected.class);
        return pair;
    }

    private ScannerSettings lateGate(Terminator terminator) {
        return ScannerSettings.usual("late gate", dir.resolve("scanner").toString(), terminator);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits until the scanner's status is of {@code kind}; fails with the status it has. */
    private static <T extends ScannerStatus> T await(SerialScanners scanners, Class<T> kind) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        ScannerStatus status = scanners.scanners().get(0);
        while (!kind.isInstance(status) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = scanners.scanners().get(0);
        }
        return assertInstanceOf(kind, status, "status never became " + kind.getSimpleName());
    }

    /** Waits until the inbox has given {@code count} inputs in all; fails with those that came. */
    private List<KioskInput> take(int count) throws Exception {
        List<KioskInput> taken = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (taken.size() < count && System.nanoTime() < deadline) {
            inbox.takeAll().forEach(r -> taken.add(r.input()));
            Thread.sleep(10);
        }
        assertEquals(count, taken.size(), "inputs: " + taken);
        return taken;
    }

    /** Nothing more arrives for a while (past the partial-scan silence). */
    private void nothingMore() throws Exception {
        Thread.sleep(ScanFramer.SILENCE.toMillis() + 200);
        assertEquals(List.of(), inbox.takeAll());
    }

    private static KioskInput.Scan scan(KioskInput input) {
        return assertInstanceOf(KioskInput.Scan.class, input);
    }

    private static KioskInput.ScanFault fault(KioskInput input) {
        return assertInstanceOf(KioskInput.ScanFault.class, input);
    }

    @Test
    @DisplayName("a clean scan with each terminator arrives whole, tagged with the scanner's name and stamped by the kiosk's clock when its first byte came")
    void cleanScanEachTerminator() throws Exception {
        for (Terminator terminator : Terminator.values()) {
            try (SocatPair pair = new SocatPair(dir).start();
                 SerialScanners scanners = SerialScanners.start(List.of(lateGate(terminator)), inbox, clock)) {
                await(scanners, ScannerStatus.Connected.class);
                Instant before = clock.instant();
                pair.send(ascii("DEMO0002"));
                Thread.sleep(ScanFramer.SILENCE.toMillis() / 2); // a slow scanner, yet within the gap
                Instant ending = clock.instant();
                pair.send(terminator.bytes());
                KioskInput.Scan scan = scan(take(1).get(0));
                assertEquals("DEMO0002", scan.scan().code(), terminator.name());
                assertEquals("late gate", scan.scan().source());
                Instant at = scan.scan().at();
                assertTrue(!at.isBefore(before) && at.isBefore(ending),
                        terminator + ": stamped at " + at + "; the code was sent at " + before + ", its end at " + ending);
                nothingMore();
            }
        }
    }

    @Test
    @DisplayName("garbage bytes from a wrong baud rate are a fault with the bytes escaped, and the next scan is read")
    void garbage() throws Exception {
        SocatPair pair = connected(Terminator.CR);
        pair.send(new byte[] {(byte) 0x8F, 0x12, (byte) 0xF0, 'A', '\r'});
        pair.send(ascii("DEMO0003\r"));
        List<KioskInput> inputs = take(2);
        KioskInput.ScanFault fault = fault(inputs.get(0));
        assertEquals("\\x8F\\x12\\xF0A", fault.raw());
        assertEquals("late gate", fault.source());
        assertTrue(fault.what().contains("baud rate"), fault.what());
        assertEquals("DEMO0003", scan(inputs.get(1)).scan().code());
    }

    @Test
    @DisplayName("a scan longer than any badge is refused and the next scan is read")
    void tooLong() throws Exception {
        SocatPair pair = connected(Terminator.CRLF);
        pair.send(ascii("9".repeat(1000) + "\r\nDEMO0004\r\n"));
        List<KioskInput> inputs = take(2);
        KioskInput.ScanFault fault = fault(inputs.get(0));
        assertEquals(ScanFramer.TOO_LONG, fault.what());
        assertTrue(fault.raw().startsWith("999") && fault.raw().endsWith("…"), fault.raw());
        assertEquals("DEMO0004", scan(inputs.get(1)).scan().code());
        nothingMore();
    }

    @Test
    @DisplayName("part of a code and then silence is a partial scan, and the next scan is read whole")
    void partial() throws Exception {
        SocatPair pair = connected(Terminator.CR);
        pair.send(ascii("DEMO00"));
        KioskInput.ScanFault fault = fault(take(1).get(0));
        assertEquals(ScanFramer.PARTIAL, fault.what());
        assertEquals("DEMO00", fault.raw());
        pair.send(ascii("DEMO0005\r"));
        assertEquals("DEMO0005", scan(take(1).get(0)).scan().code());
    }

    @Test
    @DisplayName("a burst of 100 scans in one write: all arrive, in order, none merged or split")
    void burstOfAHundred() throws Exception {
        SocatPair pair = connected(Terminator.CR);
        StringBuilder burst = new StringBuilder();
        List<String> sent = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            sent.add(String.format("DEMO%04d", i));
            burst.append(sent.get(i - 1)).append('\r');
        }
        pair.send(ascii(burst.toString()));
        List<String> codes = take(100).stream().map(i -> scan(i).scan().code()).toList();
        assertEquals(sent, codes);
        nothingMore();
    }

    @Test
    @DisplayName("unplugged and plugged back in: missing meanwhile, with since when and why, then reopened by itself and scans arrive")
    void reconnect() throws Exception {
        SocatPair pair = socat();
        SerialScanners scanners = read(lateGate(Terminator.CR));
        await(scanners, ScannerStatus.Connected.class);
        pair.send(ascii("DEMO0006\r"));
        assertEquals("DEMO0006", scan(take(1).get(0)).scan().code());

        Instant unplugged = clock.instant();
        pair.stop();
        ScannerStatus.Missing missing = await(scanners, ScannerStatus.Missing.class);
        assertTrue(!missing.since().isBefore(unplugged.minusMillis(1)), missing.toString());
        assertTrue(missing.why().contains("check its cable"), missing.why());
        ZoneId zone = ZoneId.of("Europe/London");
        String words = missing.words(zone, clock.instant());
        assertTrue(words.startsWith("Scanner 'late gate' (" + dir.resolve("scanner") + ") missing since "), words);
        Thread.sleep(1500); // polled at least once more while gone: it stays missing, from the same moment
        assertEquals(missing.since(), await(scanners, ScannerStatus.Missing.class).since());

        pair.start();
        await(scanners, ScannerStatus.Connected.class);
        pair.send(ascii("DEMO0007\r"));
        assertEquals("DEMO0007", scan(take(1).get(0)).scan().code());
    }

    @Test
    @DisplayName("unplugged in the middle of a code: the part that came is a partial scan")
    void unpluggedMidCode() throws Exception {
        SocatPair pair = connected(Terminator.CR);
        pair.send(ascii("DEM"));
        Thread.sleep(30);
        pair.stop();
        KioskInput.ScanFault fault = fault(take(1).get(0));
        assertEquals("DEM", fault.raw());
        assertEquals(ScanFramer.PARTIAL, fault.what());
    }

    @Test
    @DisplayName("a scanner not plugged in when the kiosk starts is missing, and is picked up when it appears")
    void absentAtStart() throws Exception {
        SerialScanners scanners = read(lateGate(Terminator.CR));
        ScannerStatus.Missing missing = await(scanners, ScannerStatus.Missing.class);
        assertEquals(SerialScannerReader.CHECK_CABLE, missing.why());
        SocatPair pair = socat();
        await(scanners, ScannerStatus.Connected.class);
        pair.send(ascii("DEMO0008\r"));
        assertEquals("DEMO0008", scan(take(1).get(0)).scan().code());
    }

    @Test
    @DisplayName("two scanners at once: each scan tagged with the scanner it came from")
    void twoScanners() throws Exception {
        Path second = dir.resolve("second");
        java.nio.file.Files.createDirectories(second);
        SocatPair gate = socat();
        SocatPair reception = new SocatPair(second).start();
        opened.add(reception);
        SerialScanners scanners = read(lateGate(Terminator.CR),
                ScannerSettings.usual("reception", reception.scanner().toString(), Terminator.LF));
        long deadline = System.nanoTime() + WAIT.toNanos();
        Predicate<List<ScannerStatus>> bothConnected = s -> s.stream().allMatch(ScannerStatus.Connected.class::isInstance);
        while (!bothConnected.test(scanners.scanners()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(bothConnected.test(scanners.scanners()), scanners.scanners().toString());
        gate.send(ascii("DEMO0009\r"));
        reception.send(ascii("DEMO0010\n"));
        List<String> tagged = take(2).stream().map(i -> scan(i).scan().code() + "@" + scan(i).scan().source())
                .sorted().toList();
        assertEquals(List.of("DEMO0009@late gate", "DEMO0010@reception"), tagged);
    }
}
