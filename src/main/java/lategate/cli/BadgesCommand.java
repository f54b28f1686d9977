package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.app.BadgeCheck;
import lategate.app.BadgeHolders;
import lategate.badge.BadgeKeyFile;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Pupil;
import lategate.domain.staff.StaffMember;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.SqliteBadgeIssues;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;

/**
 * The school's badges: printing them, on A4 sheets or one picture each; its signing
 * key; replacing a lost badge; and what a code says.
 */
@Command(name = "badges", mixinStandardHelpOptions = true,
        description = {"Print the school's badges: A4 sheets of credit-card sized cards as a PDF (--out), or one PNG "
                + "picture per badge (--png), for every pupil on roll, one class or one pupil. Each card shows the "
                + "school, the pupil's name and class, the QR code of their current badge issue (signed with the "
                + "school's key), and a Code 128 of the printed code (badge code and check character) with the code "
                + "written under it; the issue number when above 1. Leavers get no badge.",
                "Without [badges] key_file in the settings the cards carry the Code 128 only. The file is written "
                        + "whole or not at all, readable by its owner only: it names pupils.",
                "Subcommands make the school's badge key, replace a lost badge, and check what a code says."},
        subcommands = {BadgesCommand.Key.class, BadgesCommand.Reissue.class, BadgesCommand.Check.class},
        footer = {"", "Examples:",
                "  lategate badges --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --out badges.pdf",
                "  lategate badges --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --class 3B --out badges-3B.pdf",
                "  lategate badges --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --pupil D0042 --png badge-pictures",
                "  lategate badges key --school lategate-demo/demo.toml",
                "  lategate badges reissue --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff office --pupil D0042 --reason lost",
                "  lategate badges check --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db DEMO0042T"})
final class BadgesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // Not required in picocli's sense: a parent's required options would be demanded before
    // every subcommand too ('badges key --school …'). call() asks for them instead.
    @Option(names = "--school", paramLabel = "FILE", description = "The school's settings, e.g. "
            + "lategate-demo/demo.toml")
    Path schoolFile;

    @Option(names = "--db", paramLabel = "FILE", description = "The school's lategate database.")
    Path db;

    @Option(names = "--class", paramLabel = "CLASS", description = "Only this class's pupils, e.g. 3B.")
    String className;

    @Option(names = "--pupil", paramLabel = PupilArgument.LABEL, description = "Only this pupil (a new or replaced "
            + "badge): their id, or their name when only one pupil has it.")
    String pupilId;

    @Option(names = "--out", paramLabel = "FILE", description = "The PDF to write, 10 cards to an A4 page (replaced "
            + "if it exists); its folder must exist.")
    Path out;

    @Option(names = "--png", paramLabel = "DIR", description = "Instead of a PDF, one PNG per badge in DIR (made if "
            + "missing), named PUPILID.png: 85.6 x 54 mm at 300 dpi, for a card printer.")
    Path pngFolder;

    @Override
    public Integer call() throws Exception {
        if (schoolFile == null || db == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --school FILE and --db FILE to print "
                    + "badges (or one of the subcommands: key, reissue, check)");
        }
        if (className != null && pupilId != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--class and --pupil do not go together: "
                    + "give one of them, or neither for every pupil on roll");
        }
        if ((out == null) == (pngFolder == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --out FILE (A4 sheets as PDF) "
                    + "or --png DIR (one picture per badge)");
        }
        Settings settings = SchoolSettings.read(schoolFile);
        return new BadgePrinting(spec, settings, schoolFile, db).print(Optional.ofNullable(className),
                Optional.ofNullable(pupilId), Optional.ofNullable(out), Optional.ofNullable(pngFolder));
    }

    @Command(name = "key", mixinStandardHelpOptions = true,
            description = {"Make the school's badge key, which signs the QR codes on its badges, in the file named "
                    + "by key_file under [badges] in the settings (readable by this user only). Done once, at set-up: "
                    + "copy the file to the school's other kiosks. It never replaces a key, since every badge printed "
                    + "with the old one would stop working."},
            footer = {"", "Example:", "  lategate badges key --school lategate-demo/demo.toml"})
    static final class Key implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolOptions school;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.settings();
            Path file = settings.badges().keyFile().orElseThrow(() -> new BadInputException(school.file
                    + " names no key file: add [badges] with key_file = \"/etc/lategate/badge-key\" (an absolute "
                    + "path), then run this again"));
            try {
                BadgeKeyFile.create(file, new SecureRandom());
            } catch (BadgeKeyFile.BadgeKeyException e) {
                throw new BadInputException(e.getMessage());
            }
            spec.commandLine().getOut().println("Made the badge key " + file + " (mode 600). Copy it to the school's "
                    + "other kiosks, to the same place; keep it out of backups that leave the school.");
            return 0;
        }
    }

    @Command(name = "reissue", mixinStandardHelpOptions = true,
            description = {"Replace a pupil's badge (lost, damaged, name changed): the next issue number, so the old "
                    + "badge's QR code is refused from now on (\"this badge was replaced on …: please see the office\"). "
                    + "Print the new badge with 'lategate badges --pupil ID'."},
            footer = {"", "Example:", "  lategate badges reissue --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff office --pupil D0042 --reason lost"})
    static final class Reissue implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupilId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why: lost, damaged, name changed …")
        String reason;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            if (reason.isBlank()) {
                throw new BadInputException("--reason is empty: say why the badge is replaced (lost, damaged …)");
            }
            Clock clock = Main.clockOf(spec);
            Instant now = clock.instant();
            try (SchoolServices services = school.open(settings, clock)) {
                Pupil pupil = PupilArgument.onRoll(services.pupils(), pupilId);
                StaffMember member = staff.signIn(spec, services);
                SqliteBadgeIssues issues = services.badgeIssues();
                int next = issues.of(pupil.id()).next();
                issues.record(new BadgeIssue(pupil.id(), next, now, reason.strip(),
                        StaffLogin.identity(member).name()));
                spec.commandLine().getOut().println("Badge issue " + next + " for " + pupil.fullName() + " ("
                        + pupil.id() + "): issue " + (next - 1) + "'s QR code is refused from now on. Print the new "
                        + "badge: lategate badges --school " + school.school.file + " --db " + school.db + " --pupil "
                        + pupil.id() + " --out badge.pdf");
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Say what a scanned or typed code is: whose badge, or why the kiosk refuses it. Records "
                    + "nothing."},
            footer = {"", "Example:", "  lategate badges check --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db DEMO0002R"})
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Parameters(paramLabel = "CODE", description = "The code as the scanner reads it, or as printed.")
        String code;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            BadgeCodes codes = SchoolServices.badgeCodes(settings);
            PrintWriter out = spec.commandLine().getOut();
            BadgeCheck checked;
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                checked = new BadgeHolders(codes, services.pupils(), services.badgeIssues(),
                        settings.school().zone()).check(code);
            }
            if (checked instanceof BadgeCheck.Refused refused) {
                throw refusedBecause(refused.refusal());
            }
            BadgeCheck.Holder holder = (BadgeCheck.Holder) checked;
            Pupil pupil = holder.pupil();
            String whose = pupil.fullName() + " (" + pupil.id() + ", " + pupil.className() + "): ";
            if (holder.badge() instanceof ScannedBadge.Signed s) {
                out.println(whose + "QR code of badge issue " + s.issue() + ", signed by " + settings.school().name()
                        + "'s key.");
            } else {
                out.println(whose + "printed code, check character correct.");
            }
            return 0;
        }

        private static BadInputException refusedBecause(lategate.domain.badge.BadgeRefusal refusal) {
            if (refusal.kind() == lategate.domain.badge.BadgeRefusal.Kind.UNKNOWN) {
                // Staff checking a code need to hear that it read correctly: the fault is the roster, not the badge.
                return new BadInputException("refused (unknown): a well-formed code, but " + refusal.why());
            }
            return new BadInputException("refused (" + refusal.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + "): " + refusal.why() + ". The pupil is told: \"" + refusal.words() + "\"");
        }
    }
}
