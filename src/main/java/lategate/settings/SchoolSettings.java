package lategate.settings;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lategate.app.PinHash;
import lategate.domain.calendar.Closure;
import lategate.domain.calendar.ClosureKind;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.calendar.Term;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.lateness.PenaltyNoticeThreshold;
import lategate.domain.lateness.PersistentLateArrival;
import lategate.domain.lateness.StageLadder;
import lategate.domain.movement.LunchTimes;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.register.RegisterTimetable;
import lategate.domain.register.RegisterWindow;
import lategate.domain.register.TimetableProblem;
import lategate.domain.school.Consequences;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * Reads {@code config/schools/NAME.toml} into a validated {@link School}. Every problem in the
 * file is reported at once, each with its file, line and dotted key; the shipped files show
 * the format, with the policy section behind each value.
 */
public final class SchoolSettings {

    static final int DEFAULT_RETENTION_YEARS = 6;
    /** The largest settings file read; anything that reads one whole keeps to it too. */
    public static final int MAX_FILE_BYTES = SettingsText.MAX_BYTES;
    /** The name a kiosk machine gives its one school's settings, whatever the school's id. */
    static final String KIOSK_FILE_NAME = "school.toml";
    private static final String NO_EXIT_PIN = "no staff exit PIN, so 'lategate kiosk' will not start on this file: "
            + "run 'lategate pin-hash' and put its line under [kiosk]";
    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");
    /** The longest policy section a settings file may name, e.g. "§12.2" or "§21 and Appendix 1". */
    static final int MAX_SOURCE_CHARS = 60;
    private static final Set<String> REASON_CODES_ALLOWED = Set.of("M", "I", "C", "R", "J1", "C1", "S", "T");

    private SchoolSettings() {
    }

    /** The school's rules from its settings file. */
    public static School load(Path file) throws InvalidSettingsException {
        return read(file).school();
    }

    /** Everything in the settings file: the school's rules, its kiosk's behaviour and its staff lockout. */
    public static Settings read(Path file) throws InvalidSettingsException {
        Problems problems = new Problems(file);
        Optional<byte[]> read = SettingsText.readCapped(file, problems);
        if (read.isEmpty()) {
            throw new InvalidSettingsException(problems.sorted());
        }
        byte[] bytes = read.get();
        // Decoded here, strictly, rather than by tomlj, so a file that is not UTF-8 is named with
        // its line instead of being read with replacement characters.
        Optional<String> text = SettingsText.decode(bytes, problems);
        if (text.isEmpty()) {
            throw new InvalidSettingsException(problems.sorted());
        }
        return parse(text.get(), file, problems);
    }

    /**
     * A settings file's text held somewhere other than a file (the hub keeps each school's as its
     * kiosks sent it), read exactly as {@link #read(Path)} reads a file. {@code name} stands for the
     * file in every problem ({@code NAME:LINE: KEY: message}) and its file name must be the school's
     * id with {@code .toml}, as a file's must, e.g. {@code hub.school_settings/hill-view.toml}.
     */
    public static Settings read(String text, Path name) throws InvalidSettingsException {
        return parse(text, name, new Problems(name));
    }

    private static Settings parse(String text, Path file, Problems problems) throws InvalidSettingsException {
        if (!SettingsText.nestingWithinLimit(text, problems)) {
            throw new InvalidSettingsException(problems.sorted());
        }
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            for (TomlParseError error : toml.errors()) {
                problems.add(error.position().line(), "", "not valid TOML: " + error.getMessage());
            }
            throw new InvalidSettingsException(problems.sorted());
        }
        Reading reading = new Reading(problems, new Section(problems, toml, "", 1), file);
        Optional<School> school = reading.school();
        KioskSettings kiosk = reading.kiosk();
        StaffSettings staff = reading.staff();
        Optional<LunchTimes> lunch = reading.lunch();
        LatenessPolicy lateness = new LatenessPolicy(reading.penaltyNotice(), reading.persistentLate(),
                reading.stages(), reading.citation("thresholds", "penalty_notice_source",
                        LatenessPolicy.NATIONAL_FRAMEWORK),
                reading.citation("thresholds", "persistent_late_source", LatenessPolicy.SCHOOL_POLICY),
                reading.citation("stages", "source", LatenessPolicy.SCHOOL_POLICY));
        String signOut = reading.citation("school", "sign_out_source", Settings.UNCITED);
        SyncSettings sync = reading.sync();
        BadgeSettings badges = reading.badges();
        ClockSettings clock = reading.clock();
        List<ScannerSettings> scanners = reading.scanners();
        BackupSettings backup = reading.backup();
        if (problems.any() || school.isEmpty()) {
            throw new InvalidSettingsException(problems.sorted(), problems.warnings());
        }
        return new Settings(school.get(), kiosk, staff, lunch, lateness, sync, badges, clock, scanners, backup,
                signOut, problems.warnings());
    }

    /** One pass over one file; collects problems and builds the school only if there were none. */
    private static final class Reading {
        private final Problems problems;
        private final Section root;
        private final Path file;
        /** The school's policy as [school] policy names it, for citing a section of it; empty until read. */
        private String policyTitle = "";

        Reading(Problems problems, Section root, Path file) {
            this.problems = problems;
            this.root = root;
            this.file = file;
        }

        Optional<School> school() {
            root.allowOnly(Set.of("school", "registers", "day", "retention", "calendar", "reasons", "consequences", "lunch", "thresholds",
                    "stages", "kiosk", "staff", "sync", "badges", "scanner", "clock", "backup"));

            Optional<Section> schoolTable = root.table("school", true);
            Optional<String> id = schoolTable.flatMap(s -> s.string("id", true));
            Optional<String> name = schoolTable.flatMap(s -> s.string("name", true));
            Optional<ZoneId> zone = schoolTable.flatMap(this::zone);
            Optional<String> policy = schoolTable.flatMap(s -> s.string("policy", true));
            policy.ifPresent(p -> policyTitle = p);
            schoolTable.ifPresent(s -> s.allowOnly(Set.of("id", "name", "time_zone", "policy", "sign_out_source")));
            id.filter(i -> !i.matches("[a-z0-9][a-z0-9-]*"))
                    .ifPresent(i -> schoolTable.get().problem("id",
                            "'" + i + "' must be lowercase letters, digits and hyphens, e.g. \"hill-view\""));
            // Among many schools' files (config/schools/) a file named for its school catches one copied
            // from another and not edited; a kiosk machine holds one school, whose file the service
            // names school.toml (kiosk/lategate-kiosk.service, README "Install on a kiosk").
            id.filter(i -> i.matches("[a-z0-9][a-z0-9-]*"))
                    .filter(i -> !file.getFileName().toString().equals(i + ".toml")
                            && !file.getFileName().toString().equals(KIOSK_FILE_NAME))
                    .ifPresent(i -> schoolTable.get().problem("id",
                            "'" + i + "' does not match the file name " + file.getFileName()
                                    + ": name the file " + i + ".toml (or " + KIOSK_FILE_NAME
                                    + ", a kiosk machine's one school)"));

            Optional<RegisterTimetable> timetable = timetable();
            Optional<SchoolCalendar> calendar = calendar();
            List<LateReason> reasons = reasons();
            Consequences consequences = consequences();
            Period retention = root.table("retention", false).map(this::retention)
                    .orElse(Period.ofYears(DEFAULT_RETENTION_YEARS));

            if (problems.any()) {
                return Optional.empty();
            }
            return Optional.of(new School(id.get(), name.get(), zone.get(), policy.get(), timetable.get(),
                    calendar.get(), reasons, consequences, retention));
        }

        /**
         * How messages cite the policy behind {@code [table] key}: the school's policy title and the
         * section the key names (e.g. "Attendance Policy §10"), or {@code uncited} when the table or
         * the key is absent. A section is one short line, as the register windows' {@code source} is.
         */
        String citation(String table, String key, String uncited) {
            Optional<Section> t = root.table(table, false);
            if (t.isEmpty()) {
                return uncited;
            }
            Optional<String> section = t.get().string(key, false);
            if (section.isPresent() && (section.get().length() > MAX_SOURCE_CHARS || section.get().contains("\n"))) {
                t.get().problem(key, "is not a section of the policy: one line of at most " + MAX_SOURCE_CHARS
                        + " characters, e.g. " + key + " = \"§10\"");
                return uncited;
            }
            return section.map(s -> (policyTitle + " " + s).strip()).orElse(uncited);
        }

        KioskSettings kiosk() {
            Optional<Section> table = root.table("kiosk", false);
            if (table.isEmpty()) {
                root.warning("kiosk", NO_EXIT_PIN);
                return KioskSettings.DEFAULTS;
            }
            Section k = table.get();
            k.allowOnly(Set.of("message_seconds", "reason_timeout_seconds", "exit_key", "exit_pin_hash", "staff_key"));
            KioskSettings d = KioskSettings.DEFAULTS;
            Duration message = k.integer("message_seconds", false, 1, 60).map(Duration::ofSeconds)
                    .orElse(d.messageFor());
            Duration reasonTimeout = k.integer("reason_timeout_seconds", false, 10, 600).map(Duration::ofSeconds)
                    .orElse(d.reasonTimeout());
            int exitKey = functionKey(k, "exit_key", "F12").orElse(d.exitFunctionKey());
            int staffKey = functionKey(k, "staff_key", "F2").orElse(d.staffFunctionKey());
            if (staffKey == exitKey && (k.has("staff_key") || k.has("exit_key"))) {
                k.problem(k.has("staff_key") ? "staff_key" : "exit_key", "F" + staffKey + " is both the exit key and "
                        + "the staff key: give each its own function key, e.g. staff_key = \"F2\", exit_key = \"F12\"");
            }
            Optional<PinHash> pin = k.string("exit_pin_hash", false).flatMap(hash -> {
                try {
                    return Optional.of(PinHash.parse(hash));
                } catch (IllegalArgumentException e) {
                    k.problem("exit_pin_hash", "the value " + e.getMessage());
                    return Optional.empty();
                }
            });
            if (!k.has("exit_pin_hash")) {
                k.warning("exit_pin_hash", NO_EXIT_PIN);
            }
            return new KioskSettings(message, reasonTimeout, exitKey, pin, staffKey);
        }

        /** A function key setting, F1 to F12, as its number; a problem at its key if it is not one. */
        private static Optional<Integer> functionKey(Section k, String key, String example) {
            return k.string(key, false).flatMap(value -> {
                if (value.matches("F([1-9]|1[0-2])")) {
                    return Optional.of(Integer.parseInt(value.substring(1)));
                }
                k.problem(key, "'" + value + "' is not a function key: use F1 to F12, e.g. \"" + example + "\"");
                return Optional.empty();
            });
        }

        /**
         * The optional [thresholds] table; without it, the national threshold: 10 sessions of
         * unauthorised absence in a rolling 10 school weeks (the national framework for penalty notices in
         * Working together to improve school attendance, 2024), approaching at 8.
         */
        PenaltyNoticeThreshold penaltyNotice() {
            PenaltyNoticeThreshold national = PenaltyNoticeThreshold.NATIONAL;
            Optional<Section> table = root.table("thresholds", false);
            if (table.isEmpty()) {
                return national;
            }
            Section t = table.get();
            t.allowOnly(Set.of("penalty_notice_sessions", "penalty_notice_school_weeks", "approaching_at",
                    "persistent_late_u_marks", "persistent_late_per", "persistent_late_approaching_at",
                    "penalty_notice_source", "persistent_late_source"));
            int sessions = t.integer("penalty_notice_sessions", false, 1, 100).orElse((long) national.sessions())
                    .intValue();
            int weeks = t.integer("penalty_notice_school_weeks", false, 1, 40).orElse((long) national.schoolWeeks())
                    .intValue();
            int approaching = t.integer("approaching_at", false, 1, 100).orElse((long) national.approachingAt())
                    .intValue();
            if (approaching > sessions) {
                t.problem("approaching_at", "the warning level " + approaching + " is above the threshold " + sessions);
                return national;
            }
            return new PenaltyNoticeThreshold(sessions, weeks, approaching);
        }

        /**
         * Persistent late arrival after the register closes (the school's policy): only
         * when the school sets a number of U marks, since policies give none.
         */
        Optional<PersistentLateArrival> persistentLate() {
            Optional<Section> table = root.table("thresholds", false);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            Section t = table.get();
            Optional<Long> marks = t.integer("persistent_late_u_marks", false, 1, 200);
            Optional<String> per = t.string("persistent_late_per", false);
            Optional<Long> approaching = t.integer("persistent_late_approaching_at", false, 1, 200);
            if (marks.isEmpty()) {
                for (String key : List.of("persistent_late_per", "persistent_late_approaching_at")) {
                    if (t.has(key)) {
                        t.problem(key, "needs persistent_late_u_marks, the number of U marks that is persistent "
                                + "late arrival, e.g. persistent_late_u_marks = 4");
                    }
                }
                return Optional.empty();
            }
            PersistentLateArrival.Span span = PersistentLateArrival.Span.TERM;
            if (per.isPresent()) {
                if (per.get().equals("block")) {
                    span = PersistentLateArrival.Span.BLOCK;
                } else if (!per.get().equals("term")) {
                    t.problem("persistent_late_per", "'" + per.get() + "' is not \"block\" (a 4-weekly block) or "
                            + "\"term\"");
                    return Optional.empty();
                }
            } else {
                t.problem("persistent_late_per", "missing: say whether the U marks are counted per \"block\" (4 "
                        + "school weeks) or per \"term\"");
                return Optional.empty();
            }
            if (approaching.isPresent() && approaching.get() >= marks.get()) {
                t.problem("persistent_late_approaching_at", "the warning level " + approaching.get()
                        + " must be below the threshold " + marks.get());
                return Optional.empty();
            }
            return Optional.of(new PersistentLateArrival(marks.get().intValue(), span,
                    approaching.map(a -> java.util.OptionalInt.of(a.intValue())).orElse(java.util.OptionalInt.empty())));
        }

        /** The optional [stages] table: the ladder of staged letters (the school's policy). */
        Optional<StageLadder> stages() {
            Optional<Section> table = root.table("stages", false);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            Section s = table.get();
            s.allowOnly(Set.of("enter_at_late_marks", "source"));
            return s.integer("enter_at_late_marks", true, 1, 200).map(n -> new StageLadder(n.intValue()));
        }

        /** The optional [[scanner]] tables: serial scanners; none means a keyboard-wedge scanner only. */
        List<ScannerSettings> scanners() {
            return ScannerSettingsReading.read(root);
        }

        /** The optional [badges] table: where the key that signs the badges' QR codes is kept. */
        BadgeSettings badges() {
            Optional<Section> table = root.table("badges", false);
            if (table.isEmpty()) {
                return BadgeSettings.NONE;
            }
            Section b = table.get();
            b.allowOnly(Set.of("key_file"));
            Optional<Path> keyFile = b.string("key_file", false).map(Path::of);
            keyFile.filter(p -> !p.isAbsolute()).ifPresent(p -> b.problem("key_file",
                    "'" + p + "' must be an absolute path, e.g. \"/etc/lategate/badge-key\""));
            return new BadgeSettings(keyFile.filter(Path::isAbsolute));
        }

        /** The optional [clock] table: how far the kiosk's clock may jump while running (docs/domain.md, "The kiosk's clock"). */
        ClockSettings clock() {
            Optional<Section> table = root.table("clock", false);
            if (table.isEmpty()) {
                return ClockSettings.DEFAULTS;
            }
            Section c = table.get();
            c.allowOnly(Set.of("max_jump_minutes"));
            return new ClockSettings(c.integer("max_jump_minutes", false, 1, 24 * 60).map(Duration::ofMinutes)
                    .orElse(ClockSettings.DEFAULTS.maxJump()));
        }

        /** The optional [backup] table: where and when the kiosk backs up its database. */
        BackupSettings backup() {
            Optional<Section> table = root.table("backup", false);
            if (table.isEmpty()) {
                return BackupSettings.NONE;
            }
            Section b = table.get();
            b.allowOnly(Set.of("folder", "at", "keep"));
            Optional<Path> folder = b.string("folder", false).map(Path::of);
            folder.filter(p -> !p.isAbsolute()).ifPresent(p -> b.problem("folder",
                    "'" + p + "' must be an absolute path, e.g. \"/media/usb/lategate-backups\""));
            Optional<LocalTime> at = b.time("at", false);
            int keep = b.integer("keep", false, 1, 1000).map(Long::intValue).orElse(BackupSettings.DEFAULT_KEEP);
            return new BackupSettings(folder.filter(Path::isAbsolute), at, keep);
        }

        /** The optional [sync] table: where and when daily summaries go. */
        SyncSettings sync() {
            Optional<Section> table = root.table("sync", false);
            if (table.isEmpty()) {
                return SyncSettings.NONE;
            }
            Section s = table.get();
            s.allowOnly(Set.of("target", "summary_at", "automatic", "password_file"));
            Optional<String> target = s.string("target", false).filter(t -> validTarget(s, t));
            Optional<LocalTime> at = s.time("summary_at", false);
            boolean automatic = s.bool("automatic", false).orElse(false);
            Optional<Path> passwordFile = s.string("password_file", false).map(Path::of);
            passwordFile.filter(p -> !p.isAbsolute()).ifPresent(p -> s.problem("password_file",
                    "'" + p + "' must be an absolute path, e.g. \"/etc/lategate/hub-password\""));
            if (automatic && target.isEmpty() && !s.has("target")) {
                s.problem("automatic", "automatic sync needs a target: add target = \"/media/usb/lategate\" or "
                        + "target = \"postgresql://user@host:5432/attendance\" under [sync]");
            }
            return new SyncSettings(target, at, automatic, passwordFile);
        }

        private static boolean validTarget(Section s, String target) {
            if (target.contains("://")) {
                if (!target.startsWith("postgresql://")) {
                    s.problem("target", "'" + target + "' is not a folder or a postgresql:// address");
                    return false;
                }
                String authority = target.substring("postgresql://".length()).split("[/?]", 2)[0];
                String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
                if (java.util.Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT))
                        .anyMatch(p -> p.equals("password") || p.equals("sslpassword"))) {
                    s.problem("target", "the address holds a password parameter: keep the password in the file named "
                            + "by password_file (or the environment variable LATEGATE_HUB_PASSWORD), never in the "
                            + "settings");
                    return false;
                }
                if (authority.contains("@") && authority.substring(0, authority.indexOf('@')).contains(":")) {
                    s.problem("target", "the address holds a password: keep it in the file named by password_file "
                            + "(or the environment variable LATEGATE_HUB_PASSWORD), never in the settings");
                    return false;
                }
                return true;
            }
            if (!Path.of(target).isAbsolute()) {
                s.problem("target", "the folder '" + target + "' must be an absolute path, e.g. \"/media/usb/lategate\"");
                return false;
            }
            return true;
        }

        /** The optional [lunch] table: lunchtime and the pass rules (the school's policy). */
        Optional<LunchTimes> lunch() {
            Optional<Section> table = root.table("lunch", false);
            if (table.isEmpty()) {
                return Optional.empty();
            }
            Section l = table.get();
            l.allowOnly(Set.of("starts", "ends", "leave_within_minutes", "back_before_end_minutes", "source"));
            Optional<LocalTime> starts = l.time("starts", true);
            Optional<LocalTime> ends = l.time("ends", true);
            Duration leave = Duration.ofMinutes(l.integer("leave_within_minutes", false, 0, 120).orElse(10L));
            Duration back = Duration.ofMinutes(l.integer("back_before_end_minutes", false, 0, 120).orElse(5L));
            if (starts.isEmpty() || ends.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new LunchTimes(starts.get(), ends.get(), leave, back,
                        citation("lunch", "source", LunchTimes.UNCITED)));
            } catch (IllegalArgumentException e) {
                l.problem("ends", e.getMessage());
                return Optional.empty();
            }
        }

        StaffSettings staff() {
            Optional<Section> table = root.table("staff", false);
            if (table.isEmpty()) {
                return StaffSettings.DEFAULTS;
            }
            Section s = table.get();
            s.allowOnly(Set.of("lockout_after_wrong_pins", "lockout_minutes", "idle_lock_minutes"));
            StaffSettings d = StaffSettings.DEFAULTS;
            int wrongPins = s.integer("lockout_after_wrong_pins", false, 3, 20).map(Long::intValue)
                    .orElse(d.lockoutAfterWrongPins());
            Duration lockout = s.integer("lockout_minutes", false, 1, 24 * 60).map(Duration::ofMinutes)
                    .orElse(d.lockoutFor());
            Duration idle = s.integer("idle_lock_minutes", false, 1, 60).map(Duration::ofMinutes)
                    .orElse(d.idleLock());
            return new StaffSettings(wrongPins, lockout, idle);
        }

        private Optional<ZoneId> zone(Section school) {
            Optional<ZoneId> zone = school.string("time_zone", true).flatMap(z -> {
                try {
                    return Optional.of(ZoneId.of(z));
                } catch (DateTimeException e) {
                    school.problem("time_zone", "'" + z + "' is not a time zone; schools in England use \"Europe/London\"");
                    return Optional.empty();
                }
            });
            // A fixed zone such as "UTC" or "GMT+1" is a real zone, so it loads, but it does not
            // move with British Summer Time: every mark for half the year would be an hour out.
            // Compared by rules, so an alias of the same clock (such as "GB") is not warned about.
            zone.filter(z -> !z.getRules().equals(UK_TIME.getRules())).ifPresent(z -> school.warning("time_zone",
                    "'" + z.getId() + "' is not UK time: a school in England uses \"Europe/London\", which moves with"
                            + " British Summer Time; any other zone puts marks an hour out for part of the year"));
            return zone;
        }

        private Period retention(Section r) {
            r.allowOnly(Set.of("years"));
            long years = r.integer("years", true, 1, 100).orElse((long) DEFAULT_RETENTION_YEARS);
            // Older policies say 3 years (the 2006 regulations): the school's to decide, so it loads,
            // but the law changed under it, so say so every time the file is checked.
            if (years < DEFAULT_RETENTION_YEARS) {
                r.warning("years", years + (years == 1 ? " year" : " years") + " is less than the law asks:"
                        + " the 2024 regulations keep register entries for " + DEFAULT_RETENTION_YEARS
                        + " years after the date each entry was made; check the policy is up to date");
            }
            return Period.ofYears((int) years);
        }

        private Optional<RegisterTimetable> timetable() {
            Optional<Section> registers = root.table("registers", true);
            registers.ifPresent(r -> r.allowOnly(Set.of("am", "pm")));
            Optional<Section> am = registers.flatMap(r -> r.table("am", true));
            Optional<Section> pm = registers.flatMap(r -> r.table("pm", true));
            Optional<RegisterWindow> morning = am.flatMap(s -> window(s, Register.AM));
            Optional<RegisterWindow> afternoon = pm.flatMap(s -> window(s, Register.PM));

            Optional<Section> day = root.table("day", true);
            day.ifPresent(d -> d.allowOnly(Set.of("ends", "grace_after_close_minutes")));
            Optional<LocalTime> ends = day.flatMap(d -> d.time("ends", true));
            Optional<Duration> grace = day.flatMap(d -> d.integer("grace_after_close_minutes", true, 0, 240))
                    .map(Duration::ofMinutes);
            if (morning.isEmpty() || afternoon.isEmpty() || ends.isEmpty() || grace.isEmpty()) {
                return Optional.empty();
            }
            // The domain decides what a valid day is; this file only says where in the file it went wrong.
            List<TimetableProblem> clashes = RegisterTimetable.problems(morning.get(), afternoon.get(), grace.get(),
                    ends.get());
            for (TimetableProblem clash : clashes) {
                if (clash.field() == TimetableProblem.Field.AFTERNOON_TAKEN) {
                    pm.get().problem("taken", clash.message());
                } else {
                    day.get().problem("ends", clash.message());
                }
            }
            return clashes.isEmpty()
                    ? Optional.of(new RegisterTimetable(morning.get(), afternoon.get(), grace.get(), ends.get()))
                    : Optional.empty();
        }

        private Optional<RegisterWindow> window(Section s, Register register) {
            s.allowOnly(Set.of("taken", "closes", "source"));
            Optional<LocalTime> taken = s.time("taken", true);
            Optional<LocalTime> closes = s.time("closes", true);
            Optional<String> source = s.string("source", true);
            if (taken.isEmpty() || closes.isEmpty() || source.isEmpty()) {
                return Optional.empty();
            }
            if (!closes.get().isAfter(taken.get())) {
                s.problem("closes", "the " + register.words() + " register closes at " + closes.get()
                        + ", before it is taken at " + taken.get() + ": closes must be later than taken");
                return Optional.empty();
            }
            return Optional.of(new RegisterWindow(register, taken.get(), closes.get(), source.get()));
        }

        /**
         * Checks every term and closure even when something before them is wrong, so one run of
         * {@code config check} lists all of the calendar's problems; builds it only if there were none.
         */
        private Optional<SchoolCalendar> calendar() {
            Optional<Section> calendar = root.table("calendar", true);
            if (calendar.isEmpty()) {
                return Optional.empty();
            }
            int problemsBefore = problems.count();
            Section c = calendar.get();
            c.allowOnly(Set.of("year_starts", "year_ends", "terms", "closures"));
            Optional<LocalDate> starts = c.date("year_starts", true);
            Optional<LocalDate> ends = c.date("year_ends", true);
            boolean yearIsValid = starts.isPresent() && ends.isPresent() && ends.get().isAfter(starts.get());
            if (starts.isPresent() && ends.isPresent() && !yearIsValid) {
                c.problem("year_ends", "the academic year ends " + ends.get() + ", before it starts " + starts.get());
            }
            List<Term> terms = terms(c, yearIsValid ? starts : Optional.empty(), ends);
            List<Closure> closures = closures(c, terms);
            if (!yearIsValid || problems.count() > problemsBefore) {
                return Optional.empty();
            }
            return Optional.of(new SchoolCalendar(starts.get(), ends.get(), terms, closures));
        }

        /**
         * Every term whose dates can be read, even one with another problem (no name, outside the
         * academic year): the closures are checked against all of them, so a term with a wrong
         * value does not also make its closures "not inside any term".
         *
         * @param yearStarts empty when the academic year itself is wrong: then no term can be
         *                   said to be outside it
         */
        private List<Term> terms(Section c, Optional<LocalDate> yearStarts, Optional<LocalDate> yearEnds) {
            List<Term> terms = new ArrayList<>();
            List<Section> termSections = c.tables("terms");
            if (termSections.isEmpty()) {
                problems.add(c.line(), "calendar.terms", "no terms: add at least one [[calendar.terms]] with name, starts and ends");
            }
            for (Section t : termSections) {
                t.allowOnly(Set.of("name", "starts", "ends"));
                Optional<String> name = t.string("name", true);
                Optional<LocalDate> from = t.date("starts", true);
                Optional<LocalDate> to = t.date("ends", true);
                if (from.isEmpty() || to.isEmpty()) {
                    continue;
                }
                if (to.get().isBefore(from.get())) {
                    t.problem("ends", "the term ends " + to.get() + ", before it starts " + from.get());
                    continue;
                }
                if (yearStarts.isPresent() && yearEnds.isPresent()
                        && (from.get().isBefore(yearStarts.get()) || to.get().isAfter(yearEnds.get()))) {
                    t.problem(from.get().isBefore(yearStarts.get()) ? "starts" : "ends", "the term " + from.get()
                            + " to " + to.get() + " is not inside the academic year " + yearStarts.get() + " to "
                            + yearEnds.get());
                }
                Term term = new Term(name.orElse(t.path()), from.get(), to.get());
                terms.stream().filter(term::overlaps).findFirst().ifPresent(other -> t.problem("starts",
                        "the term '" + term.name() + "' overlaps the term '" + other.name() + "' (" + other.starts()
                                + " to " + other.ends() + ")"));
                terms.add(term);
            }
            return terms;
        }

        private List<Closure> closures(Section c, List<Term> terms) {
            List<Closure> closures = new ArrayList<>();
            for (Section cl : c.tables("closures")) {
                cl.allowOnly(Set.of("name", "kind", "starts", "ends"));
                Optional<String> name = cl.string("name", true);
                Optional<ClosureKind> kind = cl.string("kind", true).flatMap(k -> closureKind(cl, k));
                Optional<LocalDate> from = cl.date("starts", true);
                Optional<LocalDate> to = cl.has("ends") ? cl.date("ends", true) : from;
                if (from.isEmpty() || to.isEmpty()) {
                    continue;
                }
                if (to.get().isBefore(from.get())) {
                    cl.problem("ends", "the closure ends " + to.get() + ", before it starts " + from.get());
                    continue;
                }
                boolean inATerm = terms.stream().anyMatch(t -> t.covers(from.get()) || t.covers(to.get()));
                if (!inATerm && !terms.isEmpty()) {
                    cl.problem("starts", "the closure " + from.get() + " to " + to.get()
                            + " is not inside any term: check the dates (days between terms are already holidays)");
                    continue;
                }
                if (name.isPresent() && kind.isPresent()) {
                    closures.add(new Closure(name.get(), kind.get(), from.get(), to.get()));
                }
            }
            return closures;
        }

        private Optional<ClosureKind> closureKind(Section s, String kind) {
            for (ClosureKind k : ClosureKind.values()) {
                if (k.name().toLowerCase().equals(kind)) {
                    return Optional.of(k);
                }
            }
            s.problem("kind", "'" + kind + "' is not a kind of closure; use holiday, inset, bank_holiday or closure");
            return Optional.empty();
        }

        private List<LateReason> reasons() {
            List<LateReason> reasons = new ArrayList<>();
            List<Section> sections = root.tables("reasons");
            if (sections.isEmpty()) {
                problems.add(1, "reasons", "no reasons: add at least one [[reasons]] with key and label");
            }
            Set<String> keys = new HashSet<>();
            for (Section r : sections) {
                r.allowOnly(Set.of("key", "label", "authorises"));
                Optional<String> key = r.string("key", true);
                Optional<String> label = r.string("label", true);
                // Each check is made on its own, so a wrong code does not hide a wrong key or label.
                boolean ok = key.isPresent() && label.isPresent();
                Optional<AttendanceCode> authorises = Optional.empty();
                if (r.has("authorises")) {
                    authorises = r.string("authorises", true).flatMap(code -> authorisingCode(r, code));
                    ok &= authorises.isPresent();
                }
                if (key.isPresent() && !key.get().matches("[a-z0-9_]+")) {
                    r.problem("key", "'" + key.get() + "' must be lowercase letters, digits and underscores");
                    ok = false;
                } else if (key.isPresent() && !keys.add(key.get())) {
                    r.problem("key", "the reason '" + key.get() + "' is listed twice");
                    ok = false;
                }
                if (label.isPresent() && label.get().length() > 40) {
                    r.problem("label", "is " + label.get().length() + " characters; keep it to 40 so it fits the kiosk screen");
                    ok = false;
                }
                if (ok) {
                    reasons.add(new LateReason(key.get(), label.get(), authorises));
                }
            }
            return reasons;
        }

        private Optional<AttendanceCode> authorisingCode(Section r, String code) {
            Optional<AttendanceCode> found = AttendanceCode.fromCode(code);
            if (found.isEmpty()) {
                r.problem("authorises", "'" + code + "' is not a national attendance code");
                return Optional.empty();
            }
            if (!REASON_CODES_ALLOWED.contains(code)) {
                r.problem("authorises", "'" + code + "' (" + found.get().meaning()
                        + ") is not an authorised-absence code a late reason can claim; use one of "
                        + String.join(", ", new TreeSet<>(REASON_CODES_ALLOWED)));
                return Optional.empty();
            }
            return found;
        }

        /**
         * [consequences] L and U apply to both registers; [consequences.am] and [consequences.pm]
         * replace them for one register, for a rule that depends on the time of day (a same-day
         * lunchtime detention, in one school's policy, cannot follow an afternoon U).
         */
        private Consequences consequences() {
            Optional<Section> table = root.table("consequences", false);
            if (table.isEmpty()) {
                return Consequences.NONE;
            }
            Section c = table.get();
            c.allowOnly(Set.of("L", "U", "am", "pm"));
            Map<Mark, String> both = marks(c);
            Map<Register, Map<Mark, String>> byRegister = new EnumMap<>(Register.class);
            for (Register register : Register.values()) {
                Map<Mark, String> marks = new EnumMap<>(Mark.class);
                marks.putAll(both);
                c.table(register.name().toLowerCase(), false).ifPresent(r -> {
                    r.allowOnly(Set.of("L", "U"));
                    marks.putAll(marks(r));
                });
                byRegister.put(register, marks);
            }
            return new Consequences(byRegister);
        }

        private static Map<Mark, String> marks(Section s) {
            Map<Mark, String> marks = new EnumMap<>(Mark.class);
            s.string("L", false).ifPresent(text -> marks.put(Mark.L, text));
            s.string("U", false).ifPresent(text -> marks.put(Mark.U, text));
            return marks;
        }
    }
}
