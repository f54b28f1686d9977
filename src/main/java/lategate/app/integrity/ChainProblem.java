package lategate.app.integrity;

import java.util.Objects;

/**
 * One place where the register no longer matches its chain: which table and row, the chain entry
 * that sealed it (0 when none did), what happened to it, and the words staff read.
 */
public record ChainProblem(Kind kind, String table, long rowId, long seq, String words) {

    /** What was done to the register outside lategate. */
    public enum Kind {
        /** A sealed row now holds something else. */
        CHANGED,
        /** A row that no entry seals: put in from outside lategate. */
        INSERTED,
        /** A sealed row is gone, and no purge checkpoint removed it. */
        REMOVED,
        /** The chain itself was changed, cut short or had an entry taken out. */
        CHAIN_BROKEN,
        /** A guard of the register (a trigger) was dropped or changed. */
        GUARD_MISSING
    }

    public ChainProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(words, "words");
    }

    /** Problems in the order they happened: by the entry that sealed the row; unsealed rows last. */
    long order() {
        return seq == 0 ? Long.MAX_VALUE : seq;
    }
}
