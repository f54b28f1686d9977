package lategate.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * lategate's subcommands by name, so that a run builds only the one it names. picocli reads every
 * option of every command it is given, with reflection, before it parses anything: given all of
 * them, '--version' and each short command spent most of their start-up building commands they
 * never ran. A name here loads its class only when it is asked for (a switch, not a table of classes).
 */
final class Subcommands {

    /** Every subcommand, in the order 'lategate --help' lists them. */
    static final List<String> NAMES = List.of(
            "config",
            "roster",
            "contacts",
            "explain",
            "sign-in",
            "book",
            "slips",
            "cutoff",
            "codes",
            "off-site",
            "roll",
            "audit",
            "sign-out",
            "return",
            "amend",
            "claims",
            "reasons",
            "late-bus-mode",
            "scans",
            "lunch",
            "day",
            "report",
            "stages",
            "letters",
            "summary",
            "sync",
            "kiosk",
            "demo",
            "pin-hash",
            "bench",
            "staff",
            "export",
            "purge",
            "verify",
            "hub",
            "badges",
            "backup",
            "restore",
            "held",
            "year",
            "help");

    private Subcommands() {
    }

    /** The class of subcommand {@code name}, one of {@link #NAMES}. */
    static Class<?> classNamed(String name) {
        return switch (name) {
            case "config" -> ConfigCommand.class;
            case "roster" -> RosterCommand.class;
            case "contacts" -> ContactsCommand.class;
            case "explain" -> ExplainCommand.class;
            case "sign-in" -> SignInCommand.class;
            case "book" -> BookCommand.class;
            case "slips" -> SlipsCommand.class;
            case "cutoff" -> CutOffCommand.class;
            case "codes" -> CodesCommand.class;
            case "off-site" -> OffSiteCommand.class;
            case "roll" -> RollCommand.class;
            case "audit" -> AuditCommand.class;
            case "sign-out" -> SignOutCommand.class;
            case "return" -> ReturnCommand.class;
            case "amend" -> AmendCommand.class;
            case "claims" -> ClaimsCommand.class;
            case "reasons" -> ReasonsCommand.class;
            case "late-bus-mode" -> LateBusModeCommand.class;
            case "scans" -> ScansCommand.class;
            case "lunch" -> LunchCommand.class;
            case "day" -> DayCommand.class;
            case "report" -> ReportCommand.class;
            case "stages" -> StagesCommand.class;
            case "letters" -> LettersCommand.class;
            case "summary" -> SummaryCommand.class;
            case "sync" -> SyncCommand.class;
            case "kiosk" -> KioskCommand.class;
            case "demo" -> DemoCommand.class;
            case "pin-hash" -> PinHashCommand.class;
            case "bench" -> lategate.bench.BenchCommand.class;
            case "staff" -> StaffCommand.class;
            case "export" -> ExportCommand.class;
            case "purge" -> PurgeCommand.class;
            case "verify" -> VerifyCommand.class;
            case "hub" -> HubCommand.class;
            case "badges" -> BadgesCommand.class;
            case "backup" -> BackupCommand.class;
            case "restore" -> RestoreCommand.class;
            case "held" -> HeldCommand.class;
            case "year" -> YearCommand.class;
            case "help" -> CommandLine.HelpCommand.class;
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /**
     * The subcommands a run of {@code args} needs: the one its first word names; none for the
     * version alone; all of them otherwise (no command, --help, 'help', a mistyped name), since then
     * picocli lists them or suggests the nearest.
     */
    static List<String> neededFor(String... args) {
        if (args.length == 0) {
            return NAMES;
        }
        String first = args[0];
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return List.of();
        }
        if (!first.equals("help") && NAMES.contains(first)) {
            return List.of(first);
        }
        return NAMES;
    }
}
