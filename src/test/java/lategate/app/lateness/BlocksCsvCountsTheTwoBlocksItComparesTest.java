package lategate.app.lateness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import lategate.app.DaysAskedOfTheRegister;
import lategate.demo.GeneratedYear;
import lategate.domain.lateness.Block;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.wiring.SchoolServices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blocks report's CSV lists each pupil late in the block, and each pupil late in the block before
 * and not in this one, with L, U, minutes, the change and the stage (docs/attendance-lead.md, the demo
 * school's policy's 4-weekly tracking of lates). It is counted over the two blocks it compares, not the
 * year the review's bars need, and must list exactly the review's rows, figures and stages: a
 * generated year on a real database, every block, pupils dropped to zero and U amended to M included.
 */
class BlocksCsvCountsTheTwoBlocksItComparesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    static Path dir;
    private static GeneratedYear.Generated year;
    private static Settings settings;

    @BeforeAll
    static void aGeneratedYear() throws Exception {
        year = GeneratedYear.generate(dir.resolve("school"), 150, 2027, TODAY);
        settings = SchoolSettings.read(year.settings());
    }

    /** What each row says in the CSV: pupil, L, U, minutes, change, stage. */
    private static String line(String pupil, lategate.domain.lateness.BlockTally t,
                               java.util.Optional<lategate.domain.lateness.Stage> stage) {
        return pupil + " L" + t.lateL() + " U" + t.lateU() + " " + t.minutesLate() + "min change "
                + (t.change().isPresent() ? t.change().getAsInt() : "-") + " stage "
                + stage.map(s -> Integer.toString(s.number())).orElse("-");
    }

    @Test
    @DisplayName("every block's CSV rows are the review's rows with a late mark or a drop, with the same figures "
            + "and stages, in order of pupil id")
    void csvRowsAreTheReviewsRows() throws Exception {
        Clock evening = Clock.fixed(TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Database database = Database.open(year.database())) {
            SchoolServices services = new SchoolServices(settings, database, evening);
            LatenessReports reports = services.latenessReview();
            boolean dropped = false;
            for (int b = 1; b <= year.block(); b++) {
                Block block = new Block(b);
                List<String> fromReview = reports.review(block, TODAY).rows().stream()
                        .filter(r -> r.tally().lateMarks() > 0 || r.tally().change().orElse(0) < 0)
                        .sorted(Comparator.comparing(r -> r.pupil().id()))
                        .map(r -> line(r.pupil().id(), r.tally(), r.stage())).toList();
                BlockLateMarks marks = reports.lateMarks(block, TODAY);
                List<String> listed = marks.rows().stream()
                        .map(r -> line(r.pupil().id(), r.tally(), r.stage())).toList();
                assertEquals(fromReview, listed, "block " + b);
                assertEquals(reports.span(block, TODAY), marks.span());
                assertFalse(listed.isEmpty(), "block " + b + " has late marks");
                dropped |= marks.rows().stream().anyMatch(r -> r.tally().lateMarks() == 0);
                assertTrue(marks.rows().stream().allMatch(r -> !r.pupil().familyName().isEmpty()),
                        "every row names its pupil from the roll");
            }
            assertTrue(dropped, "some pupil was late in one block and not in the next");
            assertTrue(year.amendedToM() > 0, "some U were amended to M, and count no more");
        }
    }

    @Test
    @DisplayName("the CSV of a late block reads the register from the block before it, not from the start of the year")
    void readsOnlyTheTwoBlocks() throws Exception {
        Clock evening = Clock.fixed(TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Database database = Database.open(year.database())) {
            SchoolServices services = new SchoolServices(settings, database, evening);
            DaysAskedOfTheRegister register = new DaysAskedOfTheRegister(services.entries());
            LatenessReports reports = new LatenessReports(settings.school(), settings.lateness(), register,
                    services.pupils(), services.amendmentLog(), services.stageDecisions());
            Block block = new Block(year.block());
            reports.lateMarks(block, TODAY);
            LocalDate blockBefore = reports.span(new Block(year.block() - 1), TODAY).firstSchoolDay();
            assertEquals(1, register.asked().size(), "one read of the register");
            assertFalse(register.asked().get(0).get(0).isBefore(blockBefore.minusDays(6)),
                    "read from " + register.asked().get(0).get(0) + ", block " + (year.block() - 1) + " starts "
                            + blockBefore);
            assertTrue(register.asked().get(0).get(0).isAfter(settings.school().calendar().yearStarts()));
        }
    }
}
