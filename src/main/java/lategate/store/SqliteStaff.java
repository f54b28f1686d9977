package lategate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.PinHash;
import lategate.app.staff.StaffAccount;
import lategate.app.staff.StaffAccounts;
import lategate.app.staff.StaffEvent;
import lategate.app.staff.StaffEventKind;
import lategate.domain.staff.Role;
import lategate.domain.staff.SignInAttempt;
import lategate.domain.staff.StaffMember;

/** Staff accounts and the staff log, in the lategate database. */
public final class SqliteStaff implements StaffAccounts {

    private static final String COLUMNS = "username, name, position, role, pin_hash, disabled_at";

    private final Database database;

    public SqliteStaff(Database database) {
        this.database = database;
    }

    @Override
    public boolean none() {
        return database.read(SqliteStaff::none);
    }

    private static boolean none(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM staff"); ResultSet r = s.executeQuery()) {
            return r.getLong(1) == 0;
        }
    }

    @Override
    public Optional<StaffAccount> find(String username) {
        return database.read(c -> find(c, username));
    }

    private static Optional<StaffAccount> find(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM staff WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StaffAccount(member(r), PinHash.parse(r.getString(5))))
                        : Optional.empty();
            }
        }
    }

    @Override
    public List<StaffMember> all() {
        return database.read(c -> {
            List<StaffMember> members = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM staff ORDER BY username");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.add(member(r));
                }
            }
            return members;
        });
    }

    @Override
    public boolean addFirst(StaffMember member, PinHash pin, Instant at) {
        return database.inTransaction(c -> {
            if (!none(c)) {
                return false;
            }
            insert(c, member, pin, at, member.username());
            append(c, new StaffEvent(member.username(), StaffEventKind.ADDED, at, member.username(),
                    "first account: " + described(member)));
            return true;
        });
    }

    @Override
    public boolean add(StaffMember member, PinHash pin, Instant at, String by) {
        return database.inTransaction(c -> {
            if (find(c, member.username()).isPresent()) {
                return false;
            }
            insert(c, member, pin, at, by);
            append(c, new StaffEvent(member.username(), StaffEventKind.ADDED, at, by, described(member)));
            return true;
        });
    }

    @Override
    public void disable(String username, Instant at, String by) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE staff SET disabled_at = ?, disabled_by = ? "
                    + "WHERE username = ? AND disabled_at IS NULL")) {
                s.setString(1, at.toString());
                s.setString(2, by);
                s.setString(3, username);
                if (s.executeUpdate() != 1) {
                    throw new StoreException("there is no enabled staff account '" + username + "' to disable");
                }
            }
            append(c, new StaffEvent(username, StaffEventKind.DISABLED, at, by, ""));
            return null;
        });
    }

    @Override
    public void resetPin(String username, PinHash pin, Instant at, String by) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE staff SET pin_hash = ? "
                    + "WHERE username = ? AND disabled_at IS NULL")) {
                s.setString(1, pin.written());
                s.setString(2, username);
                if (s.executeUpdate() != 1) {
                    throw new StoreException("there is no enabled staff account '" + username + "' for a new PIN");
                }
            }
            append(c, new StaffEvent(username, StaffEventKind.PIN_RESET, at, by, ""));
            return null;
        });
    }

    @Override
    public void record(StaffEvent event) {
        database.inTransaction(c -> {
            append(c, event);
            return null;
        });
    }

    // A sign-in made on the command line is logged as done by the account (or the name typed); one typed at a
    // kiosk as done by that kiosk (StaffEvent.atKiosk). Each lockout counts only its own: the command line's
    // guards the account, a kiosk's guards that kiosk's sign-in screen (see README, Staff).

    @Override
    public List<SignInAttempt> attemptsSincePinSet(String username) {
        return attempts("SELECT at, event FROM staff_events "
                + "WHERE username = ? AND done_by = username AND event IN ('sign_in_ok', 'sign_in_wrong_pin') "
                + "AND id > coalesce((SELECT max(id) FROM staff_events WHERE username = ? "
                + "AND event IN ('added', 'pin_reset')), 0) ORDER BY id", username, username);
    }

    @Override
    public List<SignInAttempt> unknownUserAttempts(String username) {
        return attempts("SELECT at, event FROM staff_events WHERE username = ? AND done_by = username "
                + "AND event = 'sign_in_unknown_user' ORDER BY id", username);
    }

    @Override
    public List<SignInAttempt> attemptsAtKiosk(String kioskId) {
        String by = StaffEvent.atKiosk(kioskId);
        return attempts("SELECT at, event FROM staff_events WHERE done_by = ? "
                + "AND event IN ('sign_in_ok', 'sign_in_wrong_pin', 'sign_in_unknown_user') "
                + "AND id > coalesce((SELECT max(id) FROM staff_events WHERE done_by = ? "
                + "AND event = 'sign_in_ok'), 0) ORDER BY id", by, by);
    }

    /** Sign-ins from {@code sql} selecting (at, event), oldest first; only sign_in_ok is a right PIN. */
    private List<SignInAttempt> attempts(String sql, String... parameters) {
        return database.read(c -> {
            List<SignInAttempt> attempts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setString(i + 1, parameters[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        attempts.add(new SignInAttempt(Instant.parse(r.getString(1)),
                                r.getString(2).equals(StaffEventKind.SIGN_IN_OK.word())));
                    }
                }
            }
            return attempts;
        });
    }

    /** The whole staff log, oldest first: for the office, and for checking who did what. */
    public List<StaffEvent> events() {
        return database.read(c -> {
            List<StaffEvent> events = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT username, event, at, done_by, detail "
                    + "FROM staff_events ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new StaffEvent(r.getString(1), StaffEventKind.fromWord(r.getString(2)),
                            Instant.parse(r.getString(3)), r.getString(4), r.getString(5)));
                }
            }
            return events;
        });
    }

    private static void insert(Connection c, StaffMember member, PinHash pin, Instant at, String by)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO staff (username, name, position, role, pin_hash, "
                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, member.username());
            s.setString(2, member.name());
            s.setString(3, member.position());
            s.setString(4, member.role().word());
            s.setString(5, pin.written());
            s.setString(6, at.toString());
            s.setString(7, by);
            s.executeUpdate();
        }
    }

    private static void append(Connection c, StaffEvent event) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO staff_events (username, event, at, done_by, "
                + "detail) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, event.username());
            s.setString(2, event.what().word());
            s.setString(3, event.at().toString());
            s.setString(4, event.by());
            s.setString(5, event.detail());
            s.executeUpdate();
        }
    }

    private static String described(StaffMember member) {
        return member.nameAndPosition() + " (" + member.role().words() + ")";
    }

    private static StaffMember member(ResultSet r) throws SQLException {
        String word = r.getString(4);
        Role role = Role.fromWord(word).orElseThrow(() -> new SQLException("unknown staff role '" + word + "'"));
        return new StaffMember(r.getString(1), r.getString(2), r.getString(3), role, r.getString(6) != null);
    }
}
