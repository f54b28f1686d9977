package lategate.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The floor under a one-school report's time, for {@code lategate bench reports}: run in a fresh
 * JVM as {@code java -cp lategate.jar lategate.store.StoreFloor DB FROM TO}, it opens the database
 * as every command does (sqlite-jdbc with lategate's cached native library, the pragmas, the
 * schema's and migrations' check) and reads the first scans from FROM to TO as the reports read
 * them (SqliteSessionRecords), column by column, then prints how many rows it read. Nothing else: no
 * settings, no resolution, no report. A report that reads those days cannot take less, whatever
 * lategate does above the store; the bench prints it beside the reports (docs/architecture.md,
 * "Where a report's time goes, cold").
 */
public final class StoreFloor {

    private StoreFloor() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: java -cp lategate.jar lategate.store.StoreFloor DB FROM TO "
                    + "(dates as 2026-05-04); it reads the first scans from FROM to TO and prints how many");
            System.exit(2);
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(args[1]);
            to = LocalDate.parse(args[2]);
        } catch (DateTimeParseException e) {
            System.err.println("StoreFloor: FROM and TO are dates as 2026-05-04: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (to.isBefore(from)) {
            System.err.println("StoreFloor: TO (" + to + ") is before FROM (" + from + ")");
            System.exit(2);
        }
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println(firstScans(database, from, to));
        } catch (StoreException e) {
            System.err.println("StoreFloor: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Reads the first scans from {@code from} to {@code to} as the reports do; how many there were. */
    static long firstScans(Database database, LocalDate from, LocalDate to) {
        return database.read(c -> {
            long rows = 0;
            // SqliteSessionRecords#readFirstScans's statement and reads, nothing made of them.
            try (PreparedStatement s = c.prepareStatement(SqliteSessionRecords.FIRST_SCANS)) {
                s.setString(1, from.toString());
                s.setString(2, to.toString());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getLong(1);
                        SqliteText.of(r, 2);
                        SqliteText.of(r, 3);
                        SqliteText.of(r, 4);
                        SqliteText.of(r, 5);
                        SqliteText.of(r, 6);
                        r.getLong(7);
                        rows++;
                    }
                }
            }
            return rows;
        });
    }
}
