package lategate.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.movement.LunchTimes;
import lategate.domain.register.MedicalEvidenceRule;
import lategate.domain.register.PupilCutOffRule;
import lategate.domain.register.RegisterTimetable;
import lategate.domain.retention.RetentionRule;
import lategate.domain.school.Consequences;
import lategate.domain.school.LateReason;
import lategate.domain.school.School;
import lategate.settings.toml.TomlReader;
import lategate.settings.toml.TomlSyntaxError;
import lategate.settings.toml.TomlTable;

/**
 * Reads {@code config/schools/NAME.toml} into a validated {@link School}. Every problem in the
 * file is reported at once, each with its file, line and dotted key; the shipped files show
 * the format, with the policy section behind each value.
 */
public final class SchoolSettings {

    static final int DEFAULT_RETENTION_YEARS = RetentionRule.LEGAL_MINIMUM_YEARS;
    /** The largest settings file read; anything that reads one whole keeps to it too. */
    public static final int MAX_FILE_BYTES = SettingsText.MAX_BYTES;
    /** The name a kiosk machine gives its one school's settings, whatever the school's id. */
    static final String KIOSK_FILE_NAME = "school.toml";
    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");
    /** The longest policy section a settings file may name, e.g. "§12.2" or "§21 and Appendix 1". */
    static final int MAX_SOURCE_CHARS = 60;

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
        // Decoded here, strictly, before the TOML is read, so a file that is not UTF-8 is named with
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
        TomlTable toml;
        try {
            toml = TomlReader.read(text);
        } catch (TomlSyntaxError error) {
            problems.add(error.line(), "", "not valid TOML at column " + error.column() + ": " + error.problem());
            throw new InvalidSettingsException(problems.sorted());
        }
        Reading reading = new Reading(problems, new Section(problems, toml, "", 1), file);
        Optional<School> school = reading.school();
        KioskSettings kiosk = KioskSettingsReading.read(reading.root);
        StaffSettings staff = reading.staff();
        Optional<LunchTimes> lunch = reading.lunch();
        LatenessPolicy lateness = new LatenessPolicy(LatenessSettingsReading.penaltyNotice(reading.root),
                LatenessSettingsReading.persistentLate(reading.root), LatenessSettingsReading.stages(reading.root), reading.citation("thresholds", "penalty_notice_source",
                        LatenessPolicy.NATIONAL_FRAMEWORK),
                reading.citation("thresholds", "persistent_late_source", LatenessPolicy.SCHOOL_POLICY),
                reading.citation("stages", "source", LatenessPolicy.SCHOOL_POLICY));
        String signOut = reading.citation("school", "sign_out_source", Settings.UNCITED);
        MedicalEvidenceRule medicalEvidence = AmendmentSettingsReading.medicalEvidence(reading.root,
                reading.citation("amendments", "m_evidence_source", Settings.UNCITED));
        PupilCutOffRule cutOffs = reading.cutOffs();
        SyncSettings sync = SyncSettingsReading.read(reading.root);
        BadgeSettings badges = reading.badges();
        ClockSettings clock = reading.clock();
        List<ScannerSettings> scanners = reading.scanners();
        BackupSettings backup = reading.backup();
        FireRollSettings fireRoll = FireRollSettingsReading.read(reading.root);
        LetterSettings letters = LetterSettingsReading.read(reading.root, file);
        Optional<SlipSettings> slips = SlipSettingsReading.read(reading.root);
        RosterSettings roster = RosterSettingsReading.read(reading.root);
        if (problems.any() || school.isEmpty()) {
            throw new InvalidSettingsException(problems.sorted(), problems.warnings());
        }
        return new Settings(school.get(), kiosk, staff, lunch, lateness, sync, badges, clock, scanners, backup,
                signOut, medicalEvidence, cutOffs, fireRoll, letters, roster, problems.warnings(), slips);
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
                    "stages", "kiosk", "staff", "sync", "badges", "scanner", "clock", "backup",
                    "amendments", "cutoffs", "fire_roll", "letters", "slips", "roster"));

            Optional<Section> schoolTable = root.table("school", true);
            Optional<String> id = Optional.empty();
            Optional<String> name = Optional.empty();
            Optional<ZoneId> zone = Optional.empty();
            Optional<String> policy = Optional.empty();
            if (schoolTable.isPresent()) {
                Section s = schoolTable.get();
                id = s.string("id", true);
                name = s.string("name", true);
                zone = zone(s);
                policy = s.string("policy", true);
                if (policy.isPresent()) {
                    policyTitle = policy.get();
                }
                s.allowOnly(Set.of("id", "name", "time_zone", "policy", "sign_out_source"));
                if (id.isPresent()) {
                    checkId(s, id.get());
                }
            }

            Optional<RegisterTimetable> timetable = TimetableReading.read(root);
            Optional<SchoolCalendar> calendar = CalendarReading.read(root, problems);
            List<LateReason> reasons = ReasonsReading.reasons(root, problems);
            Consequences consequences = ReasonsReading.consequences(root);
            Optional<Section> retentionTable = root.table("retention", false);
            Period retention = retentionTable.isPresent() ? retention(retentionTable.get())
                    : Period.ofYears(DEFAULT_RETENTION_YEARS);

            if (problems.any()) {
                return Optional.empty();
            }
            return Optional.of(new School(id.get(), name.get(), zone.get(), policy.get(), timetable.get(),
                    calendar.get(), reasons, consequences, retention));
        }

        private void checkId(Section school, String id) {
            if (!isId(id)) {
                school.problem("id", "'" + id + "' must be lowercase letters, digits and hyphens, e.g. \"hill-view\"");
                return;
            }
            // Among many schools' files (config/schools/) a file named for its school catches one copied
            // from another and not edited; a kiosk machine holds one school, whose file the service
            // names school.toml (kiosk/lategate-kiosk.service, README "Install on a kiosk").
            String fileName = file.getFileName().toString();
            if (!fileName.equals(id + ".toml") && !fileName.equals(KIOSK_FILE_NAME)) {
                school.problem("id", "'" + id + "' does not match the file name " + file.getFileName()
                        + ": name the file " + id + ".toml (or " + KIOSK_FILE_NAME
                        + ", a kiosk machine's one school)");
            }
        }

        /** Lowercase letters, digits and hyphens, not starting with a hyphen; checked by hand, as a pattern costs more to load. */
        private static boolean isId(String id) {
            if (id.isEmpty() || id.charAt(0) == '-') {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            return true;
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
            return section.isPresent() ? (policyTitle + " " + section.get()).strip() : uncited;
        }

        /** The optional [[scanner]] tables: serial scanners; none means a keyboard-wedge scanner only. */
        List<ScannerSettings> scanners() {
            return ScannerSettingsReading.read(root);
        }

        /**
         * The optional [cutoffs] table: whether a pupil's own cut-off may be earlier than the register's
         * close ({@code earlier_allowed}, default false: later only), and the policy section behind it.
         */
        PupilCutOffRule cutOffs() {
            Optional<Section> table = root.table("cutoffs", false);
            boolean earlier = false;
            if (table.isPresent()) {
                table.get().allowOnly(Set.of("earlier_allowed", "source"));
                earlier = table.get().bool("earlier_allowed", false).orElse(false);
            }
            return new PupilCutOffRule(earlier, citation("cutoffs", "source", Settings.UNCITED));
        }

        /**
         * The optional [badges] table: where the key that signs the badges' QR codes is kept, what the
         * printed code is, and (as-is) the shortest code taken.
         */
        BadgeSettings badges() {
            Optional<Section> table = root.table("badges", false);
            if (table.isEmpty()) {
                return BadgeSettings.NONE;
            }
            Section b = table.get();
            b.allowOnly(Set.of("key_file", "printed", "min_length", "font"));
            Optional<Path> keyFile = b.string("key_file", false).map(Path::of);
            keyFile.filter(p -> !p.isAbsolute()).ifPresent(p -> b.problem("key_file",
                    "'" + p + "' must be an absolute path, e.g. \"/var/lib/lategate/badge.key\""));
            Optional<String> printedText = b.string("printed", false);
            Optional<lategate.domain.badge.PrintedCodes> printed = printedText
                    .flatMap(lategate.domain.badge.PrintedCodes::ofSetting);
            printedText.filter(t -> printed.isEmpty()).ifPresent(t -> b.problem("printed", "'" + t
                    + "' is not a kind of printed code: \"lategate\" (a check character) or \"as-is\" (the school's "
                    + "existing cards, taken as scanned)"));
            // Fewer than 4 characters would let a misread of a few characters name a pupil; more than a
            // badge code may hold would refuse every code.
            int minLength = b.integer("min_length", false, 4, lategate.domain.badge.BadgeCodes.LONGEST_PUPIL_CODE)
                    .map(Long::intValue).orElse(BadgeSettings.DEFAULT_MIN_LENGTH);
            Optional<Path> font = b.string("font", false).map(Path::of);
            font.filter(p -> !p.isAbsolute()).ifPresent(p -> b.problem("font",
                    "'" + p + "' must be an absolute path, e.g. \"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf\""));
            font.filter(Path::isAbsolute).filter(p -> !Files.isReadable(p)).ifPresent(p -> b.warning("font",
                    "'" + p + "' does not exist or cannot be read: 'badges' and 'letters --pdf' refuse to print until "
                            + "it can (install fonts-dejavu-core, or correct the path)"));
            return new BadgeSettings(keyFile.filter(Path::isAbsolute),
                    printed.orElse(lategate.domain.badge.PrintedCodes.LATEGATE), minLength, font.filter(Path::isAbsolute));
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
            Optional<Long> wrongPins = s.integer("lockout_after_wrong_pins", false, 3, 20);
            Optional<Long> lockout = s.integer("lockout_minutes", false, 1, 24 * 60);
            Optional<Long> idle = s.integer("idle_lock_minutes", false, 1, 60);
            return new StaffSettings(wrongPins.isPresent() ? wrongPins.get().intValue() : d.lockoutAfterWrongPins(),
                    lockout.isPresent() ? Duration.ofMinutes(lockout.get()) : d.lockoutFor(),
                    idle.isPresent() ? Duration.ofMinutes(idle.get()) : d.idleLock());
        }

        private Optional<ZoneId> zone(Section school) {
            Optional<String> written = school.string("time_zone", true);
            if (written.isEmpty()) {
                return Optional.empty();
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(written.get());
            } catch (DateTimeException e) {
                school.problem("time_zone", "'" + written.get() + "' is not a time zone; schools in England use \"Europe/London\"");
                return Optional.empty();
            }
            // A fixed zone such as "UTC" or "GMT+1" is a real zone, so it loads, but it does not
            // move with British Summer Time: every mark for half the year would be an hour out.
            // Compared by rules, so an alias of the same clock (such as "GB") is not warned about.
            if (!zone.getRules().equals(UK_TIME.getRules())) {
                school.warning("time_zone",
                    "'" + zone.getId() + "' is not UK time: a school in England uses \"Europe/London\", which moves with"
                            + " British Summer Time; any other zone puts marks an hour out for part of the year");
            }
            return Optional.of(zone);
        }

        private Period retention(Section r) {
            r.allowOnly(Set.of("years"));
            long years = r.integer("years", true, 1, 100).orElse((long) DEFAULT_RETENTION_YEARS);
            // Older policies say 3 years (the 2006 regulations); the 2024 regulations replaced them, and
            // a school may keep longer but never shorter: an error, so nothing (the purge above all) runs
            // by it.
            Optional<String> belowTheLaw = RetentionRule.belowTheLaw(years);
            if (belowTheLaw.isPresent()) {
                r.problem("years", belowTheLaw.get());
            }
            return Period.ofYears((int) years);
        }
    }
}
