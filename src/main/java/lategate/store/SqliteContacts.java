package lategate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lategate.app.ContactDirectory;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Phone;

/**
 * The adults each pupil's family lists, in the lategate database. The list is the family's
 * current wishes, not part of the register: an import replaces all of it, and the import log,
 * which is only appended to, keeps when it changed and from which file.
 */
public final class SqliteContacts implements ContactDirectory {

    private final Database database;

    public SqliteContacts(Database database) {
        this.database = database;
    }

    /**
     * What an import did: the adults now listed, how many of them may collect, for how many
     * pupils, and how many adults listed before it replaced.
     */
    public record Imported(int adults, int mayCollect, int pupils, int replaced) {
    }

    /**
     * Replaces every pupil's contacts with {@code adults}, in one transaction, and logs the
     * import. Every adult must be for a pupil on roll (the reader checks; this checks again in
     * the transaction, in case a roster import made a leaver in between): otherwise nothing
     * changes.
     */
    public Imported importContacts(List<AuthorisedAdult> adults, Instant at, String sourceName, String sha256) {
        return database.inTransaction(c -> {
            Set<String> onRoll = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT pupil_id FROM pupils WHERE left_on IS NULL")) {
                while (r.next()) {
                    onRoll.add(r.getString(1));
                }
            }
            Set<String> notOnRoll = new TreeSet<>();
            Set<String> pupils = new HashSet<>();
            for (AuthorisedAdult a : adults) {
                pupils.add(a.pupilId());
                if (!onRoll.contains(a.pupilId())) {
                    notOnRoll.add(a.pupilId());
                }
            }
            if (!notOnRoll.isEmpty()) {
                throw new StoreException("contacts for pupils not on roll: " + String.join(", ", notOnRoll)
                        + "; nothing was imported");
            }
            int replaced;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM contacts")) {
                replaced = r.getInt(1);
            }
            int mayCollect = (int) adults.stream().filter(AuthorisedAdult::mayCollect).count();
            long importId;
            try (PreparedStatement log = c.prepareStatement("INSERT INTO contact_imports (imported_at, source_name, "
                    + "sha256, adults, may_collect, pupils, replaced) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                log.setString(1, at.toString());
                log.setString(2, sourceName);
                log.setString(3, sha256);
                log.setInt(4, adults.size());
                log.setInt(5, mayCollect);
                log.setInt(6, pupils.size());
                log.setInt(7, replaced);
                log.executeUpdate();
                try (ResultSet keys = log.getGeneratedKeys()) {
                    keys.next();
                    importId = keys.getLong(1);
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM contacts");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO contacts (pupil_id, name, relationship, "
                    + "may_collect, phone, imported_at, import_id, parental_responsibility, do_not_release) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement phone = c.prepareStatement("INSERT INTO contact_phones (contact_id, position, "
                    + "number, label) VALUES (?, ?, ?, ?)")) {
                for (AuthorisedAdult a : adults) {
                    insert.setString(1, a.pupilId());
                    insert.setString(2, a.name());
                    insert.setString(3, a.relationship());
                    insert.setInt(4, a.mayCollect() ? 1 : 0);
                    insert.setString(5, a.phone().orElse(null));
                    insert.setString(6, at.toString());
                    insert.setLong(7, importId);
                    if (a.parentalResponsibility().isPresent()) {
                        insert.setInt(8, a.parentalResponsibility().get() ? 1 : 0);
                    } else {
                        insert.setNull(8, java.sql.Types.INTEGER);
                    }
                    insert.setInt(9, a.doNotRelease() ? 1 : 0);
                    insert.executeUpdate();
                    long contactId;
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        contactId = keys.getLong(1);
                    }
                    int position = 1;
                    for (Phone p : a.phones()) {
                        phone.setLong(1, contactId);
                        phone.setInt(2, position++);
                        phone.setString(3, p.number());
                        phone.setString(4, p.label().orElse(null));
                        phone.addBatch();
                    }
                }
                phone.executeBatch();
            }
            return new Imported(adults.size(), mayCollect, pupils.size(), replaced);
        });
    }

    @Override
    public List<AuthorisedAdult> of(String pupilId) {
        return database.read(c -> {
            List<AuthorisedAdult> adults = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, pupil_id, name, relationship, may_collect, phone, "
                    + "parental_responsibility, do_not_release FROM contacts WHERE pupil_id = ? ORDER BY id");
                 PreparedStatement p = c.prepareStatement("SELECT number, label FROM contact_phones "
                         + "WHERE contact_id = ? ORDER BY position")) {
                s.setString(1, pupilId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        List<Phone> phones = new ArrayList<>();
                        p.setLong(1, r.getLong(1));
                        try (ResultSet numbers = p.executeQuery()) {
                            while (numbers.next()) {
                                phones.add(new Phone(numbers.getString(1), Optional.ofNullable(numbers.getString(2))));
                            }
                        }
                        // a contact imported before phones had their own table has its one number here
                        if (phones.isEmpty() && r.getString(6) != null && !r.getString(6).isBlank()) {
                            phones.add(Phone.of(r.getString(6)));
                        }
                        int pr = r.getInt(7);
                        Optional<Boolean> parentalResponsibility = r.wasNull() ? Optional.empty() : Optional.of(pr == 1);
                        adults.add(new AuthorisedAdult(r.getString(2), r.getString(3), r.getString(4),
                                r.getInt(5) == 1, phones, parentalResponsibility, r.getInt(8) == 1));
                    }
                }
            }
            return adults;
        });
    }

    @Override
    public Optional<Import> lastImport() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT source_name, imported_at "
                    + "FROM contact_imports ORDER BY id DESC LIMIT 1")) {
                return r.next() ? Optional.of(new Import(r.getString(1), Instant.parse(r.getString(2))))
                        : Optional.<Import>empty();
            }
        });
    }
}
