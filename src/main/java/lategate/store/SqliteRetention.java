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
            // Every record is aged by the instant it was made (RetentionRule), never by the session it is
            // about: a row goes only when it was made before the cut-off, and, for a row that also
            // carries a school date, that date is before it too. A register session (pupil, day,
            // register) goes whole: its mark, repeats, reasons, claim decisions, held-scan settlements
            // and amendments together, once the last of them was made before the cut-off. An amendment
            // made in October to a July mark keeps that session (original, amendment and all) as long
            // as the amendment itself is kept, so `audit` never loses it.
            execute(c, "DROP TABLE IF EXISTS temp.sessions_kept");
            execute(c, "DROP TABLE IF EXISTS temp.arrivals_past");
            execute(c, "DROP TABLE IF EXISTS temp.held_scans_past");
            // Sessions of days before the cut-off that still hold something made since.
            delete(c, "CREATE TEMP TABLE sessions_kept AS "
                    + "SELECT pupil_id, school_date, register FROM arrivals WHERE school_date < ? AND recorded_at >= ? "
                    + "UNION SELECT a.pupil_id, a.school_date, a.register FROM arrival_reasons r "
                    + "JOIN arrivals a ON a.id = r.arrival_id WHERE a.school_date < ? AND r.recorded_at >= ? "
                    + "UNION SELECT a.pupil_id, a.school_date, a.register FROM claim_decisions d "
                    + "JOIN arrival_reasons r ON r.id = d.reason_id JOIN arrivals a ON a.id = r.arrival_id "
                    + "WHERE a.school_date < ? AND d.decided_at >= ? "
                    // A settlement is made when staff settle it (classified_at may be the questioned clock's).
                    + "UNION SELECT a.pupil_id, a.school_date, a.register FROM held_scan_settlements s "
                    + "JOIN arrivals a ON a.id = s.arrival_id WHERE a.school_date < ? "
                    + "AND (s.settled_at >= ? OR s.classified_at >= ?) "
                    + "UNION SELECT pupil_id, school_date, register FROM amendments WHERE school_date < ? "
                    + "AND amended_at >= ?", date, instant, date, instant, date, instant, date, instant, instant, date,
                    instant);
            String sessionPast = "school_date < ? AND NOT EXISTS (SELECT 1 FROM temp.sessions_kept k WHERE "
                    + "k.pupil_id = %1$s.pupil_id AND k.school_date = %1$s.school_date AND k.register = %1$s.register)";
            delete(c, "CREATE TEMP TABLE arrivals_past AS SELECT id FROM arrivals WHERE "
                    + sessionPast.formatted("arrivals"), date);
            // The clock's records are dated by what staff settled, never by the questioned clock itself
            // (it may have said 1970, or 2031). A held scan is past retention once its settlement is
            // (classified and settled before the cut-off) and its arrival, if it made one, goes now; one
            // still waiting has no date yet and stays. Settlements point at their arrival and their scan,
            // so they go first.
            delete(c, "CREATE TEMP TABLE held_scans_past AS SELECT held_scan_id AS id FROM held_scan_settlements "
                    + "WHERE classified_at < ? AND settled_at < ? AND (arrival_id IS NULL OR arrival_id IN "
                    + "(SELECT id FROM temp.arrivals_past))", instant, instant);
            counts.put("held_scan_settlements", delete(c, "DELETE FROM held_scan_settlements WHERE held_scan_id IN "
                    + "(SELECT id FROM temp.held_scans_past)"));
            counts.put("held_scans", delete(c, "DELETE FROM held_scans WHERE id IN (SELECT id FROM temp.held_scans_past)"));
            // The clock log up to the last time staff settled the clock before the cut-off (the time they
            // confirmed or set is the only one it holds that can be trusted), and nothing after.
            counts.put("clock_events", delete(c, "DELETE FROM clock_events WHERE id <= (SELECT max(id) FROM "
                    + "clock_events WHERE kind IN ('confirmed', 'corrected') AND coalesce(corrected_to, kiosk_time) < ?)",
                    instant));
            counts.put("claim_decisions", delete(c, "DELETE FROM claim_decisions WHERE reason_id IN (SELECT r.id "
                    + "FROM arrival_reasons r WHERE r.arrival_id IN (SELECT id FROM temp.arrivals_past))"));
            counts.put("arrival_reasons", delete(c, "DELETE FROM arrival_reasons WHERE arrival_id IN "
                    + "(SELECT id FROM temp.arrivals_past)"));
            counts.put("repeat_scans", delete(c, "DELETE FROM arrivals WHERE id IN (SELECT id FROM temp.arrivals_past) "
                    + "AND repeat_of IS NOT NULL"));
            counts.put("arrivals", delete(c, "DELETE FROM arrivals WHERE id IN (SELECT id FROM temp.arrivals_past) "
                    + "AND repeat_of IS NULL AND id NOT IN (SELECT repeat_of FROM arrivals WHERE repeat_of IS NOT NULL)"));
            counts.put("unmarked_scans", delete(c, "DELETE FROM unmarked_scans WHERE scanned_at < ?", instant));
            // A sign-out or return recorded late (the day after) is made when it was recorded.
            counts.put("movements", delete(c, "DELETE FROM movements WHERE school_date < ? AND recorded_at < ?",
                    date, instant));
            counts.put("amendments", delete(c, "DELETE FROM amendments WHERE " + sessionPast.formatted("amendments"),
                    date));
            execute(c, "DROP TABLE temp.held_scans_past");
            execute(c, "DROP TABLE temp.arrivals_past");
            execute(c, "DROP TABLE temp.sessions_kept");
            counts.put("amendment_batches", delete(c, "DELETE FROM amendment_batches WHERE created_at < ? AND NOT EXISTS "
                    + "(SELECT 1 FROM amendments a WHERE a.batch_id = amendment_batches.id)", instant));
            counts.put("stage_decisions", delete(c, "DELETE FROM stage_decisions WHERE decided_at < ?", instant));
            // A roll call (V019) goes whole, its ticks with it, once it started and closed before the cut-off.
            String rollsPast = "SELECT id FROM fire_rolls WHERE started_at < ? AND closed_at IS NOT NULL AND closed_at < ?";
            counts.put("fire_roll_ticks", delete(c, "DELETE FROM fire_roll_ticks WHERE roll_id IN (" + rollsPast + ")",
                    instant, instant));
            counts.put("fire_rolls", delete(c, "DELETE FROM fire_rolls WHERE id IN (" + rollsPast + ")", instant,
                    instant));
            // A summary is made when it is made (a later version of an old day is a new record), and its
            // delivery records go with it once they too are older than the cut-off.
            String summaryPast = "SELECT id FROM outbox o WHERE school_date < ? AND made_at < ? AND NOT EXISTS "
                    + "(SELECT 1 FROM outbox_deliveries d WHERE d.outbox_id = o.id AND d.delivered_at >= ?)";
            counts.put("outbox_deliveries", delete(c, "DELETE FROM outbox_deliveries WHERE outbox_id IN ("
                    + summaryPast + ")", date, instant, instant));
            counts.put("outbox", delete(c, "DELETE FROM outbox WHERE id IN (" + summaryPast + ")", date, instant,
                    instant));
            counts.put("kiosk_faults", delete(c, "DELETE FROM kiosk_faults WHERE school_date < ? AND at < ?", date,
                    instant));
            // Cut-offs and passes that ended before the cut-off, whoever held them.
            // Recorded (granted) and, if ended early, ended before the cut-off too.
            counts.put("pupil_cutoffs", delete(c, "DELETE FROM pupil_cutoffs WHERE valid_to IS NOT NULL AND valid_to < ? "
                    + "AND recorded_at < ? AND (ended_at IS NULL OR ended_at < ?)", date, instant, instant));
            counts.put("lunch_passes", delete(c, "DELETE FROM lunch_passes WHERE valid_to IS NOT NULL AND valid_to < ? "
                    + "AND granted_at < ? AND (ended_at IS NULL OR ended_at < ?)", date, instant, instant));
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
