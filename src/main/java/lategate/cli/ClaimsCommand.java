package lategate.cli;

import lategate.output.Text;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lategate.wiring.SchoolServices;
import lategate.app.Claim;
import lategate.app.LateBookEntry;
import lategate.app.entry.Claims;
import lategate.app.entry.EntryWords;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.ClaimStanding;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.domain.staff.StaffMember;
import lategate.files.SpreadsheetSafe;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteSessionRecords;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import lategate.wiring.BadInputException;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Claimed reasons: a late reason that would authorise the absence (a medical appointment, M, "
                + "as the school's settings say) is recorded as claimed and stays open, across days, until a member of staff decides "
                + "it, once. Confirmed (with what was seen or heard), the entry becomes the code it claims wherever "
                + "it is shown; refused (with why), the entry stays L or U and its reason says the claim was refused. "
                + "A later change is an amendment ('lategate amend pupil')."},
        subcommands = {ClaimsCommand.ListClaims.class, ClaimsCommand.Confirm.class, ClaimsCommand.Refuse.class},
        footer = {"", "Examples:",
                "  lategate claims list --school lategate-demo/demo.toml --db lategate-demo/demo.db",
                "  lategate claims confirm --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff office --pupil D0042 \\",
                "      --date 2026-11-23 --register AM --evidence \"appointment card seen\"",
                "  lategate claims refuse --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff office --pupil D0042 \\",
                "      --date 2026-11-23 --register AM --reason \"surgery has no record of it\""})
final class ClaimsCommand {

    /** The column contract of 'claims list --csv': change it only with the README. */
    static final String HEADER = "date,pupil_id,given_name,family_name,class,register,code,arrived_at,reason,"
            + "claims_code";

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Every claim waiting for a decision, oldest first, whatever day it was made: the date, "
                    + "pupil, class, register, the code as the entry stands, when they arrived, the reason and the "
                    + "code the claim would give.",
                    "CSV columns (RFC 4180, UTF-8, a header line): " + HEADER + " (arrived_at: HH:MM:SS school "
                            + "time)."},
            footer = {"", "Example:",
                    "  lategate claims list --school lategate-demo/demo.toml --db lategate-demo/demo.db --csv"})
    static final class ListClaims implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--csv", description = "Print CSV with a header line instead of a table.")
        boolean csv;

        @Override
        public Integer call() throws Exception {
            School settings = school.loadSchool();
            List<Claim> open;
            try (Database database = school.open(settings)) {
                open = SqliteSessionRecords.claims(settings, database, Main.clockOf(spec)).open();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (csv) {
                printCsv(out, open, settings.zone());
            } else {
                printTable(out, open, settings);
            }
            return 0;
        }

        private static void printCsv(PrintWriter out, List<Claim> open, ZoneId zone) throws Exception {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.split(",")).get());
            for (Claim c : open) {
                LateBookEntry line = c.entry();
                SessionEntry e = line.entry();
                // Names and reasons come from people: a cell starting = + - @ opens as text.
                p.printRecord(e.date(), SpreadsheetSafe.cell(e.pupilId()), SpreadsheetSafe.cell(line.givenName()),
                        SpreadsheetSafe.cell(line.familyName()), SpreadsheetSafe.cell(line.className()),
                        e.register().name(), e.code().code(), arrived(e, zone),
                        SpreadsheetSafe.cell(e.reason().orElse("")), c.claims().code());
            }
            p.flush();
        }

        private static void printTable(PrintWriter out, List<Claim> open, School settings) {
            if (open.isEmpty()) {
                out.println("No open claims.");
                return;
            }
            out.println("Open claims at " + settings.name() + ", oldest first (" + open.size() + "):");
            String format = "%-10s  %-8s  %-24s  %-6s  %-3s  %-5s  %-8s  %-30s  %s%n";
            out.printf(format, "Date", "Pupil", "Name", "Class", "Reg", "Code", "Arrived", "Reason", "Claims");
            for (Claim c : open) {
                LateBookEntry line = c.entry();
                SessionEntry e = line.entry();
                out.printf(format, e.date(), Text.fit(e.pupilId(), 8),
                        Text.fit(line.givenName() + " " + line.familyName(), 24), Text.fit(line.className(), 6),
                        e.register().name(), EntryWords.code(e), arrived(e, settings.zone()),
                        Text.fit(e.reason().orElse(""), 30), c.claims().code());
            }
            out.println("Decide each once: 'lategate claims confirm … --evidence TEXT' (what was seen or heard) or "
                    + "'lategate claims refuse … --reason TEXT', with --staff, --pupil, --date and --register.");
        }

        private static String arrived(SessionEntry e, ZoneId zone) {
            return e.arrival().map(RecordedArrival::arrivedAt)
                    .map(at -> TimeWords.CLOCK_SECONDS.format(at.atZone(zone))).orElse("");
        }
    }

    /** Which claim is decided, and by whom: what confirming and refusing share. */
    static final class Decision {

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupilId;

        @Option(names = "--date", paramLabel = "DATE", description = "The school day of the claim, e.g. 2026-11-23; "
                + "default today.")
        String date;

        @Option(names = "--register", paramLabel = "AM|PM", description = "The register of the claim; left out, the "
                + "one register with an open claim that day.")
        String register;

        /** Decides the claim, once, and prints the entry as it stands afterwards. */
        int decide(CommandSpec spec, ClaimDecision.Verdict verdict, String option, String why) throws Exception {
            if (why.isBlank()) {
                throw new BadInputException(option + (verdict == ClaimDecision.Verdict.CONFIRMED
                        ? " must say what was seen or heard to confirm the claim, e.g. \"appointment card\""
                        : " must say why the claim is refused") + "; nothing was recorded");
            }
            Settings settings = school.loadSettings();
            Clock clock = Main.clockOf(spec);
            LocalDate day = SchoolTime.dateOr("--date", date, clock, settings.school().zone());
            Optional<Register> given = Optional.ofNullable(register).map(AmendCommand::registerOf);
            SessionEntry after;
            try (SchoolServices services = school.open(settings, clock)) {
                String pupil = PupilArgument.anyone(services.pupils(), pupilId.strip()).id();
                Claims claims = services.claims();
                Register reg = given.orElseGet(() -> onlyClaim(claims, pupil, day));
                StaffMember member = staff.signIn(spec, services);
                after = claims.decide(pupil, day, reg, verdict, why, StaffOption.identity(member));
            }
            PrintWriter out = spec.commandLine().getOut();
            ClaimDecision decision = after.claim().flatMap(ClaimStanding::decision).orElseThrow();
            out.println(after.pupilId() + " " + after.register().words() + " " + after.date() + ": claim "
                    + decision.verdict().id() + " by " + decision.by() + ": "
                    + (after.changed() ? EntryWords.code(after) : "the entry stays " + after.code().code()));
            after.reason().ifPresent(r -> out.println("  reason: " + r));
            if (verdict == ClaimDecision.Verdict.REFUSED) {
                out.println("  A later change is an amendment: 'lategate amend pupil'.");
            }
            return 0;
        }

        /**
         * The register a decision without --register is about: the pupil's one open claim that day;
         * else their one claim that day at all, so that deciding it again says it was decided.
         */
        private static Register onlyClaim(Claims claims, String pupil, LocalDate day) {
            List<SessionEntry> claimed = claims.claimedOn(pupil, day);
            List<SessionEntry> open = claimed.stream().filter(e -> e.claim().orElseThrow().open()).toList();
            List<SessionEntry> candidates = open.isEmpty() ? claimed : open;
            if (candidates.size() == 1) {
                return candidates.get(0).register();
            }
            if (candidates.size() > 1) {
                throw new BadInputException(pupil + " has " + (open.isEmpty() ? "" : "open ") + "claims for both the "
                        + "morning and the afternoon of " + day + ": give --register AM or PM");
            }
            String elsewhere = claims.open().stream().map(c -> c.entry().entry())
                    .filter(e -> e.pupilId().equals(pupil))
                    .map(e -> e.date() + " " + e.register().name()).collect(Collectors.joining(", "));
            throw new BadInputException(pupil + " has no claim on " + day + (elsewhere.isEmpty()
                    ? "; 'lategate claims list' shows every open claim"
                    : "; their open claims: " + elsewhere + " (give --date and --register)")
                    + "; nothing was recorded");
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirm a pupil's claimed reason with what was seen or heard: the entry becomes the code "
                    + "the claim gives (e.g. U → M) in the Late Book, the day, the reports and the MIS export. A "
                    + "claim is decided once; the original entry is kept.",
            footer = {"", "Example:",
                    "  echo 1234 | lategate claims confirm --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff office --pupil D0042 \\",
                    "      --date 2026-11-23 --register AM --evidence \"appointment card seen\""})
    static final class Confirm implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Decision decision;

        @Option(names = "--evidence", required = true, paramLabel = "TEXT",
                description = "What was seen or heard, e.g. \"appointment card\" or \"surgery confirmed by phone\".")
        String evidence;

        @Override
        public Integer call() throws Exception {
            return decision.decide(spec, ClaimDecision.Verdict.CONFIRMED, "--evidence", evidence);
        }
    }

    @Command(name = "refuse", mixinStandardHelpOptions = true,
            description = "Refuse a pupil's claimed reason, saying why: the entry stays L or U and its reason reads "
                    + "\"(claim refused: why)\". A claim is decided once; a later change is an amendment.",
            footer = {"", "Example:",
                    "  echo 1234 | lategate claims refuse --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff office --pupil D0042 \\",
                    "      --date 2026-11-23 --register AM --reason \"surgery has no record of it\""})
    static final class Refuse implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Decision decision;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the claim is refused.")
        String reason;

        @Override
        public Integer call() throws Exception {
            return decision.decide(spec, ClaimDecision.Verdict.REFUSED, "--reason", reason);
        }
    }
}
