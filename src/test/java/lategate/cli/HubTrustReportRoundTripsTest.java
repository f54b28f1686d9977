package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import lategate.demo.GeneratedYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust's reports read the hub in a fixed number of statements, whatever the number of schools
 * (docs/hub.md, "The trust's reports in SQL"): every school's spans and windows go to the hub in
 * one statement per kind of read, not one statement per school. Counted as the PostgreSQL driver
 * sends them (each statement bound, each round trip ended by a Sync), for a trust of 3 schools and
 * again once 3 more have synced. The reports are the national framework for penalty notices
 * (August 2024: 10 sessions of unauthorised absence in 10 school weeks) and the lateness blocks of
 * the generated schools' policy.
 */
class HubTrustReportRoundTripsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock EVENING = HubFixture.at("2026-11-24T17:00:00Z");

    @TempDir
    static Path dir;
    private static HubFixture hub;
    private static final List<GeneratedYear.Generated> YEARS = new ArrayList<>();

    @BeforeAll
    static void hub() {
        hub = new HubFixture(dir.resolve("hub"));
    }

    private static void syncSchools(int from, int to) throws Exception {
        for (int k = from; k <= to; k++) {
            String id = "school-" + k;
            Path password = hub.addSchool(id, "kiosk_" + k);
            GeneratedYear.Generated year = GeneratedYear.generate(dir.resolve(id), 40, 100 + k, TODAY, id,
                    "School " + k);
            Files.writeString(year.settings(), "\n[sync]\npassword_file = \"" + password.toAbsolutePath() + "\"\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            CommandLineRun sync = lategate(EVENING, "sync", "--school", year.settings().toString(), "--db",
                    year.database().toString(), "--to", hub.address("kiosk_" + k), "--kiosk-id", "gate");
            assertEquals(0, sync.exit(), sync.err());
            YEARS.add(year);
        }
    }

    /** Statements and round trips one command sends to the hub, as the driver logs its messages. */
    record Sent(int statements, int roundTrips, String out) {
    }

    private static Sent counted(String... args) {
        Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        AtomicInteger statements = new AtomicInteger();
        AtomicInteger roundTrips = new AtomicInteger();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord r) {
                String m = String.valueOf(r.getMessage());
                if (m.contains("FE=> Bind") || m.contains("FE=> SimpleQuery")) {
                    statements.incrementAndGet();
                }
                if (m.contains("FE=> Sync")) {
                    roundTrips.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = driver.getLevel();
        driver.setLevel(Level.FINEST);
        counter.setLevel(Level.ALL);
        driver.addHandler(counter);
        try {
            CommandLineRun run = lategate(EVENING, args);
            assertEquals(0, run.exit(), run.err());
            return new Sent(statements.get(), roundTrips.get(), run.out());
        } finally {
            driver.removeHandler(counter);
            driver.setLevel(before);
        }
    }

    private static Sent blocks() {
        return counted("report", "blocks", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--all", "--block", Integer.toString(YEARS.get(0).block()), "--csv");
    }

    private static Sent thresholds() {
        return counted("report", "thresholds", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--all", "--on", YEARS.get(0).thresholdsOn().toString(), "--csv");
    }

    private static long schoolsIn(Sent sent) {
        return sent.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
    }

    @Test
    @DisplayName("report blocks and thresholds --all send as many statements and round trips to the hub for 6 "
            + "schools as for 3")
    void roundTripsDoNotGrowWithTheSchools() throws Exception {
        syncSchools(1, 3);
        Sent blocks3 = blocks();
        Sent thresholds3 = thresholds();
        syncSchools(4, 6);
        Sent blocks6 = blocks();
        Sent thresholds6 = thresholds();

        // The counts are real: every school is in the reports, and the hub was asked something.
        assertEquals(3, schoolsIn(blocks3), blocks3.out());
        assertEquals(6, schoolsIn(blocks6), blocks6.out());
        assertEquals(6, schoolsIn(thresholds6), thresholds6.out());
        assertTrue(blocks3.statements() > 2 && thresholds3.statements() > 2, blocks3 + " " + thresholds3);

        assertEquals(blocks3.statements(), blocks6.statements(), "statements of report blocks --all");
        assertEquals(blocks3.roundTrips(), blocks6.roundTrips(), "round trips of report blocks --all");
        assertEquals(thresholds3.statements(), thresholds6.statements(), "statements of report thresholds --all");
        assertEquals(thresholds3.roundTrips(), thresholds6.roundTrips(), "round trips of report thresholds --all");
    }
}
