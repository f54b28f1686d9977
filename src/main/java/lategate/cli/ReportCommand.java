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
        subcommands = ReportCommand.Blocks.class,
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
            if (csv) {
                CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                        .setHeader(BLOCK_COLUMNS.toArray(String[]::new)).get());
                for (BlockTally t : tallies) {
                    Optional<Pupil> pupil = pupils.byId(t.pupilId());
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
                Optional<Pupil> pupil = pupils.byId(t.pupilId());
                out.printf("%-8s  %-28s  %-6s  %3d  %3d  %6d  %6s%n", t.pupilId(),
                        pupil.map(Pupil::fullName).orElse(""), pupil.map(Pupil::className).orElse(""), t.lateL(),
                        t.lateU(), t.minutesLate(), t.change().isPresent() ? String.format("%+d", t.change().getAsInt())
                                : "");
            }
        }
    }
}
