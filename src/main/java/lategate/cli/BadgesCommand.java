package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.badge.BadgeKeyFile;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.BadgeIssues;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Pupil;
import lategate.domain.staff.StaffMember;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqlitePupils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The school's badges: its signing key, replacing a lost badge, and what a code says (issue 8). */
@Command(name = "badges", mixinStandardHelpOptions = true,
        description = "Badges: make the school's badge key, replace a lost badge, check what a code says.",
        subcommands = {BadgesCommand.Key.class, BadgesCommand.Reissue.class, BadgesCommand.Check.class},
        footer = {"", "Examples:",
                "  lategate badges key --school config/schools/seagrave.toml",
                "  lategate badges reissue --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                "      --staff office --pupil D0042 --reason lost",
                "  lategate badges check --school lategate-demo/demo.toml --db lategate-demo/demo.db DEMO0002R"})
final class BadgesCommand {

    @Command(name = "key", mixinStandardHelpOptions = true,
            description = {"Make the school's badge key, which signs the QR codes on its badges, in the file named "
                    + "by key_file under [badges] in the settings (readable by this user only). Done once, at set-up: "
                    + "copy the file to the school's other kiosks. It never replaces a key, since every badge printed "
                    + "with the old one would stop working."},
            footer = {"", "Example:", "  lategate badges key --school config/schools/seagrave.toml"})
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

        @Option(names = "--pupil", required = true, paramLabel = "ID")
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
            try (Database database = school.open(settings.school())) {
                StaffMember member = staff.signIn(spec, database, settings, now);
                Pupil pupil = new SqlitePupils(database).byId(pupilId).orElseThrow(() -> new BadInputException(
                        "no pupil '" + pupilId + "' in " + school.db));
                SqliteBadgeIssues issues = new SqliteBadgeIssues(database);
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
            BadgeCodes codes = SchoolOptions.badgeCodes(settings);
            PrintWriter out = spec.commandLine().getOut();
            ScannedBadge read = codes.read(code);
            if (read instanceof ScannedBadge.Refused refused) {
                throw refusedBecause(refused.refusal());
            }
            String pupilCode = ((ScannedBadge.Proven) read).pupilCode();
            try (Database database = school.open(settings.school())) {
                Optional<Pupil> pupil = new SqlitePupils(database).onRollByBadge(pupilCode);
                if (pupil.isEmpty()) {
                    throw new BadInputException("refused (unknown): a well-formed code, but no pupil on roll has "
                            + "badge " + pupilCode);
                }
                if (read instanceof ScannedBadge.Signed s) {
                    BadgeIssues issues = new SqliteBadgeIssues(database).of(pupil.get().id());
                    Optional<lategate.domain.badge.BadgeRefusal> replaced = issues.refusal(s.issue(),
                            settings.school().zone());
                    if (replaced.isPresent()) {
                        throw refusedBecause(replaced.get());
                    }
                    out.println(pupil.get().fullName() + " (" + pupil.get().id() + ", " + pupil.get().className()
                            + "): QR code of badge issue " + s.issue() + ", signed by " + settings.school().name()
                            + "'s key.");
                } else {
                    out.println(pupil.get().fullName() + " (" + pupil.get().id() + ", " + pupil.get().className()
                            + "): printed code, check character correct.");
                }
            }
            return 0;
        }

        private static BadInputException refusedBecause(lategate.domain.badge.BadgeRefusal refusal) {
            return new BadInputException("refused (" + refusal.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + "): " + refusal.why() + ". The pupil is told: \"" + refusal.words() + "\"");
        }
    }
}
