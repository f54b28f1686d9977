package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lategate.app.PupilDirectory;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.NameMatch;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.PupilCutOff;
import lategate.domain.register.Register;

/** The roster and pupils' own cut-offs, in the lategate database. */
public final class SqlitePupils implements PupilDirectory {

    private static final String COLUMNS = "pupil_id, given_name, family_name, year_group, class_name, badge, "
            + "send, pupil_premium, fsm, lac, eal, left_on, date_of_birth, badge_2";

    private final Database database;

    public SqlitePupils(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Pupil> onRollByBadge(String badge) {
        return database.read(c -> one(c, "SELECT " + COLUMNS + " FROM pupils WHERE (badge = ?1 AND left_on IS NULL) "
                // Each side of the OR whole, so each can use its own index (V023): the roll is never walked.
                + "OR (badge_2 = ?1 AND left_on IS NULL) ORDER BY badge = ?1 DESC LIMIT 1", badge));
    }

    @Override
    public Optional<Pupil> byId(String pupilId) {
        return database.read(c -> one(c, "SELECT " + COLUMNS + " FROM pupils WHERE pupil_id = ?", pupilId));
    }

    @Override
    public List<Pupil> search(String text, int limit) {
        List<String> words = java.util.Arrays.stream(NameMatch.fold(text).split(" "))
                .filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // Folded in Java, not SQL: SQLite's LIKE knows no accents, and a school's roll of a few
        // thousand is read in milliseconds.
        List<Pupil> found = new ArrayList<>();
        for (Pupil p : onRoll()) {
            String name = NameMatch.fold(p.givenName() + " " + p.familyName());
            if (words.stream().allMatch(name::contains)) {
                found.add(p);
            }
        }
        found.sort(NameMatch.PUPILS_BY_NAME);
        return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
    }

    private List<Pupil> onRoll() {
        return database.read(c -> {
            List<Pupil> pupils = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM pupils WHERE left_on IS NULL");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pupils.add(pupil(r));
                }
            }
            return pupils;
        });
    }

    /** Whether a roster was ever imported: a file with the schema and no pupils is no school's register yet. */
    public boolean hasRoster() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pupils)");
                 ResultSet r = s.executeQuery()) {
                return r.getBoolean(1);
            }
        });
    }

    /**
     * The roll changes only by a roster import, which logs itself in the same transaction, and by
     * retention removing leavers: the import log's last entry and the number of pupils mark it.
     */
    @Override
    public Optional<String> rollVersion() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM pupils), (SELECT count(*) "
                    + "FROM roster_imports), (SELECT coalesce(max(rowid), 0) FROM roster_imports), (SELECT "
                    + "coalesce(max(imported_at), '') FROM roster_imports)");
                 ResultSet r = s.executeQuery()) {
                return Optional.of(r.getLong(1) + "/" + r.getLong(2) + "/" + r.getLong(3) + "/" + SqliteText.of(r, 4));
            }
        });
    }

    @Override
    public List<Pupil> all() {
        return database.read(c -> {
            List<Pupil> pupils = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM pupils ORDER BY pupil_id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pupils.add(pupil(r));
                }
            }
            return pupils;
        });
    }

    /**
     * Every pupil, leavers too, by id, in one query: for a report that names hundreds of pupils,
     * where one {@link #byId} each would be a query each.
     */
    public Map<String, Pupil> allById() {
        Map<String, Pupil> byId = new HashMap<>();
        for (Pupil p : all()) {
            byId.put(p.id(), p);
        }
        return byId;
    }

    /**
     * Replaces the roster with {@code roster} in one transaction: new pupils are added, listed
     * ones updated (and a leaver listed again rejoins), and pupils on roll missing from it leave
     * on {@code today}. The import itself is logged.
     */
    public RosterChanges importRoster(List<Pupil> roster, LocalDate today, Instant at, String sourceName,
                                      String sha256) {
        return database.inTransaction(c -> {
            Map<String, Pupil> existing = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM pupils");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Pupil p = pupil(r);
                    existing.put(p.id(), p);
                }
            }
            Set<String> listed = roster.stream().map(Pupil::id).collect(Collectors.toSet());
            List<String> leavers = existing.values().stream()
                    .filter(p -> p.onRoll() && !listed.contains(p.id()))
                    .map(Pupil::id).sorted().toList();
            // Leavers go first so that a badge passed on to a new pupil is free on the roll.
            try (PreparedStatement leave = c.prepareStatement("UPDATE pupils SET left_on = ? WHERE pupil_id = ?")) {
                for (String id : leavers) {
                    leave.setString(1, today.toString());
                    leave.setString(2, id);
                    leave.addBatch();
                }
                leave.executeBatch();
            }
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int rejoined = 0;
            int movedYearGroup = 0;
            // Clear badges of pupils being updated first, so two pupils can swap badges in one import.
            try (PreparedStatement park = c.prepareStatement(
                    "UPDATE pupils SET badge = '~moving~' || pupil_id WHERE pupil_id = ? AND badge <> ?")) {
                for (Pupil p : roster) {
                    if (existing.containsKey(p.id())) {
                        park.setString(1, p.id());
                        park.setString(2, p.badge());
                        park.addBatch();
                    }
                }
                park.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO pupils (pupil_id, given_name, "
                    + "family_name, year_group, class_name, badge, send, pupil_premium, fsm, lac, eal, date_of_birth, "
                    + "badge_2, joined_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement update = c.prepareStatement("UPDATE pupils SET given_name = ?, family_name = ?, "
                         + "year_group = ?, class_name = ?, badge = ?, send = ?, pupil_premium = ?, fsm = ?, lac = ?, "
                         + "eal = ?, date_of_birth = ?, badge_2 = ?, left_on = NULL WHERE pupil_id = ?")) {
                for (Pupil p : roster) {
                    Pupil before = existing.get(p.id());
                    if (before == null) {
                        insert.setString(1, p.id());
                        bindDetails(insert, 2, p);
                        insert.setString(14, today.toString());
                        insert.addBatch();
                        added++;
                    } else if (before.equals(p)) {
                        unchanged++;
                    } else {
                        bindDetails(update, 1, p);
                        update.setString(13, p.id());
                        update.addBatch();
                        if (before.onRoll()) {
                            updated++;
                            if (!before.year().equals(p.year())) {
                                movedYearGroup++;
                            }
                        } else {
                            rejoined++;
                        }
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
            try (PreparedStatement log = c.prepareStatement("INSERT INTO roster_imports (imported_at, source_name, "
                    + "sha256, added, updated, unchanged, rejoined, left_roll) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                log.setString(1, at.toString());
                log.setString(2, sourceName);
                log.setString(3, sha256);
                log.setInt(4, added);
                log.setInt(5, updated);
                log.setInt(6, unchanged);
                log.setInt(7, rejoined);
                log.setInt(8, leavers.size());
                log.executeUpdate();
            }
            return new RosterChanges(added, updated, unchanged, rejoined, leavers, movedYearGroup);
        });
    }

    @Override
    public List<PupilCutOff> cutOffsOf(String pupilId) {
        return database.read(c -> {
            List<PupilCutOff> cutOffs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT pupil_id, register, closes, valid_from, valid_to, "
                    + "reason FROM pupil_cutoffs WHERE pupil_id = ? ORDER BY id")) {
                s.setString(1, pupilId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        cutOffs.add(new PupilCutOff(SqliteText.of(r, 1), Register.valueOf(SqliteText.of(r, 2)),
                                LocalTime.parse(SqliteText.of(r, 3)), LocalDate.parse(SqliteText.of(r, 4)),
                                Optional.ofNullable(SqliteText.of(r, 5)).map(LocalDate::parse), SqliteText.of(r, 6)));
                    }
                }
            }
            return cutOffs;
        });
    }

    /** Records a pupil's own later cut-off; the caller has checked it against the timetable. */
    public long addCutOff(PupilCutOff cutOff, Instant at, String recordedBy) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO pupil_cutoffs (pupil_id, register, closes, "
                    + "valid_from, valid_to, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, cutOff.pupilId());
                s.setString(2, cutOff.register().name());
                s.setString(3, cutOff.closes().toString());
                s.setString(4, cutOff.from().toString());
                s.setString(5, cutOff.to().map(LocalDate::toString).orElse(null));
                s.setString(6, cutOff.reason());
                s.setString(7, at.toString());
                s.setString(8, recordedBy);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Binds the ten columns after pupil_id, from parameter {@code first} on. */
    /** A recorded cut-off with its id, for listing and ending. */
    public record StoredCutOff(long id, PupilCutOff cutOff, String recordedBy, Optional<String> endedBy) {
    }

    public List<StoredCutOff> storedCutOffsOf(String pupilId) {
        return database.read(c -> {
            List<StoredCutOff> cutOffs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, pupil_id, register, closes, valid_from, "
                    + "valid_to, reason, recorded_by, ended_by FROM pupil_cutoffs WHERE pupil_id = ? ORDER BY id")) {
                s.setString(1, pupilId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        cutOffs.add(new StoredCutOff(r.getLong(1), new PupilCutOff(SqliteText.of(r, 2),
                                Register.valueOf(SqliteText.of(r, 3)), LocalTime.parse(SqliteText.of(r, 4)),
                                LocalDate.parse(SqliteText.of(r, 5)), Optional.ofNullable(SqliteText.of(r, 6))
                                .map(LocalDate::parse), SqliteText.of(r, 7)), SqliteText.of(r, 8),
                                Optional.ofNullable(SqliteText.of(r, 9))));
                    }
                }
            }
            return cutOffs;
        });
    }

    /**
     * Ends a cut-off: it applies up to and including {@code lastDay} (a day before it starts
     * cancels it). Once ended it cannot be changed again; the database refuses it.
     */
    public void endCutOff(long id, LocalDate lastDay, Instant at, String endedBy) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE pupil_cutoffs SET valid_to = ?, ended_at = ?, "
                    + "ended_by = ? WHERE id = ?")) {
                s.setString(1, lastDay.toString());
                s.setString(2, at.toString());
                s.setString(3, endedBy);
                s.setLong(4, id);
                if (s.executeUpdate() != 1) {
                    throw new StoreException("there is no cut-off " + id);
                }
            }
            return null;
        });
    }

    private static void bindDetails(PreparedStatement s, int first, Pupil p) throws SQLException {
        int i = first;
        s.setString(i++, p.givenName());
        s.setString(i++, p.familyName());
        s.setString(i++, p.year());
        s.setString(i++, p.className());
        s.setString(i++, p.badge());
        Characteristics ch = p.characteristics();
        s.setInt(i++, ch.send() ? 1 : 0);
        s.setInt(i++, ch.pupilPremium() ? 1 : 0);
        s.setInt(i++, ch.freeSchoolMeals() ? 1 : 0);
        s.setInt(i++, ch.lookedAfter() ? 1 : 0);
        s.setInt(i++, ch.englishAdditionalLanguage() ? 1 : 0);
        s.setString(i++, p.dateOfBirth().map(LocalDate::toString).orElse(null));
        s.setString(i, p.badge2().orElse(null));
    }

    private static Optional<Pupil> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(pupil(r)) : Optional.empty();
            }
        }
    }

    private static Pupil pupil(ResultSet r) throws SQLException {
        return new Pupil(SqliteText.of(r, 1), SqliteText.of(r, 2), SqliteText.of(r, 3), SqliteText.of(r, 4),
                SqliteText.of(r, 5), SqliteText.of(r, 6),
                new Characteristics(r.getInt(7) == 1, r.getInt(8) == 1, r.getInt(9) == 1, r.getInt(10) == 1,
                        r.getInt(11) == 1),
                Optional.ofNullable(SqliteText.of(r, 12)).map(LocalDate::parse),
                Optional.ofNullable(SqliteText.of(r, 13)).map(LocalDate::parse),
                Optional.ofNullable(SqliteText.of(r, 14)));
    }
}
