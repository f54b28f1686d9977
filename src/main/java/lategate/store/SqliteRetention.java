package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import lategate.app.retention.PurgeCounts;
import lategate.app.retention.RetentionStore;

/**
 * Retention in the lategate database. The logs refuse DELETE by trigger (V001 …); since V012 (V013
 * for the clock's records) each of those triggers stands aside while purge_in_progress holds its
 * one row, which only this class writes, inside the same transaction as the deletes, and takes out
 * again before committing.
 */
public final class SqliteRetention implements RetentionStore {

    private final Database database;

    public SqliteRetention(Database database) {
        this.database = database;
    }

    @Override
    public PurgeCounts purge(PurgeOrder order, boolean dryRun) {
        String date = order.cutOff().toString();
        String instant = InstantText.of(order.cutOff().atStartOfDay(order.zone()).toInstant());
        return database.inTransaction(c -> {
            execute(c, "INSERT INTO purge_in_progress (id) VALUES (1)");
            Map<String, Integer> counts = new LinkedHashMap<>();
            // Children before what they point at: reasons and repeats before marks, deliveries
            // before summaries, a leaver's contacts and badges before the leaver.
            // The clock's records are dated by what staff settled, never by the questioned clock itself
            // (it may have said 1970, or 2031). A held scan is past retention once its settlement is:
            // classified and settled before the cut-off, or its arrival goes now; one still waiting has
            // no date yet and stays. Settlements point at their arrival and their scan, so they go first.
            execute(c, "DROP TABLE IF EXISTS temp.held_scans_past");
            // settled_at too: it is the time staff settled at, always trusted, and never before the scan.
            delete(c, "CREATE TEMP TABLE held_scans_past AS SELECT held_scan_id AS id FROM held_scan_settlements "
                    + "WHERE classified_at < ? AND settled_at < ? OR arrival_id IN "
                    + "(SELECT id FROM arrivals WHERE school_date < ?)", instant, instant, date);
            counts.put("held_scan_settlements", delete(c, "DELETE FROM held_scan_settlements WHERE held_scan_id IN "
                    + "(SELECT id FROM temp.held_scans_past)"));
            counts.put("held_scans", delete(c, "DELETE FROM held_scans WHERE id IN (SELECT id FROM temp.held_scans_past)"));
            execute(c, "DROP TABLE temp.held_scans_past");
            // The clock log up to the last time staff settled the clock before the cut-off (the time they
            // confirmed or set is the only one it holds that can be trusted), and nothing after.
            counts.put("clock_events", delete(c, "DELETE FROM clock_events WHERE id <= (SELECT max(id) FROM "
                    + "clock_events WHERE kind IN ('confirmed', 'corrected') AND coalesce(corrected_to, kiosk_time) < ?)",
                    instant));
            counts.put("claim_decisions", delete(c, "DELETE FROM claim_decisions WHERE reason_id IN (SELECT r.id "
                    + "FROM arrival_reasons r JOIN arrivals a ON a.id = r.arrival_id WHERE a.school_date < ?)", date));
            counts.put("arrival_reasons", delete(c, "DELETE FROM arrival_reasons WHERE arrival_id IN "
                    + "(SELECT id FROM arrivals WHERE school_date < ?)", date));
            counts.put("repeat_scans", delete(c, "DELETE FROM arrivals WHERE school_date < ? AND repeat_of IS NOT NULL",
                    date));
            counts.put("arrivals", delete(c, "DELETE FROM arrivals WHERE school_date < ? AND repeat_of IS NULL AND id "
                    + "NOT IN (SELECT repeat_of FROM arrivals WHERE repeat_of IS NOT NULL)", date));
            counts.put("unmarked_scans", delete(c, "DELETE FROM unmarked_scans WHERE scanned_at < ?", instant));
            counts.put("movements", delete(c, "DELETE FROM movements WHERE school_date < ?", date));
            counts.put("amendments", delete(c, "DELETE FROM amendments WHERE school_date < ?", date));
            counts.put("amendment_batches", delete(c, "DELETE FROM amendment_batches WHERE NOT EXISTS "
                    + "(SELECT 1 FROM amendments a WHERE a.batch_id = amendment_batches.id)"));
            counts.put("stage_decisions", delete(c, "DELETE FROM stage_decisions WHERE decided_at < ?", instant));
            counts.put("outbox_deliveries", delete(c, "DELETE FROM outbox_deliveries WHERE outbox_id IN "
                    + "(SELECT id FROM outbox WHERE school_date < ?)", date));
            counts.put("outbox", delete(c, "DELETE FROM outbox WHERE school_date < ?", date));
            counts.put("kiosk_faults", delete(c, "DELETE FROM kiosk_faults WHERE school_date < ?", date));
            // Cut-offs and passes that ended before the cut-off, whoever held them.
            counts.put("pupil_cutoffs", delete(c, "DELETE FROM pupil_cutoffs WHERE valid_to IS NOT NULL AND valid_to < ?",
                    date));
            counts.put("lunch_passes", delete(c, "DELETE FROM lunch_passes WHERE valid_to IS NOT NULL AND valid_to < ?",
                    date));
            // Pupils who left before the cut-off: what is held about them beyond the register.
            String leftLongAgo = "SELECT pupil_id FROM pupils WHERE left_on IS NOT NULL AND left_on < ?";
            counts.put("contacts", delete(c, "DELETE FROM contacts WHERE pupil_id IN (" + leftLongAgo + ")", date));
            counts.put("badge_issues", delete(c, "DELETE FROM badge_issues WHERE pupil_id IN (" + leftLongAgo + ")",
                    date));
            counts.put("pupils", delete(c, "DELETE FROM pupils WHERE left_on IS NOT NULL AND left_on < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM arrivals x WHERE x.pupil_id = pupils.pupil_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM unmarked_scans x WHERE x.pupil_id = pupils.pupil_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM movements x WHERE x.pupil_id = pupils.pupil_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM amendments x WHERE x.pupil_id = pupils.pupil_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM stage_decisions x WHERE x.pupil_id = pupils.pupil_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM pupil_cutoffs x WHERE x.pupil_id = pupils.pupil_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM lunch_passes x WHERE x.pupil_id = pupils.pupil_id)"
                    // A scan held since the cut-off still names the leaver (a pupil who left, then scanned in).
                    + " AND NOT EXISTS (SELECT 1 FROM held_scans x WHERE x.pupil_id = pupils.pupil_id)", date));
            execute(c, "DELETE FROM purge_in_progress");
            PurgeCounts result = new PurgeCounts(counts);
            try (PreparedStatement log = c.prepareStatement("INSERT INTO purges (purged_at, purged_by, retention_years, "
                    + "cut_off, counts) VALUES (?, ?, ?, ?, ?)")) {
                log.setString(1, InstantText.of(order.at()));
                log.setString(2, order.by());
                log.setInt(3, order.years());
                log.setString(4, date);
                log.setString(5, result.json());
                log.executeUpdate();
            }
            return result;
        }, !dryRun);
    }

    /** Runs {@code sql} with its parameters; how many rows it changed. */
    private static int delete(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
