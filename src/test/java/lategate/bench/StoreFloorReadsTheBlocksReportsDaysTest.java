package lategate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import lategate.app.DaysAskedOfTheRegister;
import lategate.app.lateness.LatenessReports;
import lategate.demo.GeneratedYear;
import lategate.domain.lateness.Block;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.wiring.SchoolServices;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's floor that 'bench reports' times beside the blocks report reads the days that report
 * reads, no more and no fewer (docs/architecture.md, "The floor under a report"): the block and the
 * one before it, up to the block's last school day, and the block alone for block 1.
 */
class StoreFloorReadsTheBlocksReportsDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Test
    @DisplayName("for block 1, block 2 and the bench's block, the floor's days are the days the blocks CSV reads")
    void theDaysTheReportReads() throws Exception {
        GeneratedYear.Generated year = GeneratedYear.generate(dir.resolve("school"), 30, 2026, TODAY);
        Settings settings = SchoolSettings.read(year.settings());
        Clock evening = Clock.fixed(TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Database database = Database.open(year.database())) {
            SchoolServices services = new SchoolServices(settings, database, evening);
            for (int block : new int[] {1, 2, year.block()}) {
                DaysAskedOfTheRegister register = new DaysAskedOfTheRegister(services.entries());
                new LatenessReports(settings.school(), settings.lateness(), register, services.pupils(),
                        services.amendmentLog(), services.stageDecisions()).lateMarks(new Block(block), TODAY);
                BenchReports.Floor floor = BenchReports.Floor.of(settings.school().calendar(), block, 1);
                assertEquals(List.of(List.of(floor.from(), floor.to())), register.asked(), "block " + block);
            }
        }
    }
}
