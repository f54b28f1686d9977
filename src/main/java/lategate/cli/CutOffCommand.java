package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.PupilCutOff;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.settings.Settings;
import lategate.store.SqlitePupils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;

@Command(name = "cutoff", mixinStandardHelpOptions = true,
        description = {"A register close of one pupil's own (your school's policy: for a pupil "
                + "habitually late, or late local-authority transport). Later than the register's close; earlier only "
                + "where the school's settings say [cutoffs] earlier_allowed = true. Minutes late still count from "
                + "when the register is taken."},
        subcommands = {CutOffCommand.Add.class, CutOffCommand.List.class, CutOffCommand.End.class},
        footer = {"", "Examples:",
                "  lategate cutoff add --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db \\",
                "      --pupil D0042 --register AM --closes 09:20 --from 2026-11-23 \\",
                "      --reason \"LA taxi arrives 09:10\" --by \"J Smith, Attendance Lead\"",
                "  lategate cutoff list --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --pupil D0042"})
final class CutOffCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Give a pupil their own close for a register: later than "
            + "the register's, or earlier where the school's settings say [cutoffs] earlier_allowed = true (refused "
            + "otherwise, exit 1).", "The register's own close, or one that runs into the next register, is refused."},
            footer = {"", "Example:",
                    "  lategate cutoff add --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db \\",
                    "      --pupil D0042 --register AM --closes 09:20 \\",
                    "      --from 2026-11-23 --to 2027-02-12 \\",
                    "      --reason \"LA taxi arrives 09:10\" --by \"J Smith, Attendance Lead\""})
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;

        @Option(names = "--register", required = true, paramLabel = "AM|PM")
        String register;

        @Option(names = "--closes", required = true, paramLabel = "HH:MM", description = "The pupil's own close time.")
        String closes;

        @Option(names = "--from", required = true, paramLabel = "DATE")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last day it applies; open-ended if left out.")
        String to;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decided it, and their position.")
        String by;

        @Override
        public Integer call() throws Exception {
            Settings all = school.loadSettings();
            School settings = all.school();
            Register reg;
            try {
                reg = Register.valueOf(register.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--register '" + register + "' must be AM or PM");
            }
            LocalTime close;
            try {
                close = LocalTime.parse(closes.strip());
            } catch (DateTimeParseException e) {
                throw new BadInputException("--closes '" + closes + "' is not a time: write it as 09:20");
            }
            if (reason.isBlank()) {
                throw new BadInputException("--reason must say why the pupil has a later cut-off");
            }
            if (by.isBlank()) {
                throw new BadInputException("--by must name who decided it, and their position");
            }
            LocalDate start = SchoolTime.date("--from", from);
            Optional<LocalDate> end = Optional.ofNullable(to).map(t -> SchoolTime.date("--to", t));
            if (end.isPresent() && end.get().isBefore(start)) {
                throw new BadInputException("--to " + end.get() + " is before --from " + start);
            }
            Clock clock = Main.clockOf(spec);
            try (SchoolServices services = school.open(all, clock)) {
                SqlitePupils pupils = services.pupils();
                Pupil who = PupilArgument.stillOnRoll(pupils, pupil, "a leaver gets no cut-off");
                PupilCutOff cutOff = new PupilCutOff(who.id(), reg, close, start, end, reason.strip());
                all.cutOffs().refusal(settings.timetable(), cutOff).ifPresent(problem -> {
                    throw new BadInputException(problem);
                });
                long id = pupils.addCutOff(cutOff, clock.instant(), by.strip());
                PrintWriter out = spec.commandLine().getOut();
                out.println("Cut-off " + id + " recorded: " + PupilArgument.named(who) + " is U for the "
                        + reg.words() + " register only from " + close + (settings.timetable().graceAfterClose().isZero() ? ""
                        : " plus " + settings.timetable().graceAfterClose().toMinutes() + " minutes' grace")
                        + ", from " + start + end.map(e -> " to " + e).orElse(" on") + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List pupils' own cut-offs.",
            footer = {"", "Example:",
                    "  lategate cutoff list --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --pupil D0042"})
    static final class List implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;

        @Override
        public Integer call() throws Exception {
            School settings = school.loadSchool();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                PrintWriter out = spec.commandLine().getOut();
                SqlitePupils pupils = services.pupils();
                Pupil who = PupilArgument.anyone(pupils, pupil);
                java.util.List<SqlitePupils.StoredCutOff> cutOffs = pupils.storedCutOffsOf(who.id());
                if (cutOffs.isEmpty()) {
                    out.println(PupilArgument.named(who) + " has no cut-off of their own.");
                }
                for (SqlitePupils.StoredCutOff stored : cutOffs) {
                    PupilCutOff c = stored.cutOff();
                    out.println("cut-off " + stored.id() + ": " + c.register() + " closes " + c.closes() + " from "
                            + c.from() + c.to().map(t -> " to " + t).orElse(" on") + ": " + c.reason()
                            + " (recorded by " + stored.recordedBy()
                            + stored.endedBy().map(e -> "; ended by " + e).orElse("") + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true,
            description = "End a pupil's cut-off: it applies up to and including --last-day (a day before it "
                    + "starts cancels it). An ended cut-off cannot be changed again.",
            footer = {"", "Example:",
                    "  lategate cutoff end --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db \\",
                    "      --pupil D0042 --id 3 --last-day 2026-12-18 --by \"J Smith, Attendance Lead\""})
    static final class End implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;

        @Option(names = "--id", required = true, paramLabel = "N", description = "The cut-off's number from 'cutoff list'.")
        long id;

        @Option(names = "--last-day", required = true, paramLabel = "DATE")
        String lastDay;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who ended it, and their position.")
        String by;

        @Override
        public Integer call() throws Exception {
            School settings = school.loadSchool();
            LocalDate last = SchoolTime.date("--last-day", lastDay);
            if (by.isBlank()) {
                throw new BadInputException("--by must name who ended it, and their position");
            }
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                SqlitePupils pupils = services.pupils();
                String pupilId = PupilArgument.anyone(pupils, pupil).id();
                SqlitePupils.StoredCutOff stored = pupils.storedCutOffsOf(pupilId).stream()
                        .filter(c -> c.id() == id).findFirst()
                        .orElseThrow(() -> new BadInputException(pupilId + " has no cut-off " + id
                                + ": see 'lategate cutoff list'"));
                if (stored.endedBy().isPresent()) {
                    throw new BadInputException("cut-off " + id + " was already ended by " + stored.endedBy().get());
                }
                if (last.isBefore(stored.cutOff().from().minusDays(1))) {
                    throw new BadInputException("--last-day " + last + " is more than a day before the cut-off starts ("
                            + stored.cutOff().from() + "); to cancel it, give " + stored.cutOff().from().minusDays(1));
                }
                pupils.endCutOff(id, last, Main.clockOf(spec).instant(), by.strip());
                spec.commandLine().getOut().println("Cut-off " + id + " for " + pupilId + " now ends "
                        + (last.isBefore(stored.cutOff().from()) ? "before it began (cancelled)." : "after " + last + "."));
            }
            return 0;
        }
    }
}
