package lategate.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.LateEntry;
import lategate.domain.lateness.LatenessBlocks;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.School;
import lategate.roster.SpreadsheetSafe;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports for the attendance lead.",
        subcommands = {ReportCommand.Blocks.class, ReportCommand.Thresholds.class},
        footer = {"", "Example:", "  lategate report blocks --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 3 --csv"})
final class ReportCommand {

    static final List<String> BLOCK_COLUMNS = List.of("block", "first_week", "last_week", "pupil_id", "given_name",
            "family_name", "year", "class", "late_l", "late_u", "minutes_late", "change", "stage");

    @Command(name = "blocks", mixinStandardHelpOptions = true,
            description = {"Lateness per pupil in a 4-weekly block of school weeks (Oak Meadow Appendix 2: "
                    + "\"Tracking of lates 4-weekly\"): L, U, minutes late, and the change in late marks from the "
                    + "previous block. Only marks as they stand count: a U amended to M is no longer late; repeat "
                    + "scans never count twice. Half-term weeks are not school weeks.",
                    "CSV columns: block,first_week,last_week,pupil_id,given_name,family_name,year,class,late_l,"
                            + "late_u,minutes_late,change,stage (change is empty in block 1; stage is empty until "
                            + "staged letters are set up)."},
            footer = {"", "Example:", "  lategate report blocks --school config/schools/demo.toml \\",
                    "      --db lategate-demo/demo.db --block 3 --csv"})
    static final class Blocks implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--block", paramLabel = "N", description = "The block; default the block of today.")
        Integer block;

        @Option(names = "--csv", description = "Print CSV with a header line.")
        boolean csv;

        @Override
        public Integer call() throws Exception {
            School settings = school.loadSchool();
            LatenessBlocks blocks = new LatenessBlocks(settings.calendar());
            LocalDate today = Main.clockOf(spec).instant().atZone(settings.zone()).toLocalDate();
            Block chosen = chosenBlock(blocks, today, settings);
            LatenessBlocks.Dates dates = blocks.datesOf(chosen).orElseThrow(() -> new BadInputException(
                    "block " + chosen.number() + " is not in " + settings.name() + "'s academic year: it has "
                            + (settings.calendar().schoolWeekCount() + Block.WEEKS - 1) / Block.WEEKS + " blocks"));
            if (dates.first().isAfter(today)) {
                throw new BadInputException("block " + chosen.number() + " has not started: it begins in the week of "
                        + dates.first());
            }
            LocalDate from = chosen.hasPrevious() ? blocks.datesOf(chosen.previous()).orElseThrow().first()
                    : dates.first();
            List<BlockTally> tallies;
            SqlitePupils pupils;
            try (Database database = school.open(settings)) {
                List<LateEntry> entries = new SqliteRegisterLog(database, settings.zone()).entriesBetween(from,
                        dates.last());
                tallies = blocks.tallies(chosen, entries);
                pupils = new SqlitePupils(database);
                print(tallies, pupils, chosen);
            }
            return 0;
        }

        private Block chosenBlock(LatenessBlocks blocks, LocalDate today, School settings) {
            if (block != null) {
                if (block < 1) {
                    throw new BadInputException("--block must be 1 or more, not " + block);
                }
                return new Block(block);
            }
            return blocks.blockOf(today).orElseThrow(() -> new BadInputException("today (" + today + ") is not in a "
                    + "school week of " + settings.name() + ": give --block"));
        }

        private void print(List<BlockTally> tallies, SqlitePupils pupils, Block chosen) throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            java.util.Map<String, Pupil> named = pupils.allById(); // one query, not one per row (issue 6)
            if (csv) {
                CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                        .setHeader(BLOCK_COLUMNS.toArray(String[]::new)).get());
                for (BlockTally t : tallies) {
                    Optional<Pupil> pupil = Optional.ofNullable(named.get(t.pupilId()));
                    p.printRecord(chosen.number(), chosen.firstWeek(), chosen.lastWeek(), SpreadsheetSafe.cell(t.pupilId()),
                            SpreadsheetSafe.cell(pupil.map(Pupil::givenName).orElse("")),
                            SpreadsheetSafe.cell(pupil.map(Pupil::familyName).orElse("")),
                            SpreadsheetSafe.cell(pupil.map(Pupil::year).orElse("")),
                            SpreadsheetSafe.cell(pupil.map(Pupil::className).orElse("")), t.lateL(), t.lateU(),
                            t.minutesLate(), t.change().isPresent() ? Integer.toString(t.change().getAsInt()) : "", "");
                }
                p.flush();
                return;
            }
            out.println("Block " + chosen.number() + " (school weeks " + chosen.firstWeek() + "-" + chosen.lastWeek()
                    + "): " + tallies.size() + (tallies.size() == 1 ? " pupil" : " pupils") + " with late marks");
            out.printf("%-8s  %-28s  %-6s  %3s  %3s  %6s  %6s%n", "Pupil", "Name", "Class", "L", "U", "Mins", "Change");
            for (BlockTally t : tallies) {
                Optional<Pupil> pupil = Optional.ofNullable(named.get(t.pupilId()));
                out.printf("%-8s  %-28s  %-6s  %3d  %3d  %6d  %6s%n", t.pupilId(),
                        pupil.map(Pupil::fullName).orElse(""), pupil.map(Pupil::className).orElse(""), t.lateL(),
                        t.lateU(), t.minutesLate(), t.change().isPresent() ? String.format("%+d", t.change().getAsInt())
                                : "");
            }
        }
    }

    static final List<String> THRESHOLD_COLUMNS = List.of("pupil_id", "given_name", "family_name", "year", "class",
            "threshold", "level", "u_sessions", "limit", "first_week", "last_week", "u_dates");

    @Command(name = "thresholds", mixinStandardHelpOptions = true,
            description = {"Pupils at or near the national threshold for considering a penalty notice: 10 sessions "
                    + "of unauthorised absence in a rolling 10 school weeks (PSA §X, KTS §5.2; the school's "
                    + "[thresholds] settings). Every U is one session; holiday weeks do not count.",
                    "CSV columns: pupil_id,given_name,family_name,year,class,threshold,level,u_sessions,limit,"
                            + "first_week,last_week,u_dates (level: reached or approaching; u_dates separated by ;)."},
            footer = {"", "Example:", "  lategate report thresholds --school config/schools/psa.toml \\",
                    "      --db psa.db --on 2026-11-27 --csv"})
    static final class Thresholds implements Callable<Integer> {

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
            lategate.settings.Settings settings = lategate.settings.SchoolSettings.read(school.school.file);
            School schoolRules = settings.school();
            LocalDate day = SchoolTime.dateOr("--on", on, Main.clockOf(spec), schoolRules.zone());
            if (day.isBefore(schoolRules.calendar().yearStarts()) || day.isAfter(schoolRules.calendar().yearEnds())) {
                throw new BadInputException("--on " + day + " is outside the academic year "
                        + schoolRules.calendar().yearStarts() + " to " + schoolRules.calendar().yearEnds());
            }
            lategate.domain.lateness.PenaltyNoticeThreshold threshold = settings.penaltyNotice();
            List<lategate.domain.lateness.PenaltyNoticeThreshold.Standing> standings;
            try (Database database = school.open(schoolRules)) {
                List<LateEntry> entries = new SqliteRegisterLog(database, schoolRules.zone())
                        .entriesBetween(threshold.windowStarts(day, schoolRules.calendar()), day);
                standings = threshold.on(day, entries, schoolRules.calendar());
                SqlitePupils pupils = new SqlitePupils(database);
                PrintWriter out = spec.commandLine().getOut();
                if (csv) {
                    CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                            .setHeader(THRESHOLD_COLUMNS.toArray(String[]::new)).get());
                    for (var s : standings) {
                        Optional<Pupil> pupil = pupils.byId(s.pupilId());
                        p.printRecord(SpreadsheetSafe.cell(s.pupilId()),
                                SpreadsheetSafe.cell(pupil.map(Pupil::givenName).orElse("")),
                                SpreadsheetSafe.cell(pupil.map(Pupil::familyName).orElse("")),
                                SpreadsheetSafe.cell(pupil.map(Pupil::year).orElse("")),
                                SpreadsheetSafe.cell(pupil.map(Pupil::className).orElse("")), "penalty_notice",
                                s.level().name().toLowerCase(java.util.Locale.ROOT), s.count(), threshold.sessions(),
                                s.firstWeek(), s.lastWeek(), String.join(";", s.marks().stream()
                                        .map(m -> m.date() + " " + m.register()).toList()));
                    }
                    p.flush();
                    return 0;
                }
                out.println("Penalty notice threshold on " + day + ": " + threshold.sessions() + " U sessions in "
                        + threshold.schoolWeeks() + " school weeks (warning from " + threshold.approachingAt() + ")");
                if (standings.isEmpty()) {
                    out.println("Nobody is at or near it.");
                }
                for (var s : standings) {
                    Optional<Pupil> pupil = pupils.byId(s.pupilId());
                    out.printf("  %-8s  %-28s  %-6s  %2d U in weeks %d-%d: %s%n", s.pupilId(),
                            pupil.map(Pupil::fullName).orElse(""), pupil.map(Pupil::className).orElse(""), s.count(),
                            s.firstWeek(), s.lastWeek(), s.level().words());
                    out.println("            " + String.join(", ", s.marks().stream()
                            .map(m -> m.date() + " " + m.register()).toList()));
                }
            }
            return 0;
        }
    }
}
