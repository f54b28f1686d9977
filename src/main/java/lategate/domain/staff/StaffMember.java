package lategate.domain.staff;

import java.util.Objects;

/**
 * A member of staff who signs in to lategate. Their name and position go into the audit trail
 * beside everything they do (the 2024 regulations: an amendment keeps the name and
 * position of the person who made it), so neither may be blank.
 *
 * @param username lowercase letters, digits, '.', '_' or '-', starting with a letter; 2 to 32
 */
public record StaffMember(String username, String name, String position, Role role, boolean disabled) {

    /** What a username may be, in words for messages. */
    public static final String USERNAME_RULE = "2 to 32 lowercase letters, digits, '.', '_' or '-', starting "
            + "with a letter, e.g. \"jbloggs\"";

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(role, "role");
        if (!isUsername(username)) {
            throw new IllegalArgumentException("'" + username + "' is not a username: " + USERNAME_RULE);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a member of staff needs a name");
        }
        if (position.isBlank()) {
            throw new IllegalArgumentException("a member of staff needs a position, for the audit trail");
        }
        name = name.strip();
        position = position.strip();
    }

    public static boolean isUsername(String text) {
        return text.matches("[a-z][a-z0-9._-]{1,31}");
    }

    /** "Jo Bloggs, Office Manager": who did something, as the audit trail shows it. */
    public String nameAndPosition() {
        return name + ", " + position;
    }

    /** The same member with the account disabled. */
    public StaffMember asDisabled() {
        return new StaffMember(username, name, position, role, true);
    }
}
