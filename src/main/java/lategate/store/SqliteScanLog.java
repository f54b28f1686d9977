package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lategate.app.scans.LoggedScan;
import lategate.app.scans.ScanLog;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;

/**
 * A day's scans read back from SQLite: the arrivals the register took (marks and repeats) and the
 * scan log's rows (scans that marked nothing, and scanners' faults), in the order taken.
 */
public final class SqliteScanLog implements ScanLog {

    private final Database database;
    private final ZoneId zone;

    public SqliteScanLog(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    @Override
    public List<LoggedScan> on(LocalDate schoolDate) {
        // The scan log holds instants, not school dates: its day is the school's day in school time.
        String from = InstantText.of(schoolDate.atStartOfDay(zone).toInstant());
        String to = InstantText.of(schoolDate.plusDays(1).atStartOfDay(zone).toInstant());
        return database.read(conn -> {
            List<LoggedScan> scans = new ArrayList<>();
            arrivals(conn, schoolDate, scans);
            refused(conn, from, to, scans);
            scans.sort(Comparator.comparing(LoggedScan::at));
            return scans;
        });
    }

    private static void arrivals(Connection conn, LocalDate date, List<LoggedScan> scans) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT arrived_at, kiosk_id, pupil_id, register, mark, "
                + "recorded_by, repeat_of FROM arrivals WHERE school_date = ? ORDER BY arrived_at, id")) {
            s.setString(1, date.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    r.getLong(7);
                    boolean repeat = !r.wasNull();
                    scans.add(new LoggedScan(InstantText.parse(r.getString(1)), r.getString(2), Optional.empty(),
                            Optional.empty(), Optional.of(r.getString(3)),
                            repeat ? LoggedScan.Outcome.REPEAT : LoggedScan.Outcome.MARKED,
                            Optional.of(Register.valueOf(r.getString(4))), Optional.of(Mark.fromId(r.getString(5))),
                            Optional.of(r.getString(6)), Optional.empty()));
                }
            }
        }
    }

    private static void refused(Connection conn, String from, String to, List<LoggedScan> scans) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT scanned_at, kiosk_id, source, code, pupil_id, why "
                + "FROM unmarked_scans WHERE scanned_at >= ? AND scanned_at < ? ORDER BY scanned_at, id")) {
            s.setString(1, from);
            s.setString(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    scans.add(new LoggedScan(InstantText.parse(r.getString(1)), r.getString(2),
                            Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4)),
                            Optional.ofNullable(r.getString(5)), LoggedScan.Outcome.REFUSED, Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.ofNullable(r.getString(6))));
                }
            }
        }
    }
}
