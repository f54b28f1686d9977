package lategate.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lategate.demo.DemoSchool;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.tui.KioskState;
import lategate.tui.KioskTerminal;
import lategate.kiosk.KioskLauncher;
import lategate.kiosk.KioskSync;
import lategate.wiring.SchoolServices;

/**
 * Runs the kiosk on a virtual terminal in a JVM of its own, for {@code lategate bench kiosk}:
 * {@code start DIR} prints when the idle screen is drawn; {@code scans DIR N [PAUSE_MS]} times N
 * scans from the last key of the badge to the confirmation drawn (PAUSE_MS apart), and reports
 * resident memory;
 * {@code plug DIR START FIRST COUNT} is the kiosk of the pull-the-plug test: it opens the demo
 * database as the kiosk does (quick check and all), with its clock at START, scans demo pupils
 * FIRST to FIRST+COUNT-1 and prints "confirmed N" once pupil N's screen is drawn, then waits to
 * be killed.
 */
public final class KioskProbe {

    /** A scan the kiosk has not taken by then never will be: say so rather than time it for ever. */
    private static final long GIVE_UP_NANOS = 10_000_000_000L;

    private KioskProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        DemoSchool demo = new DemoSchool(dir);
        if (args[0].equals("start")) {
            Timeline timeline = new Timeline();
            KioskLauncher.Prepared prepared = KioskLauncher.prepare(demo.settings(), demo.database());
            timeline.mark("prepared");
            Clock clock = Clock.system(prepared.settings().school().zone());
            try (Database database = prepared.database();
                 KioskSync sync = new KioskSync(prepared.settings(), database, "bench", clock)) {
                KioskTerminal kiosk = KioskLauncher.on(new DefaultVirtualTerminal(new TerminalSize(80, 24)),
                        new KioskLauncher.Wiring(prepared.settings(), database, "bench", clock, sync));
                timeline.mark("wired");
                kiosk.start();
                timeline.mark("drawn");
                System.out.println("idle-drawn");
                System.out.println(timeline);
                System.out.flush();
            }
            return;
        }
        if (args[0].equals("plug")) {
            plug(demo, Instant.parse(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        Settings settings = SchoolSettings.read(demo.settings());
        ZoneId zone = settings.school().zone();
        int scans = Integer.parseInt(args[2]);
        // Optional: a real pause before each scan, as between pupils at a gate (under a CPU quota, scans
        // back to back would time the quota's throttling rather than the scan).
        long pauseMillis = args.length > 3 ? Long.parseLong(args[3]) : 0;
        LocalDate day = LocalDate.parse("2026-11-23");
        MovingClock clock = new MovingClock(day.atTime(9, 0).atZone(zone).toInstant(), zone);
        try (Database database = Database.create(dir.resolve("scans.db"));
             KioskSync sync = new KioskSync(settings, database, "bench", clock)) {
            database.belongsTo(settings.school().id());
            List<Pupil> roster = new ArrayList<>();
            for (int i = 0; i < scans; i++) {
                roster.add(new Pupil(String.format("K%05d", i), "Pupil", "Number " + i, "5", "5B",
                        String.format("KIOSK%05d", i), Characteristics.NONE, Optional.empty()));
            }
            new SqlitePupils(database).importRoster(roster, day, clock.instant(), "bench", "-");
            lategate.domain.badge.BadgeCodes codes = SchoolServices.badgeCodes(settings);
            DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
            KioskTerminal kiosk = KioskLauncher.on(vt,
                    new KioskLauncher.Wiring(settings, database, "bench", clock, sync));
            kiosk.start();
            double[] millis = new double[scans];
            for (int i = 0; i < scans; i++) {
                clock.advanceMillis(500);
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
                for (char c : codes.printed(roster.get(i).badge()).toCharArray()) { // as printed, check character and all
                    vt.addInput(new KeyStroke(c, false, false));
                }
                vt.addInput(new KeyStroke(KeyType.Enter));
                long start = System.nanoTime();
                // A queue strip may sit over the screen: the pupil at the scanner is underneath it.
                while (!(KioskState.underneath(kiosk.flowState()) instanceof KioskState.PickingReason picking
                        && picking.pupil().id().equals(roster.get(i).id()))) {
                    if (System.nanoTime() - start > GIVE_UP_NANOS) {
                        throw new IllegalStateException("scan " + (i + 1) + " (" + roster.get(i).badge()
                                + ") was not taken: the kiosk shows " + kiosk.flowState());
                    }
                    kiosk.pump();
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("p50 %.3f p99 %.3f max %.3f rss_mb %.1f hwm_mb %.1f%n", millis[scans / 2],
                    millis[(int) Math.ceil(scans * 0.99) - 1], millis[scans - 1], residentMegabytes("VmRSS:"),
                    residentMegabytes("VmHWM:"));
        }
        Files.deleteIfExists(dir.resolve("scans.db"));
    }

    private static void plug(DemoSchool demo, Instant start, int first, int count) throws Exception {
        KioskLauncher.Prepared prepared = KioskLauncher.prepare(demo.settings(), demo.database());
        ZoneId zone = prepared.settings().school().zone();
        Clock clock = KioskLauncher.startingAt(Clock.system(zone), start, zone);
        try (Database database = prepared.database();
             KioskSync sync = new KioskSync(prepared.settings(), database, "plug", clock)) {
            DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
            KioskTerminal kiosk = KioskLauncher.on(vt,
                    new KioskLauncher.Wiring(prepared.settings(), database, "plug", clock, sync));
            kiosk.start();
            System.out.println("ready");
            System.out.flush();
            if (count == 0) {
                return; // a warm-up run, which ends by itself (so a class-data archive can be written)
            }
            for (int n = first; n < first + count; n++) {
                for (char c : DemoSchool.printed(n).toCharArray()) {
                    vt.addInput(new KeyStroke(c, false, false));
                }
                vt.addInput(new KeyStroke(KeyType.Enter));
                String badge = DemoSchool.badge(n);
                long began = System.nanoTime();
                while (!confirms(kiosk.flowState(), badge)) {
                    if (kiosk.flowState() instanceof KioskState.NotSaved || System.nanoTime() - began > GIVE_UP_NANOS) {
                        throw new IllegalStateException("scan " + n + " was not confirmed: " + kiosk.flowState());
                    }
                    kiosk.pump();
                }
                // pump() draws after the flow has returned, so the confirmation is on the screen now.
                System.out.println("confirmed " + n);
                System.out.flush();
            }
            System.out.println("done");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static boolean confirms(KioskState shown, String badge) {
        KioskState state = KioskState.underneath(shown);
        Pupil pupil = null;
        if (state instanceof KioskState.PickingReason p) {
            pupil = p.pupil();
        } else if (state instanceof KioskState.AlreadySignedIn a) {
            pupil = a.pupil();
        } else if (state instanceof KioskState.OnTime o) {
            pupil = o.pupil();
        }
        return pupil != null && pupil.badge().equals(badge);
    }

    /**
     * Where a start spends its time, from the probe's main on: wall milliseconds to each mark, and the
     * CPU the whole process had used by then (JIT and GC threads included; from /proc, -1 without it).
     * Under a CPU quota the wall time follows the CPU, so the CPU says which step to cut.
     */
    private static final class Timeline {
        private final long began = System.nanoTime();
        private final StringBuilder marks = new StringBuilder("timeline cpu-at-main " + cpuMillis());

        void mark(String name) {
            marks.append(' ').append(name).append(' ').append((System.nanoTime() - began) / 1_000_000).append(" cpu ")
                    .append(cpuMillis());
        }

        @Override
        public String toString() {
            return marks.toString();
        }

        /** utime + stime of this process from /proc/self/stat, in ms (clock ticks of 10 ms). */
        private static long cpuMillis() {
            try {
                String stat = Files.readString(Path.of("/proc/self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
            } catch (Exception | Error noProc) {
                return -1;
            }
        }
    }

    /** VmRSS (resident now) or VmHWM (the most it has been resident) from /proc, in MB; -1 without /proc. */
    private static double residentMegabytes(String field) throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }

    /** A clock the probe moves on, so every scan is a fresh late arrival. */
    private static final class MovingClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MovingClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
