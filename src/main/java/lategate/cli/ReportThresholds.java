package lategate.cli;

import lategate.reporting.ReportScope;
import lategate.reporting.SchoolReport;
import lategate.reporting.Csv;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.lateness.PenaltyNoticeThreshold;
import lategate.domain.lateness.PersistentLateArrival;
import lategate.domain.lateness.SchoolWeeksWindow;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.pupil.Pupil;
import lategate.files.SpreadsheetSafe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "thresholds", mixinStandardHelpOptions = true,
        description = {"Pupils at or near the school's thresholds on a day, with the marks that put them there: "
                + "the national threshold for considering a penalty notice, 10 sessions of unauthorised absence in "
                + "a rolling 10 school weeks (the 2024 national framework for penalty notices; every U is one session; holiday weeks do not "
                + "count; the weeks run across terms and back into the previous school year when the settings give "
                + "its terms as [calendar.previous_year]), and where the school sets it, persistent late arrival after "
                + "the register has closed, a number of U in a block or a term (your school's policy).",
                "The penalty notice count " + PenaltyNoticeThreshold.COUNTS + ". Pupils below compulsory school age "
                        + "(from the roster's date_of_birth) are listed apart, never as at the threshold.",
                "CSV columns: pupil_id,given_name,family_name,year,class,threshold,level,u_sessions,limit,"
                        + "first_week,last_week,u_dates,window_starts,note (threshold: penalty_notice or "
                        + "persistent_late; level: reached, approaching or below_compulsory_age; u_dates separated "
                        + "by ;; first_week is in the previous school year when above last_week; window_starts: the "
                        + "first day counted; note: what the count leaves out).",
                "On the trust's hub (--hub URL): --school ID for one school, the same rows as its kiosk's database "
                        + "gives; --all for the trust-wide threshold report, every school's pupils by each school's "
                        + "own thresholds and calendar, the CSV with school_id before the columns above."},
        footer = {"", "Examples:", "  lategate report thresholds --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --on 2026-11-27 --csv",
                "  lategate report thresholds --hub postgresql://trust_reports@hub.example:5432/attendance \\",
                "      --hub-password-file trust_reports.password --all --on 2026-11-27 --csv"})
final class ReportThresholds implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("pupil_id", "given_name", "family_name", "year", "class",
            "threshold", "level", "u_sessions", "limit", "first_week", "last_week", "u_dates", "window_starts", "note");

    @Spec
    CommandSpec spec;

    @Mixin
    ReportSourceOptions source;

    @Option(names = "--on", paramLabel = "DATE", description = "The day to look back from; default today.")
    String on;

    @Option(names = "--csv", description = "Print CSV with a header line.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        return print(source.open(spec, null), spec.commandLine().getOut());
    }

    /** Prints the report of the schools {@code opened} to {@code out}, then closes them; the exit code. */
    int print(ReportScope opened, PrintWriter out) throws Exception {
        try (ReportScope scope = opened) {
            // Every school's standings first: one refused (a date outside its year) prints nothing at all.
            Optional<LocalDate> onDay = on == null ? Optional.empty() : Optional.of(SchoolTime.date("--on", on));
            List<List<ThresholdStanding>> standings = scope.each(school -> school.reports()
                    .thresholds(onDay.orElse(school.today())));
            Csv.Printer printer = csv ? Csv.printer(out, COLUMNS, scope.trustWide) : null;
            for (int i = 0; i < standings.size(); i++) {
                SchoolReport school = scope.schools.get(i);
                List<ThresholdStanding> standing = standings.get(i);
                LocalDate day = onDay.orElse(school.today());
                Map<String, Pupil> pupils = school.pupils().byIds(standing.stream()
                        .map(ThresholdStanding::pupilId).distinct().toList());
                if (csv) {
                    printCsv(printer, school, day, standing, pupils, scope.trustWide
                            ? Optional.of(school.schoolId()) : Optional.empty());
                } else {
                    Csv.heading(out, scope, school);
                    printTable(out, school, day, standing, pupils);
                }
            }
            if (printer != null) {
                printer.flush(); // the CSV's buffer
            }
            out.flush();
            return scope.exitCode();
        }
    }

    static void printCsv(Csv.Printer p, SchoolReport school, LocalDate day, List<ThresholdStanding> standings,
                                 Map<String, Pupil> pupils, Optional<String> schoolId) throws Exception {
        LatenessPolicy policy = school.settings().lateness();
        // Each threshold's first day counted is the school's, the same on every row: worked out once
        // (walking the calendar for each of a trust's thousands of rows was most of the report's time).
        LocalDate penaltyStarts = standings.isEmpty() ? day : school.reports().penaltyNoticeWindow(day).starts();
        LocalDate persistentStarts = standings.isEmpty() ? day : policy.persistentLate()
                .map(pl -> pl.windowStarts(day, school.settings().school().calendar())).orElse(day);
        for (ThresholdStanding s : standings) {
            LocalDate starts = s.threshold().equals("penalty_notice") ? penaltyStarts : persistentStarts;
            Optional<Pupil> pupil = Optional.ofNullable(pupils.get(s.pupilId()));
            Csv.record(p, schoolId, SpreadsheetSafe.cell(s.pupilId()),
                    SpreadsheetSafe.cell(pupil.map(Pupil::givenName).orElse("")),
                    SpreadsheetSafe.cell(pupil.map(Pupil::familyName).orElse("")),
                    SpreadsheetSafe.cell(pupil.map(Pupil::year).orElse("")),
                    SpreadsheetSafe.cell(pupil.map(Pupil::className).orElse("")), s.threshold(),
                    s.level().word(), s.count(), s.limit(), s.firstWeek(), s.lastWeek(),
                    String.join(";", s.marks().stream().map(m -> m.date() + " " + m.register()).toList()),
                    starts, s.note());
        }
        p.flush();
    }

    static void printTable(PrintWriter out, SchoolReport school, LocalDate day,
                                   List<ThresholdStanding> standings, Map<String, Pupil> pupils) {
        LatenessPolicy policy = school.settings().lateness();
        SchoolWeeksWindow window = school.reports().penaltyNoticeWindow(day);
        out.println("Thresholds on " + day + ":");
        out.println("  penalty notice: " + policy.penaltyNotice().stated() + " U sessions in "
                + policy.penaltyNotice().schoolWeeks() + " school weeks (warning from "
                + policy.penaltyNotice().approachingAt() + "), counted over " + window.words() + ", from "
                + window.starts());
        if (window.missing() > 0) {
            out.println("    " + window.shortBy());
        }
        out.println("    it " + PenaltyNoticeThreshold.COUNTS);
        policy.persistentLate().ifPresent(p -> out.println("  persistent late arrival: " + p.uMarks()
                + " U in a " + p.per().word()
                + p.approachingAt().stream().mapToObj(a -> " (warning from " + a + ")").findFirst().orElse("")));
        policy.persistentLate().ifPresent(p -> out.println("    it " + PersistentLateArrival.COUNTS));
        List<ThresholdStanding> atOrNear = standings.stream()
                .filter(s -> s.level() != ThresholdStanding.Level.BELOW_COMPULSORY_AGE).toList();
        List<ThresholdStanding> apart = standings.stream()
                .filter(s -> s.level() == ThresholdStanding.Level.BELOW_COMPULSORY_AGE).toList();
        if (atOrNear.isEmpty()) {
            out.println("Nobody is at or near them.");
        }
        printStandings(out, atOrNear, pupils);
        if (!apart.isEmpty()) {
            out.println("Below compulsory school age, listed apart (a penalty notice is only for a child of "
                    + "compulsory school age, Education Act 1996 s.8):");
            printStandings(out, apart, pupils);
        }
    }

    private static void printStandings(PrintWriter out, List<ThresholdStanding> standings, Map<String, Pupil> pupils) {
        for (ThresholdStanding s : standings) {
            Optional<Pupil> pupil = Optional.ofNullable(pupils.get(s.pupilId()));
            out.printf("  %-8s  %-28s  %-6s  %2d U in %s: %s%n", s.pupilId(),
                    pupil.map(Pupil::fullName).orElse(""), pupil.map(Pupil::className).orElse(""), s.count(),
                    s.weeks(), s.words());
            out.println("            " + String.join(", ", s.marks().stream()
                    .map(m -> m.date() + " " + m.register()).toList()));
        }
    }
}
