package lategate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

/**
 * {@code lategate bench sync}: a school's generated year synced to an empty hub, and the
 * trust-wide threshold report over a trust of such schools, each timed as a user runs it, in a
 * fresh JVM, from outside.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Generate a school year as 'bench reports' does (the demo school's calendar moved back so the "
                + "year is over, about 5%% of pupil-days late, seeded), make its daily summaries on the kiosk's "
                + "database, then time 'lategate sync' of the whole year to an empty hub (a new database per run, "
                + "made by 'hub init', the school's role made by 'hub add-school'), each run in a fresh JVM started "
                + "as 'java -cp lategate.jar lategate.cli.Main sync …'. Then load --schools such schools into one "
                + "hub: --synced of them synced, each its own seeded year, the rest copies of those in SQL, each "
                + "under its own id, name and settings and time 'report thresholds --hub … --all --csv' as the trust's "
                + "reader, in fresh JVMs the same way. Start-up is 'lategate --version' timed in the same run; the "
                + "median of --runs timed runs after one untimed one is reported, with the load average from "
                + "/proc/loadavg before and after, and each child's CPU time (user and system) and peak memory "
                + "from /usr/bin/time when it is there: on a busy machine wall time grows with the load, CPU time "
                + "much less.",
                "--hub names a PostgreSQL server the bench may make databases and roles on (a role with CREATEDB and "
                        + "CREATEROLE, or a superuser): use a scratch server, never the trust's hub. Every database "
                        + "and login role it makes is named lategate_bench_… and dropped at the end; the group roles "
                        + "lategate_school and lategate_reader that 'hub init' makes stay on the server, made by "
                        + "the bench's role if they were not there (a hub's admin role could not then grant them: "
                        + "one more reason for a scratch server). Without "
                        + "--hub it says how to get a server. At the defaults it takes about ten minutes on two CPUs.",
                "The trust's reports ('report thresholds --all' and 'report blocks --all') are timed at 20 schools "
                        + "on the way and again at --schools, each beside 'lategate --version' and a SELECT 1 round "
                        + "trip on the hub measured at that size: the growth from 20 schools, and each figure as a "
                        + "ratio to those baselines.",
                "Goals: a year of one school synced to an empty hub under 5 s; the trust-wide threshold and blocks "
                        + "reports over 100 schools of 1,000 pupils under 2 s each."},
        footer = {"", "Examples:", "  lategate bench sync --hub postgresql://postgres@localhost:5432/postgres",
                "  LATEGATE_HUB_PASSWORD=… lategate bench sync --hub postgresql://bench@localhost/postgres "
                        + "--schools 100 --pupils 1000 --runs 3"})
final class BenchSync implements Callable<Integer>, BenchFigure.Source {

    /** Filled by the run, for the table of 'lategate bench'. */
    final java.util.List<BenchFigure> figures = new java.util.ArrayList<>();

    @Override
    public java.util.List<BenchFigure> figures() {
        return java.util.List.copyOf(figures);
    }

    static final int SYNC_GOAL_MILLIS = 5_000;
    static final int REPORT_GOAL_MILLIS = 2_000;
    static final String KIOSK = "gate";

    private static final String HOW_TO_GET_A_SERVER = "bench sync needs a PostgreSQL server it may make databases and "
            + "roles on: give --hub postgresql://ROLE@HOST:PORT/postgres, ROLE a superuser or a role with CREATEDB and "
            + "CREATEROLE, with its password in --hub-password-file or LATEGATE_HUB_PASSWORD. Use a scratch server, "
            + "never the trust's hub. On Debian or Ubuntu: 'apt-get install postgresql', then "
            + "'su postgres -c \"createuser --createdb --createrole --pwprompt bench\"' and "
            + "--hub postgresql://bench@localhost:5432/postgres.";

    @Spec
    CommandSpec spec;

    @Option(names = "--hub", paramLabel = "URL", description = "A PostgreSQL server to make scratch hubs on: "
            + "postgresql://ROLE@HOST:PORT/DATABASE (any database the role can connect to), never a password.")
    String hub;

    @Option(names = "--hub-password-file", paramLabel = "FILE", description = "A file whose first line is the "
            + "role's password; default the environment variable LATEGATE_HUB_PASSWORD (none: the server trusts it).")
    Path hubPasswordFile;

    @Option(names = "--pupils", defaultValue = "2000", paramLabel = "N",
            description = "Pupils on roll at each school (default: ${DEFAULT-VALUE}).")
    int pupils;

    @Option(names = "--schools", defaultValue = "20", paramLabel = "N",
            description = "Schools in the trust for the trust-wide report (default: ${DEFAULT-VALUE}).")
    int schools;

    @Option(names = "--synced", paramLabel = "N",
            description = "Of the --schools, how many are synced as kiosks sync, each its own generated year "
                    + "(default: 20, or --schools if fewer); the rest are copies made in SQL of the synced schools' "
                    + "rows, each under its own school id and name with its own settings (the [school] id and name "
                    + "changed). Syncing a school takes some seconds to half a minute on a busy machine: "
                    + "copies make a trust of 100 reachable.")
    Integer synced;

    @Option(names = "--seed", defaultValue = "2026", paramLabel = "S",
            description = "Seed of the first school's year; school k has S+k-1 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "R",
            description = "Timed runs of each command (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the trust's hub (database "
            + "lategate_bench_trust and the bench's roles) and write the reader's password to DIR, to run "
            + "reports on it by hand; default: drop everything at the end.")
    Path keep;

    @Override
    public Integer call() throws Exception {
        if (pupils < 10 || pupils > 100_000) {
            throw new BadInputException("--pupils must be from 10 to 100000, not " + pupils);
        }
        if (schools < 1 || schools > 200) {
            throw new BadInputException("--schools must be from 1 to 200, not " + schools);
        }
        if (synced != null && (synced < 1 || synced > schools)) {
            throw new BadInputException("--synced must be from 1 to --schools (" + schools + "), not " + synced);
        }
        if (runs < 1 || runs > 100) {
            throw new BadInputException("--runs must be from 1 to 100, not " + runs);
        }
        if (hub == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), HOW_TO_GET_A_SERVER);
        }
        Path jar = Path.of(BenchSync.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            throw new BadInputException("bench sync runs from the packaged jar (java -jar target/lategate.jar)");
        }
        return new BenchSyncRun(this, jar).run();
    }
}
