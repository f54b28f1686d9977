package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import lategate.app.PupilRoll;
import lategate.app.audit.Amendments;
import lategate.domain.audit.Amendment;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
            return run(spec, common, pupils -> {
                String pupilId = PupilArgument.anyone(pupils, pupil).id();
                return (amendments, by) -> List.of(amendments.amend(pupilId, SchoolTime.date("--date", common.date),
                        reg, common.code(), Optional.ofNullable(common.lateReason), common.reason,
                        Optional.ofNullable(evidence), by));
            });
        }
    }

    @Command(name = "late-bus", mixinStandardHelpOptions = true,
            description = "Amend everyone whose mark at one kiosk fell between two times, once: each pupil gets "
                    + "their own audit entry.",
            footer = {"", "Example:",
                    "  lategate amend late-bus --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff dana --date 2026-11-23 \\",
                    "      --kiosk gate --from 09:05 --to 09:20 --late-reason \"Late bus\" \\",
                    "      --reason \"bus company confirmed the delay\""})
    static final class LateBus implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = "--kiosk", required = true, paramLabel = "NAME")
        String kiosk;

        @Option(names = "--from", required = true, paramLabel = "HH:MM")
        String from;

        @Option(names = "--to", required = true, paramLabel = "HH:MM")
        String to;

        @Override
        public Integer call() throws Exception {
            LocalTime start = time("--from", from);
            LocalTime end = time("--to", to);
            return run(spec, common, pupils -> (amendments, by) -> amendments.bulk(SchoolTime.date("--date",
                    common.date), start, end, kiosk, common.code(), Optional.ofNullable(common.lateReason),
                    common.reason, by));
        }
    }

    interface Change {
        List<Amendment> apply(Amendments amendments, lategate.domain.audit.StaffIdentity by);
    }

    /**
     * Makes the change from the database's pupils before the PIN is asked for, so a pupil's name
     * that fits several is refused without spending a PIN attempt.
     */
    static int run(CommandSpec spec, Common common, Function<PupilRoll, Change> plan) throws Exception {
        Settings settings = SchoolSettings.read(common.school.school.file);
        Clock clock = Main.clockOf(spec);
        common.code();
        List<Amendment> done;
        try (SchoolServices school = common.school.open(settings, clock)) {
            Change change = plan.apply(school.pupils());
            done = change.apply(school.amendments(), common.staff.identity(spec, school));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Amendment a : done) {
            out.println("Amended " + a.pupilId() + ", " + a.register().words() + " register of " + a.schoolDate() + ": "
                    + a.original().code() + " -> " + a.amended().code() + a.lateReason().map(r -> ", late reason '"
                    + r + "'").orElse("") + "; by " + a.by() + ".");
        }
        out.println(done.size() + (done.size() == 1 ? " entry" : " entries") + " amended; the originals are kept.");
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
