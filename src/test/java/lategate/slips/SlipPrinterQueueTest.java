package lategate.slips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import lategate.app.slips.SlipPrinterStatus;
import lategate.settings.SlipSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slip printer's queue: handing a slip never waits for the printer, and a printer missing, refusing or stuck
 * is counted and said, for staff (docs/receptionist.md, "Late slips").
 */
class SlipPrinterQueueTest {

    @TempDir
    Path dir;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T08:52:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final List<String> log = new CopyOnWriteArrayList<>();

    private SlipPrinterQueue queue(SlipSettings.Printer printer, SlipOutput output) {
        return new SlipPrinterQueue(new SlipSettings(printer, 42, SlipSettings.CodePage.CP858), output, clock, log::add);
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

    @Test
    @DisplayName("a printer not there: the slip is kept, counted from when, and said in the log; the mark is recorded")
    void missingPrinter() throws Exception {
        Path missing = dir.resolve("lp0");
        try (SlipPrinterQueue q = SlipPrinterQueue.start(new SlipSettings(new SlipSettings.Printer.DeviceFile(missing), 42,
                SlipSettings.CodePage.CP858), clock, log::add)) {
            q.hand(EscPosSlipTest.AMELIA);
            await(() -> q.status().orElseThrow().notPrinted() == 1);
            SlipPrinterStatus status = q.status().orElseThrow();
            assertEquals("Slip printer (" + missing + "): not answering since 08:52 - 1 slip not printed. Marks are "
                    + "recorded. (" + missing + " is not there (is the printer on and plugged in?)) S: print them again.",
                    status.words(LONDON, now.get()));
            assertEquals(List.of(EscPosSlipTest.AMELIA), q.notPrinted());
            assertTrue(log.get(0).startsWith("late slip for Amelia Jones (4B) not printed on " + missing), log.toString());
            assertTrue(log.get(0).endsWith("the mark is recorded"), log.toString());
            assertTrue(Files.notExists(missing), "a missing printer is never made a file");
            // Plugged in again: the next slip prints, and the one missed is still counted for staff.
            Files.createFile(missing);
            q.hand(EscPosSlipTest.AMELIA);
            await(() -> q.status().orElseThrow().printed() == 1);
            assertEquals("Slip printer (" + missing + "): working again; 1 slip not printed earlier. Marks are recorded. "
                    + "S: print them again.", q.status().orElseThrow().words(LONDON, now.get()));
            EscPosDecoder.decode(Files.readAllBytes(missing)).lineWith("Amelia Jones");
            // Staff ask for the one missed: it prints, and nothing is left to say but what was printed.
            assertEquals(1, q.reprint());
            await(() -> q.status().orElseThrow().printed() == 2);
            assertEquals(List.of(), q.notPrinted());
            assertEquals("Slip printer (" + missing + "): 2 slips printed.", q.status().orElseThrow().words(LONDON,
                    now.get()));
        }
    }

    @Test
    @DisplayName("a printer stuck (out of paper): handing returns at once, staff see it after 10 seconds, and a full queue keeps slips as not printed")
    void stuckPrinter() throws Exception {
        CountDownLatch paper = new CountDownLatch(1);
        List<byte[]> sent = new CopyOnWriteArrayList<>();
        try (SlipPrinterQueue q = queue(new SlipSettings.Printer.DeviceFile(Path.of("/dev/usb/lp0")), bytes -> {
            try {
                paper.await();
            } catch (InterruptedException e) {
                throw new IOException("interrupted", e);
            }
            sent.add(bytes);
        })) {
            long started = System.nanoTime();
            for (int i = 0; i < 1 + SlipPrinterQueue.CAPACITY + 2; i++) {
                q.hand(EscPosSlipTest.AMELIA);
                if (i == 0) {
                    await(() -> q.waiting() == 0); // the worker has taken the first and is stuck writing it
                }
            }
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "handing never waits for the printer");
            assertEquals(2, q.status().orElseThrow().notPrinted(), "one printing, " + SlipPrinterQueue.CAPACITY
                    + " waiting, the rest kept as not printed");
            now.set(now.get().plus(SlipPrinterQueue.STUCK));
            String words = q.status().orElseThrow().words(LONDON, now.get());
            assertTrue(words.startsWith("Slip printer (/dev/usb/lp0): not answering since 08:52 - 2 slips not printed. "
                    + "Marks are recorded."), words);
            assertTrue(words.contains("out of paper"), words);
            paper.countDown();
            await(() -> q.status().orElseThrow().printed() == 1 + SlipPrinterQueue.CAPACITY);
        }
    }

    @Test
    @DisplayName("a CUPS queue: the bytes go to lp -d QUEUE -o raw unchanged; lp's refusal (exit not 0) is what staff read")
    void lpQueue() throws Exception {
        Path received = dir.resolve("received");
        Path args = dir.resolve("args");
        Path good = script("good-lp", "echo \"$@\" > '" + args + "'\ncat > '" + received + "'\necho 'request id is "
                + "frontdesk-7 (0 file(s))'\n");
        try (SlipPrinterQueue q = queue(new SlipSettings.Printer.LpQueue("frontdesk"),
                new SlipOutput.LpQueue(good.toString(), "frontdesk"))) {
            q.hand(EscPosSlipTest.AMELIA);
            await(() -> q.status().orElseThrow().printed() == 1);
        }
        assertEquals("-d frontdesk -o raw", Files.readString(args).strip());
        EscPosDecoder.decode(Files.readAllBytes(received)).lineWith("Reason: Woke up late");

        Path refusing = script("bad-lp", "cat > /dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n");
        try (SlipPrinterQueue q = queue(new SlipSettings.Printer.LpQueue("frontdesk"),
                new SlipOutput.LpQueue(refusing.toString(), "frontdesk"))) {
            q.hand(EscPosSlipTest.AMELIA);
            await(() -> q.status().orElseThrow().notPrinted() == 1);
            String words = q.status().orElseThrow().words(LONDON, now.get());
            assertTrue(words.contains("(lp refused the slip for frontdesk (lp: The printer or class does not exist.))"),
                    words);
        }
    }

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    @Test
    @DisplayName("after stopping, a slip handed is kept as not printed, not lost without a word")
    void closed() throws Exception {
        SlipPrinterQueue q = queue(new SlipSettings.Printer.DeviceFile(Path.of("/dev/usb/lp0")), bytes -> { });
        q.close();
        q.hand(EscPosSlipTest.AMELIA);
        assertEquals(1, q.status().orElseThrow().notPrinted());
        assertTrue(log.get(0).contains("the kiosk was stopping"), log.toString());
        assertEquals(Duration.ofSeconds(10), SlipPrinterQueue.STUCK);
    }
}
