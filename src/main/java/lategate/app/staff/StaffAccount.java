package lategate.app.staff;

import java.util.Objects;
import lategate.app.PinHash;
import lategate.domain.staff.StaffMember;

/** A staff account as kept: the member and their PIN, only ever as a slow salted hash. */
public record StaffAccount(StaffMember member, PinHash pin) {

    public StaffAccount {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(pin, "pin");
    }
}
