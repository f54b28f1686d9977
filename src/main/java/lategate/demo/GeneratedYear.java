package lategate.demo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.app.NewArrival;
import lategate.app.ReasonGiven;
import lategate.app.Recording;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.Block;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.register.RegisterWindow;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.settings.SchoolSettings;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.wiring.Progress;

/**
 * A generated school year of lateness on a real database: the demo school's calendar moved back
 * whole weeks so the year is over; about 5% of pupil-days late, about 75% L and 25% U, a few
 * persistent latecomers, reasons, repeat scans and U amended to M; seeded. What 'bench reports' and
 * 'bench sync' time the reports on, and what the demo's history draws its arrival times from.
 */
public final class GeneratedYear {

    /** Of all pupil-days, the share late; of late marks, the share U; of a persistent latecomer's, U. */
    static final double LATE_SHARE = 0.05;
    static final double U_SHARE = 0.25;
    static final double PERSISTENT_U_SHARE = 0.6;

    private GeneratedYear() {
    }

    /**
     * A generated school: where its settings and database are, and what went into them.
     *
     * @param lateMarks marks that were L or U when made (one per late pupil-day)
     * @param block the block {@code report blocks} is timed on: the last whole block with one before it
     * @param thresholdsOn the day {@code report thresholds} looks back from: the year's last school day
     */
    public record Generated(Path settings, Path database, School school, int pupils, int schoolDays, int lateMarks,
                     int lateL, int lateU, int repeats, int amendedToM, int persistentLatecomers, int block,
                     LocalDate thresholdsOn, long databaseBytes, Duration took) {

        public double lateShare() {
            return lateMarks / (double) ((long) pupils * schoolDays);
        }
    }

    /**
     * Writes the settings and a database for {@code pupils} pupils with a year of late arrivals.
     * The demo school's calendar is moved back whole weeks (weekdays and half terms stay where they
     * are) until the year ended before {@code today}, since 'report blocks' refuses a block that has
     * not started.
     */
    public static Generated generate(Path folder, int pupils, long seed, LocalDate today) throws Exception {
        return generate(folder, pupils, seed, today, "demo", "Demo Primary School");
    }

    /**
     * The same for a school of another id and name (the demo school's settings otherwise), in
     * {@code ID.toml} and {@code ID.db}: the schools of a trust for 'bench sync'.
     */
    public static Generated generate(Path folder, int pupils, long seed, LocalDate today, String schoolId, String schoolName)
            throws Exception {
        return generateYears(folder, pupils, seed, today, schoolId, schoolName, 1).current();
    }

    /** One academic year of a generated history: its first and last school days and what was made in it. */
    public record GeneratedSpan(LocalDate firstDay, LocalDate lastDay, int arrivals, int lateMarks, int amendments) {
    }

    /**
     * A generated history: the current year (the one the settings hold, as {@link #generate} makes it)
     * and every year in the database, oldest first, the current one last.
     */
    public record History(Generated current, List<GeneratedSpan> years) {
    }

    /**
     * The demo school with {@code years} academic years of lateness in one database, as a school that
     * keeps its register the 6 years the 2024 regulations ask (docs/data-protection.md) holds it: the
     * current year as {@link #generate} makes it, and before it {@code years - 1} earlier years, each
     * on the current calendar moved back the whole weeks nearest to whole years (so each stays inside
     * its own academic year, 1 September to 31 August), with the same pupils and lateness rates. The
     * earlier years' settings are written under {@code history/K-years-before/} beside the current ones.
     */
    public static History generateYears(Path folder, int pupils, long seed, LocalDate today, int years)
            throws Exception {
        return generateYears(folder, pupils, seed, today, "demo", "Demo Primary School", years);
    }

    private static History generateYears(Path folder, int pupils, long seed, LocalDate today, String schoolId,
                                         String schoolName, int years) throws Exception {
        if (years < 1) {
            throw new IllegalArgumentException("a generated history has at least one year, not " + years);
        }
        long started = System.nanoTime();
        Files.createDirectories(folder);
        Path settingsFile = folder.resolve(schoolId + ".toml");
        String demo = demoSettings(schoolId, schoolName);
        long back = weeksBack(settingsFile, demo, today);
        School school = writeSettings(settingsFile, demo, back);
        List<School> calendars = new ArrayList<>();
        for (int k = years - 1; k >= 1; k--) {
            Path past = folder.resolve("history").resolve(k + "-years-before").resolve(schoolId + ".toml");
            Files.createDirectories(past.getParent());
            calendars.add(writeSettings(past, demo, back + Math.round(k * DAYS_A_YEAR / 7)));
        }
        calendars.add(school);
        List<List<LocalDate>> daysOfYears = new ArrayList<>();
        int allDays = 0;
        for (School s : calendars) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = s.calendar().yearStarts(); !d.isAfter(s.calendar().yearEnds()); d = d.plusDays(1)) {
                if (s.calendar().isSchoolDay(d)) {
                    days.add(d);
                }
            }
            daysOfYears.add(days);
            allDays += days.size();
        }
        Random random = new Random(seed);
        List<Pupil> roster = roster(pupils, random);
        double[] lateRate = new double[pupils];
        double[] uShare = new double[pupils];
        int persistent = latenessRates(random, lateRate, uShare);

        Path dbFile = folder.resolve(schoolId + ".db");
        Files.deleteIfExists(dbFile);
        YearCounts counts = null;
        List<GeneratedSpan> spans = new ArrayList<>();
        Progress progress = Progress.start("generating " + (years == 1 ? "a year" : years + " years") + " for "
                + pupils + " pupils", allDays);
        try (Database database = Database.create(dbFile)) {
            database.belongsTo(school.id());
            School oldest = calendars.get(0);
            Instant rollFrom = oldest.calendar().yearStarts().atStartOfDay(oldest.zone()).toInstant();
            new SqlitePupils(database).importRoster(roster, oldest.calendar().yearStarts(), rollFrom,
                    "bench-roster.csv", "-");
            SqliteRegisterLog log = new SqliteRegisterLog(database, school.zone());
            int done = 0;
            for (int y = 0; y < calendars.size(); y++) {
                List<LocalDate> days = daysOfYears.get(y);
                counts = recordYear(database, log, calendars.get(y), days, roster, lateRate, uShare, random,
                        progress, done);
                done += days.size();
                spans.add(new GeneratedSpan(days.get(0), days.get(days.size() - 1),
                        counts.lateL + counts.lateU + counts.repeats, counts.lateL + counts.lateU, counts.amendments));
            }
        } finally {
            progress.finish();
        }
        List<LocalDate> days = daysOfYears.get(daysOfYears.size() - 1);
        int blocks = (school.calendar().schoolWeekCount() + Block.WEEKS - 1) / Block.WEEKS;
        int block = school.calendar().schoolWeekCount() % Block.WEEKS == 0 ? blocks : blocks - 1;
        Generated current = new Generated(settingsFile, dbFile, school, pupils, days.size(),
                counts.lateL + counts.lateU, counts.lateL, counts.lateU, counts.repeats, counts.amendments, persistent,
                Math.max(1, block), days.get(days.size() - 1), Files.size(dbFile),
                Duration.ofNanos(System.nanoTime() - started));
        return new History(current, List.copyOf(spans));
    }

    /** The mean length of a year in the Gregorian calendar, in days. */
    private static final double DAYS_A_YEAR = 365.2425;

    private static final class YearCounts {
        int lateL;
        int lateU;
        int repeats;
        int amendments;
    }

    /** One year of late arrivals on {@code school}'s calendar, with their reasons and amendments. */
    private static YearCounts recordYear(Database database, SqliteRegisterLog log, School school, List<LocalDate> days,
                                         List<Pupil> roster, double[] lateRate, double[] uShare, Random random,
                                         Progress progress, int daysBefore) {
        int pupils = roster.size();
        YearCounts counts = new YearCounts();
        List<Amendment> amendments = new ArrayList<>();
        StaffIdentity office = new StaffIdentity("Pat Reed", "Receptionist");
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            double dayFactor = dayFactor(day.getDayOfWeek());
            List<NewArrival> arrivals = new ArrayList<>();
            for (int i = 0; i < pupils; i++) {
                if (random.nextDouble() >= lateRate[i] * dayFactor) {
                    continue;
                }
                boolean u = random.nextDouble() < uShare[i];
                Register register = random.nextDouble() < 0.92 ? Register.AM : Register.PM;
                Instant at = arrivalTime(school, day, register, u, random);
                Classification c = school.registerRules().classify(at);
                if (!c.mark().isLate()) {
                    throw new IllegalStateException("a generated late arrival was not late: " + c.explanation());
                }
                Optional<ReasonGiven> reason = reason(school, random).map(ReasonGiven::byPupil);
                arrivals.add(new NewArrival(roster.get(i), c, "gate", "pupil (badge scan)", at,
                        school.consequenceOf(c.mark(), register), reason,
                        lategate.domain.register.SignInMethod.SCAN));
                if (c.mark() == Mark.U && reason.isPresent() && reason.get().reason().authorises().isPresent()
                        && random.nextDouble() < 0.6) {
                    amendments.add(new Amendment(roster.get(i).id(), day, register, AttendanceCode.U,
                            reason.get().reason().authorises().get(), Optional.empty(),
                            "claimed reason confirmed", Optional.of("appointment card seen"),
                            at.plus(40, ChronoUnit.MINUTES), office, Optional.empty()));
                }
                if (random.nextDouble() < 0.03) {
                    // A second scan a minute or two later, at the other kiosk: kept as a repeat.
                    Instant again = at.plusSeconds(30 + random.nextInt(150));
                    Classification repeat = school.registerRules().classify(again);
                    if (repeat.register().equals(c.register())) {
                        arrivals.add(new NewArrival(roster.get(i), repeat, "reception", "pupil (badge scan)",
                                again, Optional.empty(), Optional.empty(),
                                lategate.domain.register.SignInMethod.SCAN));
                    }
                }
            }
            arrivals.sort(Comparator.comparing(a -> a.classification().arrivedAt().toInstant()));
            for (Recording r : log.recordAll(arrivals)) {
                if (r instanceof Recording.Repeat) {
                    counts.repeats++;
                } else if (r.arrival().mark() == Mark.L) {
                    counts.lateL++;
                } else {
                    counts.lateU++;
                }
            }
            progress.advance(daysBefore + d + 1L);
        }
        new SqliteAmendments(database).record(amendments);
        counts.amendments = amendments.size();
        return counts;
    }

    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private static String demoSettings(String schoolId, String schoolName) throws Exception {
        String demo;
        try (InputStream in = DemoSchool.class.getResourceAsStream(DemoSchool.SETTINGS)) {
            if (in == null) {
                throw new IllegalStateException("the demo settings are missing from the jar");
            }
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return demo.replaceFirst("(?m)^id = \"demo\"$", "id = \"" + schoolId + "\"")
                .replaceFirst("(?m)^name = \"Demo Primary School\"$", "name = \"" + schoolName + "\"");
    }

    /** Whole years of weeks (52 at a time) to move the demo calendar back so its year ends before today. */
    private static long weeksBack(Path file, String demo, LocalDate today) throws Exception {
        Files.writeString(file, demo, StandardCharsets.UTF_8);
        LocalDate ends = SchoolSettings.load(file).calendar().yearEnds();
        long weeks = 0;
        while (!ends.minusWeeks(weeks).isBefore(today)) {
            weeks += 52;
        }
        return weeks;
    }

    private static School writeSettings(Path file, String demo, long back) throws Exception {
        Matcher m = DATE.matcher(demo);
        StringBuilder moved = new StringBuilder("# Written by 'lategate bench reports': the demo school's settings, "
                + "every date moved back " + back + " weeks.\n");
        while (m.find()) {
            m.appendReplacement(moved, LocalDate.parse(m.group(1)).minusWeeks(back).toString());
        }
        m.appendTail(moved);
        Files.writeString(file, moved.toString(), StandardCharsets.UTF_8);
        return SchoolSettings.load(file);
    }

    private static final String[] GIVEN = {"Amelia", "Oliver", "Zoë", "Muhammad", "Siobhán", "Noah", "Isla", "Leo",
            "Ava", "Arthur", "Freya", "Oscar", "Chloé", "Kacper", "Aisha", "Dylan", "Maja", "Ibrahim", "Nia", "Theo"};
    private static final String[] FAMILY = {"Jones", "O'Neill", "Nguyễn", "Smith", "Khan", "Williams", "Kowalski",
            "Brown", "Patel", "Taylor", "Ahmed", "Davies", "Ó Briain", "Evans", "Wilson", "Okafor", "Thomas"};

    /** A secondary-sized roll: years 7 to 11, classes of about 30 (7A, 7B, …). */
    private static List<Pupil> roster(int pupils, Random random) {
        List<Pupil> roster = new ArrayList<>(pupils);
        for (int i = 0; i < pupils; i++) {
            String year = Integer.toString(7 + i % 5);
            String className = year + (char) ('A' + (i / 5) % Math.max(1, Math.min(20, pupils / 150)));
            roster.add(new Pupil(String.format("P%05d", i + 1), GIVEN[i % GIVEN.length],
                    FAMILY[(i / GIVEN.length + 3 * i) % FAMILY.length], year, className,
                    String.format("BENCH%06d", i + 1),
                    new Characteristics(random.nextInt(100) < 12, random.nextInt(100) < 25, random.nextInt(100) < 20,
                            random.nextInt(100) < 2, random.nextInt(100) < 15), Optional.empty()));
        }
        return roster;
    }

    /**
     * Each pupil's chance of being late on a day, and how many of their late marks are U. A few
     * persistent latecomers (1 in 100, at least 2) are late a quarter to nearly half of their
     * days, mostly U, so the penalty notice threshold has people at it; everyone else shares
     * the rest of the 5%, unevenly (exponentially).
     *
     * @return how many persistent latecomers there are
     */
    private static int latenessRates(Random random, double[] lateRate, double[] uShare) {
        int pupils = lateRate.length;
        int persistent = Math.max(2, pupils / 100);
        boolean[] chosen = new boolean[pupils];
        double persistentSum = 0;
        for (int k = 0; k < persistent; k++) {
            int i;
            do {
                i = random.nextInt(pupils);
            } while (chosen[i]);
            chosen[i] = true;
            lateRate[i] = 0.25 + 0.2 * random.nextDouble();
            uShare[i] = PERSISTENT_U_SHARE;
            persistentSum += lateRate[i];
        }
        double[] weight = new double[pupils];
        double weights = 0;
        for (int i = 0; i < pupils; i++) {
            if (!chosen[i]) {
                weight[i] = -Math.log(1 - random.nextDouble());
                weights += weight[i];
            }
        }
        double rest = Math.max(0, LATE_SHARE * pupils - persistentSum);
        double scale = rest / weights;
        // Everyone else's U share makes about a quarter of all late marks U, however many of them
        // the persistent latecomers make (a small school still has two of them).
        double restU = rest == 0 ? 0 : Math.max(0.05, Math.min(0.6,
                (U_SHARE * LATE_SHARE * pupils - PERSISTENT_U_SHARE * persistentSum) / rest));
        for (int i = 0; i < pupils; i++) {
            if (!chosen[i]) {
                lateRate[i] = Math.min(0.5, weight[i] * scale);
                uShare[i] = restU;
            }
        }
        return persistent;
    }

    /** More pupils are late on Mondays and Fridays; the five average 1. */
    private static double dayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.15;
            case FRIDAY -> 1.05;
            case WEDNESDAY -> 0.9;
            default -> 0.95;
        };
    }

    /**
     * A time in the register's L window (mostly a few minutes after it is taken) or after it
     * closes (mostly within the hour), to the second.
     */
    public static Instant arrivalTime(School school, LocalDate day, Register register, boolean u, Random random) {
        RegisterWindow window = register == Register.AM ? school.timetable().morning() : school.timetable().afternoon();
        LocalTime latest = register == Register.AM ? school.timetable().afternoon().taken()
                : school.timetable().dayEnds();
        long seconds;
        LocalTime from;
        long room;
        LocalTime closes = window.closes().plus(school.timetable().graceAfterClose());
        if (u) {
            from = closes;
            room = Duration.between(from, latest).toSeconds();
            seconds = (long) (-Math.log(1 - random.nextDouble()) * 25 * 60);
        } else {
            from = window.taken();
            room = Duration.between(from, closes).toSeconds();
            seconds = (long) (-Math.log(1 - random.nextDouble()) * 7 * 60);
        }
        return day.atTime(from.plusSeconds(Math.min(seconds, room - 1))).atZone(school.zone()).toInstant();
    }

    /** Most late pupils give a reason; some walk off without one. */
    public static Optional<LateReason> reason(School school, Random random) {
        int r = random.nextInt(100);
        String key = r < 28 ? "transport" : r < 48 ? "overslept" : r < 58 ? "medical" : r < 72 ? "family"
                : r < 80 ? "other" : null;
        return key == null ? Optional.empty() : school.reason(key);
    }
}
