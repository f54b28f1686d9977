package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.wiring.SchoolServices;
import lategate.app.movement.LunchRegister;
import lategate.domain.movement.Collection;
import lategate.domain.movement.CollectionRule;
import lategate.domain.movement.LunchPass;
import lategate.domain.movement.LunchPassTermRule;
import lategate.domain.movement.LunchTimes;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.TimeWords;
import lategate.domain.staff.AccessPolicy;
import lategate.domain.staff.StaffMember;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "lunch", mixinStandardHelpOptions = true,
        description = {"The lunchtime pass register (your school's policy): passes granted by the school, pass "
                + "holders signed out within the first minutes of lunch to a parent, and back in before it ends; "
                + "a late return is flagged. Needs a [lunch] table in the school's settings."},
        subcommands = {LunchCommand.PassAdd.class, LunchCommand.PassList.class, LunchCommand.PassEnd.class,
                LunchCommand.Out.class, LunchCommand.In.class, LunchCommand.Register.class},
        footer = {"", "Examples:",
                "  lategate lunch pass-add --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff head --pupil P0042 --from 2026-11-23 \\",
                "      --to 2026-12-18 --reason \"parent's written request\"",
                "  lategate lunch out --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff pat --pupil P0042 --collected-by \"Sarah Jones\"",
                "  lategate lunch register --school lategate-demo/demo.toml --db lategate-demo/demo.db"})
final class LunchCommand {

    private LunchCommand() {
    }

    static LunchTimes lunchOf(Settings settings) {
        return settings.lunch().orElseThrow(() -> new BadInputException(settings.school().name()
                + " has no lunchtime passes: add a [lunch] table (starts, ends) to its settings file"));
    }

    static LunchRegister register(SchoolServices services) {
        return new LunchRegister(services.school(), lunchOf(services.settings()), services.pupils(),
                services.lunchPasses(), services.movementLog(), services.clock());
    }

    @Command(name = "pass-add", mixinStandardHelpOptions = true,
            description = "Grant a pupil a lunchtime pass (an administrator, for the school).",
            footer = {"", "Example:", "  lategate lunch pass-add --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff head --pupil P0042 --from 2026-11-23 --to 2026-12-18 \\",
                    "      --reason \"parent's written request\""})
    static final class PassAdd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SchoolDatabaseOptions school;
        @Mixin
        StaffOption staff;
        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;
        @Option(names = "--from", required = true, paramLabel = "DATE")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "Last day, at most the end of the term the pass "
                + "starts in (passes are renewed each term: your school's policy). Default the end of that term.")
        String to;
        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            lunchOf(settings);
            LocalDate start = SchoolTime.date("--from", from);
            Optional<LocalDate> asked = Optional.ofNullable(to).map(t -> SchoolTime.date("--to", t));
            if (asked.isPresent() && asked.get().isBefore(start)) {
                throw new BadInputException("--to " + asked.get() + " is before --from " + start);
            }
            LunchPassTermRule.Outcome outcome = new LunchPassTermRule(lunchOf(settings).citation())
                    .decide(settings.school().calendar(), start, asked);
            if (outcome instanceof LunchPassTermRule.Refused refused) {
                throw new BadInputException(refused.why() + "; nothing was recorded");
            }
            LunchPassTermRule.Runs runs = (LunchPassTermRule.Runs) outcome;
            Optional<LocalDate> end = Optional.of(runs.lastDay());
            if (reason.isBlank()) {
                throw new BadInputException("--reason must say why the pass was granted");
            }
            Instant now = Main.clockOf(spec).instant();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                Pupil who = PupilArgument.stillOnRoll(services.pupils(), pupil,
                        "a leaver gets no lunchtime pass");
                StaffMember member = staff.signIn(spec, services);
                AccessPolicy.standard().decide(member, AccessPolicy.Action.GRANT_LUNCH_PASS).orElseThrow(why ->
                        new BadInputException(why + ": a pass is granted for the school ("
                                + lunchOf(settings).citation() + ")"));
                long id = services.lunchPasses().grant(who.id(), start, end, reason.strip(), now,
                        StaffOption.identity(member));
                spec.commandLine().getOut().println("Lunchtime pass " + id + " for " + PupilArgument.named(who)
                        + " from " + start + " to " + runs.lastDay()
                        + (runs.toEndOfTerm() ? " (the end of the " + runs.term().name() + ": passes are renewed "
                                + "each term, " + lunchOf(settings).citation() + ")" : "")
                        + ", granted by " + member.nameAndPosition() + ".");
            }
            return 0;
        }
    }

    @Command(name = "pass-list", mixinStandardHelpOptions = true, description = "List the passes valid on a day.",
            footer = {"", "Example:", "  lategate lunch pass-list --school lategate-demo/demo.toml --db lategate-demo/demo.db"})
    static final class PassList implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SchoolDatabaseOptions school;
        @Option(names = "--date", paramLabel = "DATE", description = "Default today.")
        String date;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            LocalDate day = SchoolTime.dateOr("--date", date, Main.clockOf(spec), settings.school().zone());
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                List<LunchPass> passes = services.lunchPasses().validOn(day);
                PrintWriter out = spec.commandLine().getOut();
                if (passes.isEmpty()) {
                    out.println("No lunchtime passes valid on " + day + ".");
                }
                for (LunchPass p : passes) {
                    out.println("pass " + p.id() + ": " + p.pupilId() + " from " + p.from()
                            + p.to().map(t -> " to " + t).orElse("") + ": " + p.reason() + " (granted by "
                            + p.grantedBy() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "pass-end", mixinStandardHelpOptions = true,
            description = "End a lunchtime pass (a school may withdraw permission at any time: your school's policy).",
            footer = {"", "Example:", "  lategate lunch pass-end --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff head --id 3 --last-day 2026-12-04"})
    static final class PassEnd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SchoolDatabaseOptions school;
        @Mixin
        StaffOption staff;
        @Option(names = "--id", required = true, paramLabel = "N")
        long id;
        @Option(names = "--last-day", required = true, paramLabel = "DATE")
        String lastDay;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            LocalDate last = SchoolTime.date("--last-day", lastDay);
            Instant now = Main.clockOf(spec).instant();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                StaffMember member = staff.signIn(spec, services);
                AccessPolicy.standard().decide(member, AccessPolicy.Action.END_LUNCH_PASS)
                        .orElseThrow(BadInputException::new);
                services.lunchPasses().end(id, last, now, StaffOption.identity(member));
            }
            spec.commandLine().getOut().println("Lunchtime pass " + id + " ends after " + last + ".");
            return 0;
        }
    }

    @Command(name = "out", mixinStandardHelpOptions = true,
            description = "Sign a pass holder out for lunch to a parent on their contacts.",
            footer = {"", "Example:", "  lategate lunch out --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff pat --pupil P0042 --collected-by \"Sarah Jones\""})
    static final class Out implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SchoolDatabaseOptions school;
        @Mixin
        StaffOption staff;
        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;
        @Option(names = "--collected-by", required = true, paramLabel = "NAME")
        String collectedBy;
        @Option(names = "--at", paramLabel = "TIME", description = "Default now.")
        String at;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            Clock clock = Main.clockOf(spec);
            Instant when = SchoolTime.instantOr("--at", at, clock.instant(), settings.school().zone());
            try (SchoolServices services = school.open(settings, clock)) {
                Pupil who = PupilArgument.onRoll(services.pupils(), pupil);
                String pupilId = who.id();
                // The sign-out's own rule on who may collect (an adult listed as may not collect never
                // does, names matched folded), with no phone call: at lunch the parent comes to the office.
                CollectionRule.Outcome outcome = services.movements().collectionRule().decide(
                        services.movements().listed(who), new CollectionRule.Request(collectedBy, "", Optional.empty(),
                                when));
                if (outcome instanceof CollectionRule.Refused refused) {
                    throw new BadInputException(refused.missing() == CollectionRule.Missing.CONFIRMATION
                            ? collectedBy.strip() + " is not on " + pupilId + "'s list of adults who may collect: at "
                            + "lunch a parent meets the pupil at the office (" + lunchOf(settings).citation()
                            + "); nothing was recorded" : refused.why() + "; nothing was recorded");
                }
                Collection parent = ((CollectionRule.Allowed) outcome).collection();
                StaffMember member = staff.signIn(spec, services);
                register(services).signOut(pupilId, when, parent, StaffOption.identity(member));
                spec.commandLine().getOut().println("Signed " + PupilArgument.named(who) + " out for lunch with "
                        + parent.collectorName() + " at " + TimeWords.CLOCK.format(when.atZone(settings.school().zone())) + "; back by "
                        + lunchOf(settings).backBy() + ".");
            }
            return 0;
        }
    }

    @Command(name = "in", mixinStandardHelpOptions = true,
            description = "Sign a pass holder back in after lunch; a return after the time to be back by is flagged.",
            footer = {"", "Example:", "  lategate lunch in --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff pat --pupil P0042"})
    static final class In implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SchoolDatabaseOptions school;
        @Mixin
        StaffOption staff;
        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;
        @Option(names = "--at", paramLabel = "TIME", description = "Default now.")
        String at;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            Clock clock = Main.clockOf(spec);
            Instant when = SchoolTime.instantOr("--at", at, clock.instant(), settings.school().zone());
            boolean late;
            Pupil who;
            try (SchoolServices services = school.open(settings, clock)) {
                who = PupilArgument.onRoll(services.pupils(), pupil);
                StaffMember member = staff.signIn(spec, services);
                late = register(services).signBackIn(who.id(), when, StaffOption.identity(member));
            }
            spec.commandLine().getOut().println("Signed " + PupilArgument.named(who) + " back in from lunch at "
                    + TimeWords.CLOCK.format(when.atZone(settings.school().zone()))
                    + (late ? ": LATE, after " + lunchOf(settings).backBy() + " (" + lunchOf(settings).citation() + ")" : "") + ".");
            return 0;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "The lunch register for a day: every pass holder, out and back times, late returns, "
                    + "anyone still out.",
            footer = {"", "Example:", "  lategate lunch register --school lategate-demo/demo.toml --db lategate-demo/demo.db"})
    static final class Register implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        SchoolDatabaseOptions school;
        @Option(names = "--date", paramLabel = "DATE", description = "Default today.")
        String date;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            Clock clock = Main.clockOf(spec);
            LocalDate day = SchoolTime.dateOr("--date", date, clock, settings.school().zone());
            List<LunchRegister.Line> lines;
            try (SchoolServices services = school.open(settings, clock)) {
                lines = register(services).on(day);
            }
            PrintWriter out = spec.commandLine().getOut();
            LunchTimes lunch = lunchOf(settings);
            out.println("Lunch register, " + TimeWords.DAY.format(day) + ": leave by " + lunch.leaveBy()
                    + ", back by " + lunch.backBy());
            if (lines.isEmpty()) {
                out.println("No lunchtime passes valid on this day.");
            }
            for (LunchRegister.Line l : lines) {
                out.printf("  %-6s  %-30s  out %s  back %s%s%n", l.pupil().className(), l.pupil().fullName(),
                        l.out().map(t -> TimeWords.CLOCK.format(t.atZone(settings.school().zone()))).orElse("--:--"),
                        l.back().map(t -> TimeWords.CLOCK.format(t.atZone(settings.school().zone()))).orElse("--:--"),
                        (l.stillOut() ? "  STILL OUT" : "") + (l.lateBack() ? "  LATE BACK" : ""));
            }
            return 0;
        }
    }
}
