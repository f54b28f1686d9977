package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Map;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import lategate.app.audit.Amendments;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "amend", mixinStandardHelpOptions = true,
        description = {"Amend a register entry with a reason. The original stays; the audit trail keeps the "
                + "original and amended entry, the reason, the date and your name and position (the 2024 "
                + "regulations). See it with 'lategate audit'."},
        subcommands = {AmendCommand.Pupil.class, AmendCommand.LateBus.class},
        footer = {"", "Examples:",
                "  lategate amend pupil --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff dana --pupil D0042 \\",
                "      --date 2026-11-23 --register AM --code M --reason \"dentist\" \\",
                "      --evidence \"appointment card seen\"",
                "  lategate amend late-bus --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff dana --date 2026-11-23 \\",
                "      --kiosk gate --from 09:05 --to 09:20 --late-reason \"Late bus\" \\",
                "      --reason \"bus company confirmed the delay\""})
final class AmendCommand {

    /** Options every amendment shares. */
    static final class Common {
        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        String date;

        @Option(names = "--code", paramLabel = "CODE", description = "The amended code, e.g. M; left out, the code stays.")
        String code;

        @Option(names = "--late-reason", paramLabel = "TEXT", description = "A late reason to set, e.g. \"Late bus\".")
        String lateReason;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the entry is amended.")
        String reason;

        Optional<AttendanceCode> code() {
            return Optional.ofNullable(code).map(c -> AttendanceCode.fromCode(c.strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new BadInputException("--code '" + c + "' is not a national attendance code")));
        }
    }

    @Command(name = "pupil", mixinStandardHelpOptions = true, description = "Amend one pupil's entry for a register.",
            footer = {"", "Example:",
                    "  lategate amend pupil --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff dana --pupil D0042 \\",
                    "      --date 2026-11-23 --register AM --code M --reason \"dentist\""})
    static final class Pupil implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;

        @Option(names = "--register", required = true, paramLabel = "AM|PM")
        String register;

        @Option(names = "--evidence", paramLabel = "TEXT", description = "What was seen, e.g. \"appointment card\".")
        String evidence;

        @Override
        public Integer call() throws Exception {
            Register reg = registerOf(register);
            LocalDate date = SchoolTime.date("--date", common.date);
            return run(spec, common, school -> {
                lategate.domain.pupil.Pupil found = PupilArgument.anyone(school.pupils(), pupil);
                if (school.entries().of(found.id(), date, reg).isEmpty()) {
                    // Said with the id the name found and what that pupil does have that day, so a name that
                    // found someone else, or the wrong register, shows at once (by id: names stay off stderr).
                    throw new BadInputException(found.id() + " has no " + reg.words() + " entry on "
                            + date + " to amend: " + LateBus.dayOf(school, found.id(), date));
                }
                return (amendments, by) -> List.of(amendments.amend(found.id(), date,
                        reg, common.code(), Optional.ofNullable(common.lateReason), common.reason,
                        Optional.ofNullable(evidence), by));
            });
        }
    }

    @Command(name = "late-bus", mixinStandardHelpOptions = true,
            description = {"Amend a late bus at once: everyone whose mark at one kiosk fell between two times, or the "
                    + "pupils named with --pupil (their late arrivals that day). Each pupil gets their own audit "
                    + "entry. The pupils are listed by name and class; with --dry-run nothing is written and no PIN "
                    + "is asked for: the list is who would change.",
                    "Give either --kiosk, --from and --to, or one --pupil for each pupil."},
            footer = {"", "Examples:",
                    "  lategate amend late-bus --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff dana --date 2026-11-23 \\",
                    "      --kiosk gate --from 09:05 --to 09:20 --late-reason \"Late bus\" \\",
                    "      --reason \"bus company confirmed the delay\" --dry-run",
                    "  lategate amend late-bus --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff dana --date 2026-11-23 \\",
                    "      --pupil D0002 --pupil D0003 --late-reason \"Late bus\" \\",
                    "      --reason \"bus company confirmed the delay\""})
    static final class LateBus implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = "--kiosk", paramLabel = "NAME", description = "The kiosk the pupils signed in at.")
        String kiosk;

        @Option(names = "--from", paramLabel = "HH:MM", description = "The first arrival time on the bus.")
        String from;

        @Option(names = "--to", paramLabel = "HH:MM", description = "The last arrival time on the bus.")
        String to;

        @Option(names = "--pupil", paramLabel = PupilArgument.LABEL, description = "A pupil on the bus, instead "
                + "of --kiosk, --from and --to; give it once for each. " + PupilArgument.DESCRIPTION)
        List<String> pupils = new ArrayList<>();

        @Option(names = "--register", paramLabel = "AM|PM", description = "With --pupil: only this register's "
                + "late arrival (when a pupil was late twice that day).")
        String register;

        @Option(names = "--dry-run", description = "List who would change, by name and class; write nothing.")
        boolean dryRun;

        @Override
        public Integer call() throws Exception {
            boolean window = kiosk != null || from != null || to != null;
            if (window == !pupils.isEmpty() || window && (kiosk == null || from == null || to == null)) {
                throw new ParameterException(spec.commandLine(), "give either --kiosk, --from and --to (everyone "
                        + "who arrived there then), or --pupil for each pupil on the bus");
            }
            if (register != null && pupils.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--register goes with --pupil");
            }
            LocalDate date = SchoolTime.date("--date", common.date);
            Optional<Register> only = Optional.ofNullable(register).map(AmendCommand::registerOf);
            Optional<String> lateReason = Optional.ofNullable(common.lateReason);
            Settings settings = SchoolSettings.read(common.school.school.file);
            Clock clock = Main.clockOf(spec);
            Optional<AttendanceCode> code = common.code();
            List<Amendment> done;
            Map<String, lategate.domain.pupil.Pupil> named;
            try (SchoolServices school = common.school.open(settings, clock)) {
                List<Amendments.Session> chosen = window ? List.of() : sessions(school, date, only);
                Amendments amendments = school.amendments();
                if (dryRun) {
                    StaffIdentity nobody = new StaffIdentity("(dry run)", "(dry run)");
                    done = window ? amendments.previewBulk(date, time("--from", from), time("--to", to), kiosk, code,
                            lateReason, common.reason, nobody)
                            : amendments.previewLateBus(date, chosen, code, lateReason, common.reason, nobody);
                } else {
                    StaffIdentity by = common.staff.identity(spec, school);
                    done = window ? amendments.bulk(date, time("--from", from), time("--to", to), kiosk, code,
                            lateReason, common.reason, by)
                            : amendments.lateBus(date, chosen, code, lateReason, common.reason, by);
                }
                named = school.pupils().byIds(done.stream().map(Amendment::pupilId).toList());
            }
            print(spec.commandLine().getOut(), done, named, dryRun);
            return 0;
        }

        /** Each named pupil's late arrivals that day, as the register has them now. */
        private List<Amendments.Session> sessions(SchoolServices school, LocalDate date, Optional<Register> only) {
            // A pupil named twice is on the bus once.
            java.util.Set<Amendments.Session> sessions = new java.util.LinkedHashSet<>();
            for (String typed : pupils) {
                lategate.domain.pupil.Pupil pupil = PupilArgument.anyone(school.pupils(), typed);
                List<Register> late = school.entries().lateBookOf(pupil.id(), date, date).stream()
                        .map(e -> e.entry().register()).filter(r -> only.map(r::equals).orElse(true)).toList();
                if (late.isEmpty()) {
                    throw new BadInputException(pupil.id() + " has no late arrival"
                            + only.map(r -> " in the " + r.words() + " register").orElse("") + " on " + date
                            + " to amend: " + dayOf(school, pupil.id(), date) + "; nothing was amended");
                }
                late.forEach(r -> sessions.add(new Amendments.Session(pupil.id(), r)));
            }
            return List.copyOf(sessions);
        }

        /** What the pupil's entries that day are, in words, so a refusal says what there is instead. */
        private static String dayOf(SchoolServices school, String pupilId, LocalDate date) {
            List<String> entries = school.entries().ofPupil(pupilId, date, date).stream()
                    .map(e -> e.register().words() + " " + e.code().code()).toList();
            return entries.isEmpty() ? "lategate has nothing recorded for them that day"
                    : "their entries that day are " + String.join(", ", entries);
        }
    }

    /** Each change with the pupil's name and class, so staff see whom it touched (or would). */
    static void print(PrintWriter out, List<Amendment> done, Map<String, lategate.domain.pupil.Pupil> named,
                      boolean dryRun) {
        for (Amendment a : done) {
            lategate.domain.pupil.Pupil p = named.get(a.pupilId());
            out.println((dryRun ? "Would amend " : "Amended ") + a.pupilId()
                    + (p == null ? "" : " " + p.fullName() + " (" + p.className() + ")") + ", "
                    + a.register().words() + " register of " + a.schoolDate() + ": " + a.original().code() + " -> "
                    + a.amended().code() + a.lateReason().map(r -> ", late reason '" + r + "'").orElse("")
                    + (dryRun ? "" : "; by " + a.by()) + ".");
        }
        if (dryRun) {
            out.println(done.size() + (done.size() == 1 ? " entry" : " entries") + " would be amended; nothing was "
                    + "written (dry run).");
        } else {
            out.println(done.size() + (done.size() == 1 ? " entry" : " entries") + " amended; the originals are kept.");
        }
    }

    interface Change {
        List<Amendment> apply(Amendments amendments, lategate.domain.audit.StaffIdentity by);
    }

    /**
     * Makes the change from the database's pupils before the PIN is asked for, so a pupil's name
     * that fits several is refused without spending a PIN attempt.
     */
    static int run(CommandSpec spec, Common common, Function<SchoolServices, Change> plan) throws Exception {
        Settings settings = SchoolSettings.read(common.school.school.file);
        Clock clock = Main.clockOf(spec);
        common.code();
        List<Amendment> done;
        Map<String, lategate.domain.pupil.Pupil> named;
        try (SchoolServices school = common.school.open(settings, clock)) {
            Change change = plan.apply(school);
            done = change.apply(school.amendments(), common.staff.identity(spec, school));
            named = school.pupils().byIds(done.stream().map(Amendment::pupilId).toList());
        }
        print(spec.commandLine().getOut(), done, named, false);
        return 0;
    }

    static Register registerOf(String text) {
        try {
            return Register.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--register '" + text + "' must be AM or PM");
        }
    }

    static LocalTime time(String option, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " '" + text + "' is not a time: write it as 09:05");
        }
    }
}
