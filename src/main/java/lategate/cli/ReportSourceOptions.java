package lategate.cli;

import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.wiring.SchoolServices;

import lategate.reporting.ReportScope;
import lategate.reporting.SchoolReport;
import lategate.reporting.HubReportScope;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where a lead's report reads: {@code --school FILE --db FILE} (one kiosk's database, as always),
 * or the trust's hub, {@code --hub URL} with {@code --school ID} (one school) or {@code --all}
 * (every school the credential can read). Plain types only: the hub's classes load only when
 * {@code --hub} is given, so a report on a kiosk's database starts as fast as before.
 */
final class ReportSourceOptions {

    @Option(names = "--school", paramLabel = "FILE|ID",
            description = "The school's settings, e.g. config/schools/demo.toml; with --hub, the school's id on "
                    + "the hub (as under [school] id in its settings), e.g. demo.")
    String school;

    @Option(names = "--db", paramLabel = "FILE", description = "The school's lategate database (not with --hub).")
    Path db;

    @Option(names = "--hub", paramLabel = "URL",
            description = "Read the trust's hub instead of a kiosk's database: postgresql://ROLE@HOST:PORT/DATABASE, "
                    + "with TLS parameters if any (?sslmode=verify-full&sslrootcert=FILE); never a password. ROLE is "
                    + "a reader made by 'hub add-reader' (every school), or a school's role (its school only).")
    String hub;

    @Option(names = "--hub-password-file", paramLabel = "FILE",
            description = "With --hub: a file whose first line is the role's password; default the environment "
                    + "variable LATEGATE_HUB_PASSWORD.")
    Path hubPasswordFile;

    @Option(names = "--all", description = "With --hub: every school on the hub the role can read, one after "
            + "another; CSV rows then start with a school_id column.")
    boolean all;

    /**
     * Opens what the options name; usage errors (exit 2) for options that do not go together.
     *
     * @param allWhy null when the command takes --all; else why it does not
     */
    ReportScope open(CommandSpec spec, String allWhy) throws Exception {
        CommandLine cli = spec.commandLine();
        Optional<String> misuse = misuse(allWhy);
        if (misuse.isPresent()) {
            throw new CommandLine.ParameterException(cli, misuse.get());
        }
        return opened(cli.getErr(), Main.clockOf(spec));
    }

    /**
     * Why the options given do not go together, as a usage error says it; empty when they do.
     *
     * @param allWhy null when the command takes --all; else why it does not
     */
    Optional<String> misuse(String allWhy) {
        if (hub == null) {
            if (all) {
                return Optional.of("--all reads every school on the trust's hub: give --hub URL with it");
            }
            if (hubPasswordFile != null) {
                return Optional.of("--hub-password-file goes with --hub URL");
            }
            if (school == null) {
                return Optional.of("Missing required option: '--school=FILE' (or --hub URL with --school ID or --all)");
            }
            if (db == null) {
                return Optional.of("Missing required option: '--db=FILE' (or --hub URL to read the trust's hub)");
            }
            return Optional.empty();
        }
        if (db != null) {
            return Optional.of("--db reads a kiosk's database and --hub the trust's hub: give one of them");
        }
        if (all && school != null) {
            return Optional.of("give --school ID (one school) or --all (every school), not both");
        }
        if (!all && school == null) {
            return Optional.of("with --hub, give --school ID (one school, e.g. --school demo) or --all (every school "
                    + "of the trust)");
        }
        if (all && allWhy != null) {
            return Optional.of(allWhy);
        }
        if (school != null && (school.endsWith(".toml") || school.contains("/"))) {
            return Optional.of("with --hub, --school is the school's id on the hub (e.g. --school demo), not a "
                    + "settings file: the hub keeps each school's settings as its kiosks sent them");
        }
        return Optional.empty();
    }

    /**
     * Opens what the options name, once {@link #misuse} has found nothing wrong: notices about the
     * trust's schools (one left out) go to {@code err}.
     */
    ReportScope opened(java.io.PrintWriter err, java.time.Clock clock) throws Exception {
        if (hub == null) {
            Settings settings = SchoolSettings.read(Path.of(school));
            SchoolServices services = new SchoolServices(settings, SchoolDatabaseOptions.open(db, settings.school()),
                    clock);
            return new ReportScope(List.of(new SchoolReport(settings.school().id(), settings,
                    services.latenessReview(), services.pupils(), services.today())), false, services);
        }
        return HubReportScope.open(err, clock, hub, Optional.ofNullable(hubPasswordFile), Optional.ofNullable(school));
    }
}
