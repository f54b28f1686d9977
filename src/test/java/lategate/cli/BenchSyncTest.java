package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 'bench sync' refuses what it cannot do before it generates anything (the run itself: e2e). */
class BenchSyncTest {

    @Test
    @DisplayName("without --hub it says how to get a PostgreSQL server (exit 2); bad numbers are exit 1")
    void refusals() {
        CommandLineRun none = lategate("bench", "sync");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("bench sync needs a PostgreSQL server it may make databases and roles on"),
                none.err());
        assertTrue(none.err().contains("apt-get install postgresql"), none.err());
        CommandLineRun pupils = lategate("bench", "sync", "--pupils", "0", "--hub", "postgresql://x@localhost/y");
        assertEquals(1, pupils.exit());
        assertTrue(pupils.err().contains("--pupils must be from 10 to 100000, not 0"), pupils.err());
        CommandLineRun schools = lategate("bench", "sync", "--schools", "0", "--hub", "postgresql://x@localhost/y");
        assertEquals(1, schools.exit());
        assertTrue(schools.err().contains("--schools must be from 1 to 200, not 0"), schools.err());
        CommandLineRun classes = lategate("bench", "sync", "--pupils", "20", "--hub", "postgresql://x@localhost/y");
        assertEquals(1, classes.exit());
        assertTrue(classes.err().contains("runs from the packaged jar"), classes.err());
    }
}
