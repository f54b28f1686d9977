package lategate.domain.audit;

import java.util.Objects;

/** Who did something, as the audit trail names them: name and position (the 2024 regulations). */
public record StaffIdentity(String name, String position) {

    public StaffIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        if (name.isBlank() || position.isBlank()) {
            throw new IllegalArgumentException("the audit trail needs the name and position of who acted");
        }
    }

    @Override
    public String toString() {
        return name + " (" + position + ")";
    }
}
