package lategate.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.pupil.Pupil;
import lategate.roster.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "thresholds", mixinStandardHelpOptions = true,
        description = {"Pupils at or near the school's thresholds on a day, with the marks that put them there: "
                + "the national threshold for considering a penalty notice, 10 sessions of unauthorised absence in "
                + "a rolling 10 school weeks (PSA §X, KTS §5.2; every U is one session; holiday weeks do not "
                + "count), and where the school sets it, persistent late arrival after the register has closed, "
                + "a number of U in a block or a term (Seagrave §17, Oak Meadow §11).",
                "CSV columns: pupil_id,given_name,family_name,year,class,threshold,level,u_sessions,limit,"
                        + "first_week,last_week,u_dates (threshold: penalty_notice or persistent_late; level: "
                        + "reached or approaching; u_dates separated by ;)."},
        footer = {"", "Example:", "  lategate report thresholds --school config/schools/psa.toml \\",
                "      --db psa.db --on 2026-11-27 --csv"})
final class ReportThresholds implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("pupil_id", "given_name", "family_name", "year", "class",
            "threshold", "level", "u_sessions", "limit", "first_week", "last_week", "u_dates");

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--on", paramLabel = "DATE", description = "The day to look back from; default today.")
    String on;

    @Option(names = "--csv", description = "Print CSV with a header line.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession session = ReviewSession.open(spec, school)) {
            LocalDate day = on == null ? session.today : SchoolTime.date("--on", on);
            List<ThresholdStanding> standings = session.review.thresholds(day);
            java.util.Map<String, Pupil> pupils = new java.util.HashMap<>();
            session.pupils.all().forEach(p -> pupils.put(p.id(), p));
            PrintWriter out = spec.commandLine().getOut();
            if (csv) {
                CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                        .setHeader(COLUMNS.toArray(String[]::new)).get());
                for (ThresholdStanding s : standings) {
                    Optional<Pupil> pupil = Optional.ofNullable(pupils.get(s.pupilId()));
                    p.printRecord(SpreadsheetSafe.cell(s.pupilId()),
                            SpreadsheetSafe.cell(pupil.map(Pupil::givenName).orElse("")),
                            SpreadsheetSafe.cell(pupil.map(Pupil::familyName).orElse("")),
                            SpreadsheetSafe.cell(pupil.map(Pupil::year).orElse("")),
                            SpreadsheetSafe.cell(pupil.map(Pupil::className).orElse("")), s.threshold(),
                            s.level().word(), s.count(), s.limit(), s.firstWeek(), s.lastWeek(),
                            String.join(";", s.marks().stream().map(m -> m.date() + " " + m.register()).toList()));
                }
                p.flush();
                return 0;
            }
            LatenessPolicy policy = session.settings.lateness();
            out.println("Thresholds on " + day + ":");
            out.println("  penalty notice: " + policy.penaltyNotice().sessions() + " U sessions in "
                    + policy.penaltyNotice().schoolWeeks() + " school weeks (warning from "
                    + policy.penaltyNotice().approachingAt() + ")");
            policy.persistentLate().ifPresent(p -> out.println("  persistent late arrival: " + p.uMarks()
                    + " U in a " + p.per().word()
                    + p.approachingAt().stream().mapToObj(a -> " (warning from " + a + ")").findFirst().orElse("")));
            if (standings.isEmpty()) {
                out.println("Nobody is at or near them.");
            }
            for (ThresholdStanding s : standings) {
                Optional<Pupil> pupil = Optional.ofNullable(pupils.get(s.pupilId()));
                out.printf("  %-8s  %-28s  %-6s  %2d U in weeks %d-%d: %s%n", s.pupilId(),
                        pupil.map(Pupil::fullName).orElse(""), pupil.map(Pupil::className).orElse(""), s.count(),
                        s.firstWeek(), s.lastWeek(), s.words());
                out.println("            " + String.join(", ", s.marks().stream()
                        .map(m -> m.date() + " " + m.register()).toList()));
            }
        }
        return 0;
    }
}
