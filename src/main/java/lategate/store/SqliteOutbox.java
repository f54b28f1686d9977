package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.app.sync.DailySummary;
import lategate.app.sync.Outbox;
import lategate.app.sync.OutboxEntry;
import lategate.app.sync.SummaryKey;
import lategate.app.sync.SyncStatus;
import lategate.app.sync.Watermark;

/** The outbox in the lategate database: summaries and deliveries are only ever appended. */
public final class SqliteOutbox implements Outbox {

    private static final String ENTRY = "o.id, o.school_id, o.kiosk_id, o.school_date, o.version, o.made_at, "
            + "o.content_digest, o.sha256, o.body";

    private final Database database;

    public SqliteOutbox(Database database) {
        this.database = database;
    }

    @Override
    public String kioskId(Optional<String> requested) {
        requested.ifPresent(SqliteOutbox::checkName);
        String fixed = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kiosk_id FROM outbox_identity");
                 ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return r.getString(1);
                }
            }
            String name = requested.orElse(DEFAULT_KIOSK);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO outbox_identity (kiosk_id, fixed_at) VALUES (?, datetime('now'))")) {
                s.setString(1, name);
                s.executeUpdate();
            }
            return name;
        });
        if (requested.isPresent() && !requested.get().equals(fixed)) {
            throw new StoreException("the database " + database.file() + " sends its summaries as kiosk '" + fixed
                    + "', not '" + requested.get() + "': one database is one kiosk on the hub; leave out "
                    + "--kiosk-id or give '" + fixed + "'");
        }
        return fixed;
    }

    /** The kiosk name when none was given: the same default the kiosk command uses. */
    public static final String DEFAULT_KIOSK = "kiosk";

    private static void checkName(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw new StoreException("kiosk name '" + name + "' must be 1 to 40 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit: it becomes part of file names");
        }
    }

    @Override
    public Optional<OutboxEntry> latest(LocalDate date) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY + " FROM outbox o "
                    + "WHERE o.school_date = ? ORDER BY o.version DESC LIMIT 1")) {
                s.setString(1, date.toString());
                List<OutboxEntry> found = entries(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public Optional<OutboxEntry> newest() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY + " FROM outbox o "
                    + "ORDER BY o.school_date DESC, o.version DESC LIMIT 1")) {
                List<OutboxEntry> found = entries(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public Optional<OutboxEntry> lastMade() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY + " FROM outbox o ORDER BY o.id DESC LIMIT 1")) {
                List<OutboxEntry> found = entries(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** One version of one day's summary, if the outbox holds it. */
    public Optional<OutboxEntry> version(LocalDate date, int version) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY + " FROM outbox o "
                    + "WHERE o.school_date = ? AND o.version = ?")) {
                s.setString(1, date.toString());
                s.setInt(2, version);
                List<OutboxEntry> found = entries(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public OutboxEntry append(DailySummary summary, String contentDigest, byte[] body, String sha256) {
        SummaryKey key = summary.key();
        long id = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (school_id, kiosk_id, school_date, "
                    + "version, made_at, content_digest, sha256, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                s.setString(1, key.schoolId());
                s.setString(2, key.kioskId());
                s.setString(3, key.date().toString());
                s.setInt(4, key.version());
                s.setString(5, InstantText.of(summary.madeAt()));
                s.setString(6, contentDigest);
                s.setString(7, sha256);
                s.setBytes(8, body);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new OutboxEntry(id, key, summary.madeAt(), contentDigest, sha256, body);
    }

    @Override
    public Watermark watermark() {
        return database.read(c -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT log, last_id FROM outbox_watermarks");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.put(r.getString(1), r.getLong(2));
                }
            }
            return new Watermark(ids);
        });
    }

    @Override
    public void advance(Watermark mark) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox_watermarks (log, last_id) VALUES (?, ?) "
                    + "ON CONFLICT (log) DO UPDATE SET last_id = excluded.last_id WHERE excluded.last_id > last_id")) {
                for (Map.Entry<String, Long> e : mark.lastIds().entrySet()) {
                    s.setString(1, e.getKey());
                    s.setLong(2, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<OutboxEntry> waitingFor(String target) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY + " FROM outbox o "
                    + "WHERE NOT EXISTS (SELECT 1 FROM outbox_deliveries d WHERE d.outbox_id = o.id AND d.target = ?) "
                    + "ORDER BY o.school_date, o.version, o.id")) {
                s.setString(1, target);
                return entries(s);
            }
        });
    }

    @Override
    public void delivered(long entryId, String target, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox_deliveries (outbox_id, target, "
                    + "delivered_at) VALUES (?, ?, ?) ON CONFLICT (outbox_id, target) DO NOTHING")) {
                s.setLong(1, entryId);
                s.setString(2, target);
                s.setString(3, InstantText.of(at));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public SyncStatus status(String target) {
        return database.read(c -> {
            int waiting;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox o WHERE NOT EXISTS "
                    + "(SELECT 1 FROM outbox_deliveries d WHERE d.outbox_id = o.id AND d.target = ?)")) {
                s.setString(1, target);
                try (ResultSet r = s.executeQuery()) {
                    waiting = r.getInt(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT max(delivered_at) FROM outbox_deliveries WHERE target = ?")) {
                s.setString(1, target);
                try (ResultSet r = s.executeQuery()) {
                    String last = r.next() ? r.getString(1) : null;
                    return new SyncStatus(target, waiting, Optional.ofNullable(last).map(Instant::parse));
                }
            }
        });
    }

    @Override
    public List<OutboxEntry> all() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY + " FROM outbox o ORDER BY o.id")) {
                return entries(s);
            }
        });
    }

    private static List<OutboxEntry> entries(PreparedStatement s) throws SQLException {
        List<OutboxEntry> found = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.add(new OutboxEntry(r.getLong(1), new SummaryKey(r.getString(2), r.getString(3),
                        LocalDate.parse(r.getString(4)), r.getInt(5)), Instant.parse(r.getString(6)),
                        r.getString(7), r.getString(8), r.getBytes(9)));
            }
        }
        return found;
    }

    /** The targets that have taken an entry, in the order they took it. */
    public List<String> targetsOf(long entryId) {
        return database.read(c -> {
            List<String> targets = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT target FROM outbox_deliveries WHERE outbox_id = ? ORDER BY delivered_at, id")) {
                s.setLong(1, entryId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        targets.add(r.getString(1));
                    }
                }
            }
            return targets;
        });
    }

    /** Summaries no target has taken yet. */
    public int undelivered() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM outbox o WHERE NOT EXISTS "
                    + "(SELECT 1 FROM outbox_deliveries d WHERE d.outbox_id = o.id)");
                 ResultSet r = s.executeQuery()) {
                return r.getInt(1);
            }
        });
    }
}
