package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import lategate.app.sync.DayContent.Amendment;
import lategate.app.sync.DayContent.Decision;
import lategate.app.sync.DayContent.Groups;
import lategate.app.sync.DayContent.KioskFigures;
import lategate.app.sync.DayContent.Movement;
import lategate.app.sync.DayContent.Repeat;
import lategate.app.sync.DayRecords;
import lategate.app.sync.DayRecords.RecordedDay;
import lategate.app.sync.DayRecords.RecordedPupil;
import lategate.app.sync.Watermark;

/**
 * Reads one school day out of the lategate database for its summary: the records around its
 * entries (names, movements, amendments, repeat scans, decisions, figures), never the entries
 * themselves, which only {@code RegisterEntries} resolves. Everything is ordered by pupil, register
 * and row id, so reading the same day twice gives equal content.
 */
public final class SqliteDayRecords implements DayRecords {

    /** The logs whose new rows can change a day's summary, with how to find each row's day. */
    private static final Map<String, String> DAY_OF_NEW_ROWS = Map.of(
            "arrivals", "SELECT DISTINCT school_date FROM arrivals WHERE id > ?",
            "arrival_reasons", "SELECT DISTINCT a.school_date FROM arrival_reasons r "
                    + "JOIN arrivals a ON a.id = r.arrival_id WHERE r.id > ?",
            "movements", "SELECT DISTINCT school_date FROM movements WHERE id > ?",
            "amendments", "SELECT DISTINCT school_date FROM amendments WHERE id > ?",
            // A decision on a claim changes the entry of the day of the arrival it was claimed for.
            "claim_decisions", "SELECT DISTINCT a.school_date FROM claim_decisions d "
                    + "JOIN arrival_reasons r ON r.id = d.reason_id JOIN arrivals a ON a.id = r.arrival_id "
                    + "WHERE d.id > ?",
            "kiosk_faults", "SELECT DISTINCT school_date FROM kiosk_faults WHERE id > ?");
    /** Logs that hold an instant, not a school date: their day is the instant's date in school time. */
    private static final Map<String, String> INSTANT_OF_NEW_ROWS = Map.of(
            "unmarked_scans", "SELECT scanned_at FROM unmarked_scans WHERE id > ?",
            "stage_decisions", "SELECT decided_at FROM stage_decisions WHERE id > ?");

    private final Database database;
    private final ZoneId zone;

    public SqliteDayRecords(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    @Override
    public Watermark now() {
        return database.read(c -> {
            Map<String, Long> ids = new HashMap<>();
            for (String log : logs()) {
                try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + log);
                     ResultSet r = s.executeQuery()) {
                    ids.put(log, r.getLong(1));
                }
            }
            return new Watermark(ids);
        });
    }

    private static List<String> logs() {
        List<String> logs = new ArrayList<>(DAY_OF_NEW_ROWS.keySet());
        logs.addAll(INSTANT_OF_NEW_ROWS.keySet());
        logs.sort(null);
        return logs;
    }

    @Override
    public SortedSet<LocalDate> daysChangedSince(Watermark mark) {
        return database.read(c -> {
            SortedSet<LocalDate> days = new TreeSet<>();
            for (Map.Entry<String, String> e : DAY_OF_NEW_ROWS.entrySet()) {
                for (String day : strings(c, e.getValue(), mark.of(e.getKey()))) {
                    days.add(LocalDate.parse(day));
                }
            }
            for (Map.Entry<String, String> e : INSTANT_OF_NEW_ROWS.entrySet()) {
                for (String at : strings(c, e.getValue(), mark.of(e.getKey()))) {
                    days.add(Instant.parse(at).atZone(zone).toLocalDate());
                }
            }
            return days;
        });
    }

    private static List<String> strings(Connection c, String sql, long after) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, after);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        }
        return found;
    }

    @Override
    public RecordedDay recordsOf(LocalDate date, Set<String> withEntries) {
        String from = InstantText.of(date.atStartOfDay(zone).toInstant());
        String to = InstantText.of(date.plusDays(1).atStartOfDay(zone).toInstant());
        return database.read(c -> {
            Map<String, PupilBuilder> pupils = new TreeMap<>();
            withEntries.forEach(id -> pupils.computeIfAbsent(id, PupilBuilder::new));
            readScans(c, date, pupils);
            readAmendments(c, date, pupils);
            readMovements(c, date, pupils);
            readPupils(c, pupils);
            List<RecordedPupil> days = new ArrayList<>();
            for (PupilBuilder p : pupils.values()) {
                days.add(p.build());
            }
            return new RecordedDay(days, decisions(c, from, to), figures(c, date, from, to));
        });
    }

    private static final class PupilBuilder {
        final String pupilId;
        String givenName;
        String familyName;
        String year;
        String className;
        Groups groups;
        final Map<String, List<Repeat>> repeats = new HashMap<>();
        final List<Movement> movements = new ArrayList<>();
        final List<Amendment> amendments = new ArrayList<>();

        PupilBuilder(String pupilId) {
            this.pupilId = pupilId;
        }

        RecordedPupil build() {
            return new RecordedPupil(pupilId, givenName, familyName, year, className, groups, movements, amendments,
                    repeats);
        }
    }

    /** The year and class each pupil's scans recorded that day, and every scan after a register's first. */
    private static void readScans(Connection c, LocalDate date, Map<String, PupilBuilder> pupils)
            throws SQLException {
        String sql = "SELECT a.pupil_id, a.register, a.year_group, a.class_name, a.arrived_at, a.kiosk_id, a.repeat_of "
                + "FROM arrivals a WHERE a.school_date = ? ORDER BY a.pupil_id, a.register, a.repeat_of IS NOT NULL, "
                + "a.arrived_at, a.id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, date.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    PupilBuilder pupil = pupils.computeIfAbsent(r.getString(1), PupilBuilder::new);
                    pupil.year = r.getString(3); // as on the roster that day
                    pupil.className = r.getString(4);
                    if (r.getObject(7) != null) {
                        pupil.repeats.computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                                .add(new Repeat(Instant.parse(r.getString(5)), r.getString(6)));
                    }
                }
            }
        }
    }

    private static void readAmendments(Connection c, LocalDate date, Map<String, PupilBuilder> pupils)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pupil_id, register, original_code, amended_code, "
                + "reason, amended_at, amended_by, position FROM amendments WHERE school_date = ? "
                + "ORDER BY pupil_id, amended_at, id")) {
            s.setString(1, date.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pupils.computeIfAbsent(r.getString(1), PupilBuilder::new).amendments.add(new Amendment(
                            r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            Instant.parse(r.getString(6)), r.getString(7), r.getString(8)));
                }
            }
        }
    }

    private static void readMovements(Connection c, LocalDate date, Map<String, PupilBuilder> pupils)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pupil_id, kind, at, code, reason, collected_by, "
                + "recorded_by FROM movements WHERE school_date = ? ORDER BY pupil_id, at, id")) {
            s.setString(1, date.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pupils.computeIfAbsent(r.getString(1), PupilBuilder::new).movements.add(new Movement(
                            r.getString(2), Instant.parse(r.getString(3)), Optional.ofNullable(r.getString(4)),
                            Optional.ofNullable(r.getString(5)), Optional.ofNullable(r.getString(6)),
                            r.getString(7)));
                }
            }
        }
    }

    /** Names and groups from the roster; year and class too for a pupil with no arrival that day. */
    private static void readPupils(Connection c, Map<String, PupilBuilder> pupils) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT given_name, family_name, year_group, class_name, "
                + "send, pupil_premium, fsm, lac, eal FROM pupils WHERE pupil_id = ?")) {
            for (PupilBuilder p : pupils.values()) {
                s.setString(1, p.pupilId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new StoreException("pupil " + p.pupilId + " has records but is not in the pupils table");
                    }
                    p.givenName = r.getString(1);
                    p.familyName = r.getString(2);
                    if (p.year == null) {
                        p.year = r.getString(3);
                        p.className = r.getString(4);
                    }
                    p.groups = new Groups(r.getInt(5) == 1, r.getInt(6) == 1, r.getInt(7) == 1, r.getInt(8) == 1,
                            r.getInt(9) == 1);
                }
            }
        }
    }

    private static List<Decision> decisions(Connection c, String from, String to) throws SQLException {
        List<Decision> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT pupil_id, block, from_stage, proposed_stage, "
                + "decided_stage, kind, decided_by, position, why, decided_at FROM stage_decisions "
                + "WHERE decided_at >= ? AND decided_at < ? ORDER BY decided_at, id")) {
            s.setString(1, from);
            s.setString(2, to);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Decision(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5),
                            r.getString(6), r.getString(7), r.getString(8), Optional.ofNullable(r.getString(9)),
                            Instant.parse(r.getString(10))));
                }
            }
        }
        return found;
    }

    private static List<KioskFigures> figures(Connection c, LocalDate date, String from, String to)
            throws SQLException {
        String sql = "SELECT kiosk_id, sum(scans), sum(unknown), sum(failed) FROM ("
                + " SELECT kiosk_id, 1 AS scans, 0 AS unknown, 0 AS failed FROM arrivals WHERE school_date = ?"
                + " UNION ALL SELECT kiosk_id, 1, CASE WHEN pupil_id IS NULL AND fault = 0 THEN 1 ELSE 0 END, 0"
                + "   FROM unmarked_scans"
                + "   WHERE scanned_at >= ? AND scanned_at < ?"
                + " UNION ALL SELECT kiosk_id, 0, 0, 1 FROM kiosk_faults WHERE school_date = ?"
                + ") GROUP BY kiosk_id ORDER BY kiosk_id";
        List<KioskFigures> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, date.toString());
            s.setString(2, from);
            s.setString(3, to);
            s.setString(4, date.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new KioskFigures(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4)));
                }
            }
        }
        return found;
    }
}
