package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import lategate.app.integrity.ChainHead;
import lategate.app.integrity.ChainHeads;

/** The register chain (V015) as daily summaries quote it: its head, and its hash at an entry. */
public final class SqliteChainHeads implements ChainHeads {

    private final Database database;

    public SqliteChainHeads(Database database) {
        this.database = database;
    }

    @Override
    public ChainHead head() {
        return database.read(RegisterChain::head);
    }

    @Override
    public Optional<String> hashAt(long seq) {
        if (seq == 0) {
            return Optional.of(ChainHead.ZERO); // what the first entry is chained to
        }
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT chain_hash FROM register_chain WHERE seq = ?")) {
                s.setLong(1, seq);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
