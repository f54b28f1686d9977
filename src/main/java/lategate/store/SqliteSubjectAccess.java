package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.access.PupilRecord;
import lategate.app.access.SummaryLines;

/**
 * Reads everything the database holds about one pupil. Every query is bound to that pupil's id;
 * the summaries, which hold a whole school day, are cut down to the pupil's own part. The badge
 * key, PIN hashes and the hub's password are never in the database's pupil rows, so none of
 * them can reach an export.
 */
public final class SqliteSubjectAccess {

    /** The kinds, their columns (the README's contract) and the query for each. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"pupil", "SELECT pupil_id, given_name, family_name, year_group AS year, class_name AS class, "
                    + "badge, send, pupil_premium, fsm, lac AS looked_after, eal, joined_on, left_on, date_of_birth, badge_2 FROM pupils "
                    + "WHERE pupil_id = ?"},
            new String[] {"badge_issues", "SELECT issue, issued_at, reason, issued_by FROM badge_issues "
                    + "WHERE pupil_id = ? ORDER BY issue"},
            new String[] {"arrivals", "SELECT id AS arrival_id, school_date, register, year_group AS year, "
                    + "class_name AS class, arrived_at, arrived_local, kiosk_id, mark, minutes_late, consequence, "
                    + "explanation, recorded_by, recorded_at, repeat_of FROM arrivals WHERE pupil_id = ? ORDER BY id"},
            new String[] {"reasons", "SELECT r.arrival_id, r.reason_key, r.reason_label, r.status, r.claims_code, "
                    + "r.recorded_at, r.recorded_by FROM arrival_reasons r JOIN arrivals a ON a.id = r.arrival_id "
                    + "WHERE a.pupil_id = ? ORDER BY r.id"},
            new String[] {"claim_decisions", "SELECT r.arrival_id, d.verdict, d.why, d.decided_at, d.decided_by, "
                    + "d.position FROM claim_decisions d JOIN arrival_reasons r ON r.id = d.reason_id "
                    + "JOIN arrivals a ON a.id = r.arrival_id WHERE a.pupil_id = ? ORDER BY d.id"},
            new String[] {"unmarked_scans", "SELECT scanned_at, code, kiosk_id, source, why FROM unmarked_scans "
                    + "WHERE pupil_id = ? ORDER BY id"},
            new String[] {"held_scans", "SELECT h.held_at, h.code, h.kiosk_id, h.recorded_by, h.doubt, s.classified_at, "
                    + "s.arrival_id, s.outcome, s.settled_by, s.settled_at FROM held_scans h LEFT JOIN "
                    + "held_scan_settlements s ON s.held_scan_id = h.id WHERE h.pupil_id = ? ORDER BY h.id"},
            new String[] {"movements", "SELECT kind, at, school_date, code, reason, collected_by, relationship, "
                    + "collector_listed, confirmed_by, confirmed_at, evidence_seen, expected_back, lunch, recorded_at, "
                    + "recorded_by, recorded_position FROM movements WHERE pupil_id = ? ORDER BY id"},
            new String[] {"amendments", "SELECT school_date, register, original_code, amended_code, late_reason, "
                    + "reason, evidence, amended_at, amended_by, position FROM amendments WHERE pupil_id = ? ORDER BY id"},
            new String[] {"stage_decisions", "SELECT block, from_stage, proposed_stage, decided_stage, kind, "
                    + "decided_by, position, why, decided_at FROM stage_decisions WHERE pupil_id = ? ORDER BY id"},
            new String[] {"cutoffs", "SELECT register, closes, valid_from, valid_to, reason, recorded_at, recorded_by, "
                    + "ended_at, ended_by FROM pupil_cutoffs WHERE pupil_id = ? ORDER BY id"},
            new String[] {"lunch_passes", "SELECT valid_from, valid_to, reason, granted_at, granted_by, "
                    + "granted_position, ended_at, ended_by, ended_position FROM lunch_passes WHERE pupil_id = ? "
                    + "ORDER BY id"},
            new String[] {"contacts", "SELECT name, relationship, may_collect, phone, imported_at, "
                    + "parental_responsibility, do_not_release, (SELECT group_concat(number || coalesce(' (' || label "
                    + "|| ')', ''), '; ') FROM (SELECT number, label FROM contact_phones WHERE contact_id = contacts.id "
                    + "ORDER BY position)) AS phones FROM contacts WHERE pupil_id = ? ORDER BY id"});

    private final Database database;
    private final SummaryLines summaries;

    public SqliteSubjectAccess(Database database, SummaryLines summaries) {
        this.database = database;
        this.summaries = summaries;
    }

    /** Everything held about the pupil, or empty when the database has never held them. */
    public Optional<PupilRecord> of(String pupilId) {
        return database.read(c -> {
            List<PupilRecord.Kind> kinds = new ArrayList<>();
            for (String[] kind : KINDS) {
                kinds.add(rows(c, kind[0], kind[1], pupilId));
            }
            if (kinds.get(0).rows().isEmpty()) {
                return Optional.empty();
            }
            kinds.add(summaryLines(c, pupilId));
            return Optional.of(new PupilRecord(pupilId, kinds));
        });
    }

    private static PupilRecord.Kind rows(Connection c, String name, String sql, String pupilId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, pupilId);
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = r.getObject(i);
                        row.add(value instanceof Number n ? (Object) n.longValue() : value == null ? null : r.getString(i));
                    }
                    rows.add(row);
                }
                return new PupilRecord.Kind(name, columns, rows);
            }
        }
    }

    /** The pupil's part of each daily summary in the outbox (every version, as it was sent). */
    private PupilRecord.Kind summaryLines(Connection c, String pupilId) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT school_date, kiosk_id, version, made_at, body FROM outbox "
                + "ORDER BY school_date, version, id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byte[] body = r.getBytes(5);
                Optional<String> lines = summaries.about(body, pupilId);
                if (lines.isPresent()) {
                    rows.add(List.of(r.getString(1), r.getString(2), r.getLong(3), r.getString(4), lines.get()));
                }
            }
        }
        return new PupilRecord.Kind("summary_lines", List.of("school_date", "kiosk_id", "version", "made_at", "pupil"),
                rows);
    }
}
