package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import lategate.app.integrity.ChainHead;
import lategate.app.integrity.ChainProblem;
import lategate.app.integrity.ChainProblem.Kind;
import lategate.app.integrity.CheckedRegister;
import lategate.app.integrity.RegisterCheck;
import lategate.app.integrity.RegisterIntegrity;
import lategate.store.RegisterChain.Chained;

/**
 * Checks the register against its chain (docs/tamper-evidence.md): that each entry follows from
 * the one before, that each sealed row still holds what was sealed, that no row is there without a
 * seal or gone without a purge's checkpoint, and that the register's guards (its triggers) are
 * all still in place as the migrations made them.
 */
public final class SqliteRegisterIntegrity implements RegisterIntegrity {

    /** More than this many problems are counted but not each described: the first ones are what staff act on. */
    private static final int DESCRIBED = 1000;

    private final Database database;

    public SqliteRegisterIntegrity(Database database) {
        this.database = database;
    }

    @Override
    public RegisterCheck checkAll(Instant at, IntConsumer percentDone) {
        return recorded(database.read(c -> check(c, at, true, percentDone)));
    }

    @Override
    public RegisterCheck checkRecent(Instant at) {
        return recorded(database.read(c -> check(c, at, false, percent -> { })));
    }

    @Override
    public Optional<CheckedRegister> latest() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT checked_at, full, through_seq, "
                    + "through_hash, problems, first_problem FROM chain_checks ORDER BY id DESC LIMIT 1")) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CheckedRegister(InstantText.parse(r.getString(1)), r.getInt(2) == 1,
                        new ChainHead(r.getLong(3), r.getString(4)), r.getInt(5), Optional.ofNullable(r.getString(6))));
            }
        });
    }

    @Override
    public ChainHead head() {
        return database.read(RegisterChain::head);
    }

    private RegisterCheck recorded(RegisterCheck check) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO chain_checks (checked_at, full, through_seq, "
                    + "through_hash, problems, first_problem) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, InstantText.of(check.at()));
                s.setInt(2, check.full() ? 1 : 0);
                s.setLong(3, check.headSeq());
                s.setString(4, check.headHash());
                s.setInt(5, check.problems().size());
                s.setString(6, check.firstProblem().map(ChainProblem::words).orElse(null));
                s.executeUpdate();
            }
            return null;
        });
        return check;
    }

    private RegisterCheck check(Connection c, Instant at, boolean wholeWalk, IntConsumer percentDone)
            throws SQLException {
        Problems problems = new Problems();
        guards(c, problems);
        ChainHead from = wholeWalk ? new ChainHead(0, ChainHead.ZERO) : lastWholeMark(c, problems);
        // With no whole check to start from, a quick check would walk everything anyway, holding
        // every entry to look each row up one by one: the full walk does it table by table instead.
        boolean full = wholeWalk || from.seq() == 0;
        Walk walk = walk(c, from, problems, !full);
        int steps = RegisterChain.TABLES.size() + 1;
        percentDone.accept(100 / steps);
        if (full) {
            for (int i = 0; i < steps - 1; i++) {
                rowsAgainstSeals(c, RegisterChain.TABLES.get(i), problems);
                percentDone.accept((i + 2) * 100 / steps);
            }
        } else {
            for (Entry e : walk.entries()) {
                recentEntry(c, e, problems);
            }
            for (Chained t : RegisterChain.TABLES) {
                counts(c, t, problems);
            }
        }
        return new RegisterCheck(at, full, walk.head().seq(), walk.head().hash(), walk.entries().size(),
                problems.list());
    }

    /** Where the last check that found the register whole ended, if that point is still in the chain as it was. */
    private static ChainHead lastWholeMark(Connection c, Problems problems) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT k.through_seq, k.through_hash, "
                + "x.chain_hash FROM chain_checks k LEFT JOIN register_chain x ON x.seq = k.through_seq "
                + "WHERE k.problems = 0 ORDER BY k.id DESC LIMIT 1")) {
            if (!r.next() || r.getLong(1) == 0) {
                return new ChainHead(0, ChainHead.ZERO);
            }
            ChainHead mark = new ChainHead(r.getLong(1), r.getString(2));
            if (!mark.hash().equals(r.getString(3))) {
                problems.add(new ChainProblem(Kind.CHAIN_BROKEN, "register_chain", mark.seq(), mark.seq(),
                        "chain entry " + mark.seq() + " is not the one the last whole check ended at: the chain "
                                + "was rewritten or cut short since; run a full verify"));
                return new ChainHead(0, ChainHead.ZERO);
            }
            return mark;
        }
    }

    /** One chain entry as stored. */
    private record Entry(long seq, String kind, String table, long rowId, Long ofSeq, String rowHash, String chainHash) {
    }

    /** The entry at the result's row: seq, kind, table_name, row_id, of_seq, row_hash, chain_hash. */
    private static Entry entry(ResultSet r) throws SQLException {
        long ofSeq = r.getLong(5);
        Long of = r.wasNull() ? null : ofSeq;
        return new Entry(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), of, r.getString(6),
                r.getString(7));
    }

    /** The entries walked (after the starting point) and the head reached. */
    private record Walk(List<Entry> entries, ChainHead head) {
    }

    /**
     * Follows the chain from {@code from}: each entry must be the next number and hash to what it
     * says; each run of removals must be closed by a checkpoint over exactly them. Stops at the first
     * break, since every hash after it depends on it. With {@code keep}, returns the entries walked.
     */
    private static Walk walk(Connection c, ChainHead from, Problems problems, boolean keep) throws SQLException {
        List<Entry> kept = new ArrayList<>();
        ChainHead head = from;
        List<Entry> openRemovals = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, kind, table_name, row_id, of_seq, row_hash, "
                + "chain_hash FROM register_chain WHERE seq > ? ORDER BY seq")) {
            s.setLong(1, from.seq());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Entry e = entry(r);
                    if (e.seq() != head.seq() + 1) {
                        problems.add(new ChainProblem(Kind.CHAIN_BROKEN, "register_chain", head.seq() + 1, head.seq() + 1,
                                "chain entries " + (head.seq() + 1) + " to " + (e.seq() - 1) + " are missing: "
                                        + "someone removed them"));
                        return new Walk(kept, head);
                    }
                    String expected = RegisterChain.chainHash(head.hash(), e.seq(), e.kind(), e.table(), e.rowId(),
                            e.ofSeq(), e.rowHash());
                    if (!expected.equals(e.chainHash())) {
                        problems.add(new ChainProblem(Kind.CHAIN_BROKEN, e.table(), e.rowId(), e.seq(),
                                "chain entry " + e.seq() + " (" + e.table() + " row " + e.rowId() + ") was changed "
                                        + "after it was written"));
                        return new Walk(kept, head);
                    }
                    closeRemovals(e, openRemovals, problems);
                    if (keep) {
                        kept.add(e);
                    }
                    head = new ChainHead(e.seq(), e.chainHash());
                }
            }
        }
        if (!openRemovals.isEmpty()) {
            Entry first = openRemovals.get(0);
            problems.add(new ChainProblem(Kind.CHAIN_BROKEN, first.table(), first.rowId(), first.seq(),
                    "chain entries from " + first.seq() + " remove rows with no purge checkpoint after them"));
        }
        return new Walk(kept, head);
    }

    private static void closeRemovals(Entry e, List<Entry> open, Problems problems) {
        if (e.kind().equals("removed")) {
            open.add(e);
            return;
        }
        if (e.kind().equals("checkpoint")) {
            String expected = RegisterChain.checkpointHash(open.stream().map(Entry::chainHash).toList());
            if (open.isEmpty() || !expected.equals(e.rowHash())) {
                problems.add(new ChainProblem(Kind.CHAIN_BROKEN, "purges", e.rowId(), e.seq(), "the purge checkpoint "
                        + "at chain entry " + e.seq() + " does not match the removals before it"));
            }
            open.clear();
            return;
        }
        if (!open.isEmpty()) {
            problems.add(new ChainProblem(Kind.CHAIN_BROKEN, e.table(), e.rowId(), open.get(0).seq(),
                    "chain entries from " + open.get(0).seq() + " remove rows with no purge checkpoint after them"));
            open.clear();
        }
    }

    /**
     * Every row of a table against its seals, both in rowid order: a row with no live seal was put
     * in from outside, a live seal with no row was removed outside a purge, and a row whose hash is
     * not its seal's was changed. A rowid used again after a purge emptied the table has an old,
     * closed seal and a new one; only the new one is live.
     */
    private static void rowsAgainstSeals(Connection c, Chained t, Problems problems) throws SQLException {
        try (PreparedStatement seals = c.prepareStatement("SELECT seq, kind, table_name, row_id, of_seq, row_hash, "
                + "chain_hash FROM register_chain WHERE table_name = ? AND kind IN ('row', 'ended', 'removed') "
                + "ORDER BY row_id, seq");
             Statement rows = c.createStatement()) {
            seals.setString(1, t.table());
            try (ResultSet s = seals.executeQuery();
                 ResultSet r = rows.executeQuery("SELECT rowid AS chain_rowid, * FROM main." + t.table()
                         + " ORDER BY rowid")) {
                boolean moreSeals = s.next();
                boolean moreRows = r.next();
                while (moreSeals || moreRows) {
                    long sealRow = moreSeals ? s.getLong(4) : Long.MAX_VALUE;
                    long row = moreRows ? r.getLong(1) : Long.MAX_VALUE;
                    long rowId = Math.min(sealRow, row);
                    List<Entry> group = new ArrayList<>();
                    while (moreSeals && s.getLong(4) == rowId) {
                        group.add(entry(s));
                        moreSeals = s.next();
                    }
                    if (row == rowId) {
                        oneRow(t, rowId, group, RegisterChain.contentHash(r, t, false),
                                t.ends() && r.getObject("ended_at") != null ? RegisterChain.contentHash(r, t, true) : null,
                                problems);
                        moreRows = r.next();
                    } else {
                        oneRow(t, rowId, group, null, null, problems);
                    }
                }
            }
        }
    }

    /** One rowid: its seals, and the row's hashes (null when there is no such row, or it is not ended). */
    private static void oneRow(Chained t, long rowId, List<Entry> group, String rowHash, String endHash,
                               Problems problems) {
        Set<Long> closed = new HashSet<>();
        for (Entry e : group) {
            if (e.kind().equals("removed")) {
                closed.add(e.ofSeq());
            }
        }
        Entry live = null;
        for (Entry e : group) {
            if (e.kind().equals("row") && !closed.contains(e.seq())) {
                live = e;
            }
        }
        String what = t.table() + " row " + rowId;
        if (rowHash == null) {
            if (live != null) {
                problems.add(new ChainProblem(Kind.REMOVED, t.table(), rowId, live.seq(), what + " (sealed at chain "
                        + "entry " + live.seq() + ") was removed outside a purge"));
            }
            return;
        }
        if (live == null) {
            problems.add(new ChainProblem(Kind.INSERTED, t.table(), rowId, 0, what + " was put in outside lategate: "
                    + "no chain entry seals it"));
            return;
        }
        if (!live.rowHash().equals(rowHash)) {
            problems.add(new ChainProblem(Kind.CHANGED, t.table(), rowId, live.seq(), what + " (sealed at chain "
                    + "entry " + live.seq() + ") was changed after it was recorded"));
            return;
        }
        Entry ended = null;
        for (Entry e : group) {
            if (e.kind().equals("ended") && e.ofSeq() == live.seq()) {
                ended = e;
            }
        }
        if (endHash == null && ended != null) {
            problems.add(new ChainProblem(Kind.CHANGED, t.table(), rowId, ended.seq(), what + " was ended (chain entry "
                    + ended.seq() + "), and its end has since been taken away"));
        } else if (endHash != null && ended == null) {
            problems.add(new ChainProblem(Kind.CHANGED, t.table(), rowId, live.seq(), what + " was ended outside "
                    + "lategate: no chain entry seals its end"));
        } else if (endHash != null && !ended.rowHash().equals(endHash)) {
            problems.add(new ChainProblem(Kind.CHANGED, t.table(), rowId, ended.seq(), what + "'s end (sealed at chain "
                    + "entry " + ended.seq() + ") was changed after it was recorded"));
        }
    }

    /** A recent entry against its row as it stands now. */
    private static void recentEntry(Connection c, Entry e, Problems problems) throws SQLException {
        if (e.kind().equals("checkpoint")) {
            return;
        }
        Chained t = RegisterChain.table(e.table());
        String what = e.table() + " row " + e.rowId();
        if (e.kind().equals("removed")) {
            return; // a purge's removal: the checkpoint's hash over it was checked on the walk
        }
        Optional<String> now = e.kind().equals("ended") ? RegisterChain.endHash(c, t, e.rowId())
                : RegisterChain.rowHash(c, t, e.rowId());
        boolean removedSince = isRemoved(c, e);
        if (now.isEmpty() && !removedSince) {
            problems.add(new ChainProblem(Kind.REMOVED, e.table(), e.rowId(), e.seq(), what + " (sealed at chain entry "
                    + e.seq() + ") was removed outside a purge"));
        } else if (now.isPresent() && !removedSince && !now.get().equals(e.rowHash())) {
            problems.add(new ChainProblem(Kind.CHANGED, e.table(), e.rowId(), e.seq(), what + " (sealed at chain entry "
                    + e.seq() + ") was changed after it was recorded"));
        }
    }

    private static boolean isRemoved(Connection c, Entry e) throws SQLException {
        long seal = e.kind().equals("ended") ? e.ofSeq() : e.seq();
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM register_chain WHERE table_name = ? AND row_id = ? "
                + "AND kind = 'removed' AND of_seq = ?")) {
            s.setString(1, e.table());
            s.setLong(2, e.rowId());
            s.setLong(3, seal);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** A table holds as many rows as it has live seals: a cheap catch for a row put in or taken out anywhere. */
    private static void counts(Connection c, Chained t, Problems problems) throws SQLException {
        long rows;
        long live;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM main." + t.table())) {
            rows = r.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT sum(kind = 'row') - sum(kind = 'removed') FROM "
                + "register_chain WHERE table_name = ?")) {
            s.setString(1, t.table());
            try (ResultSet r = s.executeQuery()) {
                live = r.getLong(1);
            }
        }
        if (rows > live) {
            problems.add(new ChainProblem(Kind.INSERTED, t.table(), 0, 0, t.table() + " holds " + (rows - live)
                    + " row(s) more than the chain seals: put in outside lategate; run a full verify to name them"));
        } else if (rows < live) {
            problems.add(new ChainProblem(Kind.REMOVED, t.table(), 0, 0, t.table() + " holds " + (live - rows)
                    + " row(s) fewer than the chain seals: removed outside a purge; run a full verify to name them"));
        }
    }

    /**
     * The register's triggers as this lategate's migrations make them, against the file's: one
     * dropped (the first step of rewriting history from sqlite3) or changed is a problem in itself,
     * even before any row is touched.
     */
    private static void guards(Connection c, Problems problems) throws SQLException {
        Map<String, String> expected = ExpectedSchema.triggers();
        Map<String, String> actual = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'")) {
            while (r.next()) {
                actual.put(r.getString(1), r.getString(2));
            }
        }
        for (Map.Entry<String, String> trigger : expected.entrySet()) {
            String found = actual.get(trigger.getKey());
            if (found == null) {
                problems.add(new ChainProblem(Kind.GUARD_MISSING, "sqlite_master", 0, 0, "the register's guard "
                        + trigger.getKey() + " was dropped: anything could have been changed past it"));
            } else if (!found.equals(trigger.getValue())) {
                problems.add(new ChainProblem(Kind.GUARD_MISSING, "sqlite_master", 0, 0, "the register's guard "
                        + trigger.getKey() + " was changed from what lategate made"));
            }
        }
        for (String name : actual.keySet()) {
            if (!expected.containsKey(name)) {
                problems.add(new ChainProblem(Kind.GUARD_MISSING, "sqlite_master", 0, 0, "a trigger " + name
                        + " was added that lategate did not make"));
            }
        }
    }

    /** Problems found so far: all counted, the first {@link #DESCRIBED} kept. */
    private static final class Problems {
        private final List<ChainProblem> list = new ArrayList<>();

        void add(ChainProblem problem) {
            if (list.size() < DESCRIBED) {
                list.add(problem);
            }
        }

        List<ChainProblem> list() {
            return list;
        }
    }
}
