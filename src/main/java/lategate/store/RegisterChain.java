package lategate.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lategate.app.integrity.ChainHead;

/**
 * Seals the register's rows into one hash chain (V015, docs/tamper-evidence.md). Each row lategate
 * writes gets an entry, in the same transaction: the row's SHA-256 and the chain's hash so far.
 *
 * <p>Which rows this connection wrote is known from TEMP triggers: they live on this connection
 * only and fire for its own statements, never for sqlite3's or another program's. So a row put in
 * from outside is never sealed by lategate's next save: it stays unsealed, and verify names it.
 */
final class RegisterChain {

    /**
     * A table the chain covers, and the columns that may be set once after the row is written (the
     * early end of a pass or a cut-off): those are left out of the row's seal and sealed by an
     * "ended" entry when they are set.
     */
    record Chained(String table, List<String> endColumns) {
        boolean ends() {
            return !endColumns.isEmpty();
        }
    }

    /**
     * The register's tables: the records of what happened. Not the roster, nor the outbox's summaries
     * (made from these), nor badge_issues: a seal names its row by rowid, and that table has no
     * INTEGER PRIMARY KEY, so a backup (VACUUM INTO) may number its rows afresh. Every table here
     * has one, and the rowid of each row stays the same in every backup and restore.
     */
    static final List<Chained> TABLES = List.of(
            new Chained("roster_imports", List.of()),
            new Chained("contact_imports", List.of()),
            new Chained("staff_events", List.of()),
            new Chained("arrivals", List.of()),
            new Chained("arrival_reasons", List.of()),
            new Chained("unmarked_scans", List.of()),
            new Chained("movements", List.of()),
            new Chained("amendment_batches", List.of()),
            new Chained("amendments", List.of()),
            new Chained("pupil_cutoffs", List.of("valid_to", "ended_at", "ended_by")),
            new Chained("lunch_passes", List.of("valid_to", "ended_at", "ended_by", "ended_position")),
            new Chained("stage_decisions", List.of()),
            new Chained("claim_decisions", List.of()),
            new Chained("held_scans", List.of()),
            new Chained("held_scan_settlements", List.of()),
            new Chained("clock_events", List.of()),
            new Chained("kiosk_faults", List.of()),
            new Chained("purges", List.of()),
            new Chained("late_bus_modes", List.of()));

    private RegisterChain() {
    }

    static Chained table(String name) {
        return TABLES.stream().filter(t -> t.table().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a table of the register chain: " + name));
    }

    /** Makes this connection note every row it writes to the register's tables, until it closes. */
    static void install(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS chain_written (table_name TEXT NOT NULL, "
                    + "row_id INTEGER NOT NULL, kind TEXT NOT NULL)");
            for (Chained t : TABLES) {
                String name = t.table();
                if (!exists(c, name)) {
                    continue; // made by a later migration: the connection installs again once the migrations end
                }
                s.executeUpdate("CREATE TEMP TRIGGER IF NOT EXISTS chain_row_" + name + " AFTER INSERT ON main." + name
                        + " BEGIN INSERT INTO chain_written VALUES ('" + name + "', NEW.rowid, 'row'); END");
                s.executeUpdate("CREATE TEMP TRIGGER IF NOT EXISTS chain_removed_" + name + " AFTER DELETE ON main."
                        + name + " BEGIN INSERT INTO chain_written VALUES ('" + name + "', OLD.rowid, 'removed'); END");
                if (t.ends()) {
                    s.executeUpdate("CREATE TEMP TRIGGER IF NOT EXISTS chain_ended_" + name + " AFTER UPDATE OF ended_at"
                            + " ON main." + name + " WHEN NEW.ended_at IS NOT NULL BEGIN INSERT INTO chain_written"
                            + " VALUES ('" + name + "', NEW.rowid, 'ended'); END");
                }
            }
        }
    }

    /**
     * Seals what this connection wrote in the open transaction: rows and ends first, then rows a
     * purge removed, closed by one checkpoint over them all, so a removal is never quietly undone
     * or added to afterwards.
     */
    static void seal(Connection c) throws SQLException {
        List<Written> written = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name, row_id, kind FROM temp.chain_written ORDER BY rowid")) {
            while (r.next()) {
                written.add(new Written(r.getString(1), r.getLong(2), r.getString(3)));
            }
        }
        if (written.isEmpty()) {
            return;
        }
        try (Appender chain = new Appender(c, head(c))) {
            sealWritten(c, written, chain);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM temp.chain_written");
        }
    }

    private static void sealWritten(Connection c, List<Written> written, Appender chain) throws SQLException {
        long purgeRow = 0;
        for (Written w : written) {
            if (w.kind().equals("row")) {
                Optional<String> hash = rowHash(c, table(w.table()), w.rowId());
                if (hash.isPresent()) { // a row written then removed in the one transaction leaves nothing to seal
                    chain.append("row", w.table(), w.rowId(), null, hash.get());
                    if (w.table().equals("purges")) {
                        purgeRow = w.rowId();
                    }
                }
            } else if (w.kind().equals("ended")) {
                Optional<Long> seal = liveSeal(c, w.table(), w.rowId()).map(Seal::seq);
                Optional<String> hash = endHash(c, table(w.table()), w.rowId());
                if (seal.isPresent() && hash.isPresent()) {
                    chain.append("ended", w.table(), w.rowId(), seal.get(), hash.get());
                }
            }
        }
        List<String> removed = new ArrayList<>();
        for (Written w : written) {
            if (w.kind().equals("removed")) {
                Optional<Seal> seal = liveSeal(c, w.table(), w.rowId());
                if (seal.isPresent()) { // a row never sealed (put in from outside) has no seal to close
                    removed.add(chain.append("removed", w.table(), w.rowId(), seal.get().seq(), seal.get().rowHash()));
                }
            }
        }
        if (!removed.isEmpty()) {
            chain.append("checkpoint", "purges", purgeRow, null, checkpointHash(removed));
        }
    }

    /**
     * Seals every row already in the register, in table order then rowid order: the chain's start
     * for a database made before there was a chain. Whatever was done to it before is beyond
     * knowing; from here on, nothing is.
     */
    static void sealExisting(Connection c) throws SQLException {
        try (Appender chain = new Appender(c, head(c))) {
            sealAll(c, chain);
        }
    }

    private static void sealAll(Connection c, Appender chain) throws SQLException {
        for (Chained t : TABLES) {
            if (!exists(c, t.table())) {
                continue; // a later migration's table: empty when it is made, its rows sealed as they are written
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT rowid AS chain_rowid, * FROM main." + t.table() + " ORDER BY rowid")) {
                while (r.next()) {
                    long rowId = r.getLong(1);
                    long seq = chain.head.seq() + 1;
                    chain.append("row", t.table(), rowId, null, contentHash(r, t, false));
                    if (t.ends() && r.getObject("ended_at") != null) {
                        chain.append("ended", t.table(), rowId, seq, contentHash(r, t, true));
                    }
                }
            }
        }
    }

    /** Whether the register's file has the table yet (a database part way through its migrations may not). */
    private static boolean exists(Connection c, String table) throws SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT 1 FROM main.sqlite_master WHERE type = 'table' "
                + "AND name = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** The chain's last entry, or the zero head before the first. */
    static ChainHead head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, chain_hash FROM register_chain "
                     // max(seq) is a lookup of the last rowid, as the plan says: every write reads the head.
                     + "WHERE seq = (SELECT max(seq) FROM register_chain)")) {
            return r.next() ? new ChainHead(r.getLong(1), r.getString(2)) : new ChainHead(0, ChainHead.ZERO);
        }
    }

    /** A row's seal: the entry's number and the row's hash then. */
    record Seal(long seq, String rowHash) {
    }

    /** The newest seal of a row that no removal has closed. */
    private static Optional<Seal> liveSeal(Connection c, String table, long rowId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq, row_hash FROM register_chain r WHERE table_name = ? "
                + "AND row_id = ? AND kind = 'row' AND NOT EXISTS (SELECT 1 FROM register_chain x WHERE "
                + "x.table_name = r.table_name AND x.row_id = r.row_id AND x.kind = 'removed' AND x.of_seq = r.seq) "
                + "ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, table);
            s.setLong(2, rowId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Seal(r.getLong(1), r.getString(2))) : Optional.empty();
            }
        }
    }

    /** The hash of a row as it stands, without its end columns; empty when there is no such row. */
    static Optional<String> rowHash(Connection c, Chained t, long rowId) throws SQLException {
        return hashOf(c, t, rowId, false);
    }

    /** The hash of a row's end columns as they stand; empty when there is no such row. */
    static Optional<String> endHash(Connection c, Chained t, long rowId) throws SQLException {
        return hashOf(c, t, rowId, true);
    }

    private static Optional<String> hashOf(Connection c, Chained t, long rowId, boolean end) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rowid AS chain_rowid, * FROM main." + t.table()
                + " WHERE rowid = ?")) {
            s.setLong(1, rowId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(contentHash(r, t, end)) : Optional.empty();
            }
        }
    }

    /**
     * The SHA-256 of a row's columns: each non-null one as its name, its type and its value, in
     * the table's order. A column that is null is left out, so a column added to the table later
     * (null in the rows before it) leaves their seals as they were. With {@code end}, only the end
     * columns; otherwise all but them. The first column of the result is the rowid, which is sealed too.
     */
    static String contentHash(ResultSet r, Chained t, boolean end) throws SQLException {
        MessageDigest digest = sha256();
        ResultSetMetaData meta = r.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i);
            if (t.endColumns().contains(name) != end) {
                continue;
            }
            Object value = r.getObject(i);
            if (value == null) {
                continue;
            }
            byte[] bytes;
            char type;
            if (value instanceof Integer || value instanceof Long) {
                type = 'i';
                bytes = String.valueOf(((Number) value).longValue()).getBytes(StandardCharsets.US_ASCII);
            } else if (value instanceof Double || value instanceof Float) {
                type = 'r';
                bytes = Double.toString(((Number) value).doubleValue()).getBytes(StandardCharsets.US_ASCII);
            } else if (value instanceof byte[] blob) {
                type = 'b';
                bytes = blob;
            } else {
                type = 't';
                bytes = value.toString().getBytes(StandardCharsets.UTF_8);
            }
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update((byte) type);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What a checkpoint seals: the chain hashes of the removals it closes, in order. */
    static String checkpointHash(List<String> removalChainHashes) {
        MessageDigest digest = sha256();
        for (String hash : removalChainHashes) {
            digest.update(hash.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** An entry's chain hash: the one before it, then each of its fields on a line of its own. */
    static String chainHash(String previous, long seq, String kind, String table, long rowId, Long ofSeq,
                            String rowHash) {
        String text = previous + "\n" + seq + "\n" + kind + "\n" + table + "\n" + rowId + "\n"
                + (ofSeq == null ? "" : ofSeq.toString()) + "\n" + rowHash;
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Written(String table, long rowId, String kind) {
    }

    /** Adds entries after a head, one at a time, keeping the head. */
    private static final class Appender implements AutoCloseable {
        private final PreparedStatement insert;
        private ChainHead head;

        Appender(Connection c, ChainHead head) throws SQLException {
            this.insert = c.prepareStatement("INSERT INTO register_chain (seq, kind, table_name, row_id, of_seq, "
                    + "row_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
            this.head = head;
        }

        /** Appends an entry; its chain hash. */
        String append(String kind, String table, long rowId, Long ofSeq, String rowHash) throws SQLException {
            long seq = head.seq() + 1;
            String hash = chainHash(head.hash(), seq, kind, table, rowId, ofSeq, rowHash);
            insert.setLong(1, seq);
            insert.setString(2, kind);
            insert.setString(3, table);
            insert.setLong(4, rowId);
            if (ofSeq == null) {
                insert.setNull(5, java.sql.Types.INTEGER);
            } else {
                insert.setLong(5, ofSeq);
            }
            insert.setString(6, rowHash);
            insert.setString(7, hash);
            insert.executeUpdate();
            head = new ChainHead(seq, hash);
            return hash;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
