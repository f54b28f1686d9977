package lategate.cli;

import lategate.reporting.ReportScope;
import lategate.reporting.Csv;

import lategate.output.Text;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.app.lateness.BlockLateMarks;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageProposal;
import lategate.domain.pupil.Pupil;
import lategate.files.SpreadsheetSafe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "blocks", mixinStandardHelpOptions = true,
        description = {"Lateness per pupil in a 4-weekly block of school weeks (your school's "
                + "policy's tracking of lates): L, U, minutes late, and the change in late marks from the "
                + "previous block. Only marks as they stand count: a U amended to M is no longer late; repeat "
                + "scans never count twice. Half-term weeks are not school weeks.",
                "Without --csv: most concerning first (a threshold reached or near, a stage rising, the biggest "
                        + "rise), with the stage ladder's proposals once the block has ended (schools with [stages]).",
                "CSV columns: block,first_week,last_week,pupil_id,given_name,family_name,year,class,late_l,"
                        + "late_u,minutes_late,change,stage (one row per pupil with a late mark in the block, and one for "
                        + "each pupil who had late marks in the block before and none in this one, with a negative "
                        + "change; change is empty in block 1; stage is the pupil's stage for the block, as decided by the lead or "
                        + "carried in, and empty for a school without staged letters).",
                "On the trust's hub (--hub URL): --school ID for one school, the same rows as its kiosk's database "
                        + "gives (the kiosks' marks merged: one per pupil and register); --all for every school, "
                        + "each in its own block N, the CSV with school_id before the columns above."},
        footer = {"", "Examples:", "  lategate report blocks --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 3 --csv",
                "  lategate report blocks --hub postgresql://trust_reports@hub.example:5432/attendance \\",
                "      --hub-password-file trust_reports.password --school demo --block 3 --csv"})
final class ReportBlocks implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("block", "first_week", "last_week", "pupil_id", "given_name",
            "family_name", "year", "class", "late_l", "late_u", "minutes_late", "change", "stage");

    @Spec
    CommandSpec spec;

    @Mixin
    ReportSourceOptions source;

    @Mixin
    BlockOption block;

    @Option(names = "--csv", description = "Print CSV with a header line.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        return print(source.open(spec, null), spec.commandLine().getOut());
    }

    /** Prints the report of the schools {@code opened} to {@code out}, then closes them; the exit code. */
    int print(ReportScope opened, PrintWriter out) throws Exception {
        try (ReportScope scope = opened) {
            if (csv) {
                // The CSV lists each pupil's tally and change, not the bars, proposals and thresholds of the
                // review: only the two blocks compared are counted. Every school's first: one refused (a
                // block not started) prints nothing at all.
                List<BlockLateMarks> marks = scope.each(school -> school.reports().lateMarks(
                        block.orToday(school.reports(), school.today()), school.today()));
                Csv.Printer printer = Csv.printer(out, COLUMNS, scope.trustWide);
                for (int i = 0; i < marks.size(); i++) {
                    printCsv(printer, marks.get(i), scope.trustWide ? Optional.of(scope.schools.get(i).schoolId())
                            : Optional.empty());
                }
                printer.flush(); // the CSV's buffer
                out.flush();
                return scope.exitCode();
            }
            List<BlockReview> reviews = scope.each(school -> school.reports().review(
                    block.orToday(school.reports(), school.today()), school.today()));
            for (int i = 0; i < reviews.size(); i++) {
                Csv.heading(out, scope, scope.schools.get(i));
                printTable(out, reviews.get(i));
            }
            out.flush();
            return scope.exitCode();
        }
    }

    static void printCsv(Csv.Printer p, BlockLateMarks marks, Optional<String> schoolId) throws Exception {
        Block b = marks.span().block();
        for (BlockLateMarks.Row r : marks.rows()) {
            Pupil pupil = r.pupil();
            Csv.record(p, schoolId, b.number(), b.firstWeek(), b.lastWeek(), SpreadsheetSafe.cell(pupil.id()),
                    SpreadsheetSafe.cell(pupil.givenName()), SpreadsheetSafe.cell(pupil.familyName()),
                    SpreadsheetSafe.cell(pupil.year()), SpreadsheetSafe.cell(pupil.className()), r.tally().lateL(),
                    r.tally().lateU(), r.tally().minutesLate(), r.tally().change().isPresent()
                            ? Integer.toString(r.tally().change().getAsInt()) : "",
                    r.stage().isPresent() ? Integer.toString(r.stage().get().number()) : "");
        }
        p.flush();
    }

    static void printTable(PrintWriter out, BlockReview review) {
        long late = review.rows().stream().filter(r -> r.tally().lateMarks() > 0).count();
        out.println("Block " + review.span().block().number() + " (school weeks " + review.span().block().firstWeek()
                + "-" + review.span().block().lastWeek() + ", " + review.span().firstSchoolDay() + " to "
                + review.span().lastSchoolDay() + "): " + late + (late == 1 ? " pupil" : " pupils")
                + " with late marks" + (review.ended() ? "" : " so far (the block has not ended)"));
        // Where stages are reviewed at half-term, the lead sees between reviews when the next one is.
        if (review.hasLadder() && !review.waitingForBlockEnd()) {
            review.halfTermReview().ifPresentOrElse(p -> out.println("Stages: the review of " + p.words() + " ("
                    + p.from() + " to " + p.to() + ") is recorded against this block: 'lategate stages list --block "
                    + review.span().block().number() + "'"),
                    () -> review.whyNoStages().ifPresent(why -> out.println("Stages: " + why)));
        }
        out.printf("%-8s  %-26s  %-6s  %3s  %3s  %5s  %6s  %-14s  %s%n", "Pupil", "Name", "Class", "L", "U", "Mins",
                "Change", "Marks by block", "Concern");
        for (BlockRow r : review.rows()) {
            out.printf("%-8s  %-26s  %-6s  %3d  %3d  %5d  %6s  %-14s  %s%n", r.pupil().id(),
                    Text.fit(r.pupil().fullName(), 26), Text.fit(r.pupil().className(), 6), r.tally().lateL(),
                    r.tally().lateU(), r.tally().minutesLate(), r.tally().change().isPresent()
                            ? String.format("%+d", r.tally().change().getAsInt()) : "",
                    Text.sparkline(r.lateMarksPerBlock(), 14), concern(r));
        }
        review.rows().stream().flatMap(r -> r.thresholds().stream())
                .filter(t -> t.threshold().equals("penalty_notice")).findFirst()
                .ifPresent(t -> out.println("Penalty notice threshold: " + t.note() + "."));
    }

    /** The row's reasons for concern in words: thresholds, then the stage. */
    static String concern(BlockRow r) {
        StringBuilder words = new StringBuilder();
        r.thresholds().forEach(t -> words.append(words.length() == 0 ? "" : "; ").append(t.words()));
        if (r.decision().isPresent()) {
            var d = r.decision().get();
            words.append(words.length() == 0 ? "" : "; ").append(d.kind().word()).append(": ")
                    .append(d.decided().words());
        } else if (r.proposal().filter(StageProposal::isChange).isPresent()) {
            StageProposal p = r.proposal().get();
            words.append(words.length() == 0 ? "" : "; ").append("proposed ").append(p.from().words()).append(" -> ")
                    .append(p.to().words());
        } else if (r.stage().filter(Stage::onLadder).isPresent()) {
            words.append(words.length() == 0 ? "" : "; ").append(r.stage().get().words());
        }
        return words.toString();
    }
}
