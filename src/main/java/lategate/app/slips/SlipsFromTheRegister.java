package lategate.app.slips;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lategate.app.RegisterHistory;
import lategate.domain.register.Register;
import lategate.domain.school.School;

/**
 * The kiosk's late slips, each made from the pupil's entry as the register holds it once their mark and reason
 * are on disk (docs/the-entry-as-it-stands.md): a slip is one more view of the entry, so it says what the Late
 * Book says, and what {@code slips reprint} makes again, word for word.
 */
public final class SlipsFromTheRegister {

    /** No {@code [slips]} in the settings: nothing is read and nothing printed. */
    public static final SlipsFromTheRegister NONE = new SlipsFromTheRegister();

    private final Optional<School> school;
    private final Optional<RegisterHistory> register;
    private final LateSlips printer;

    public SlipsFromTheRegister(School school, RegisterHistory register, LateSlips printer) {
        this.school = Optional.of(school);
        this.register = Optional.of(register);
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    private SlipsFromTheRegister() {
        this.school = Optional.empty();
        this.register = Optional.empty();
        this.printer = LateSlips.NONE;
    }

    /**
     * Hands the slip of {@code pupilId}'s {@code session} on {@code day} to the printer, if that entry is late
     * (L or U). Never throws: the mark is already on disk, and a slip that cannot be made costs nothing else.
     */
    public void handFor(String pupilId, LocalDate day, Register session) {
        if (printer == LateSlips.NONE || register.isEmpty() || school.isEmpty()) {
            return;
        }
        try {
            register.get().lateBookOf(pupilId, day, day).stream()
                    .filter(line -> line.entry().register() == session)
                    .findFirst()
                    .flatMap(line -> SlipOfEntry.of(school.get(), line))
                    .ifPresent(printer::hand);
        } catch (RuntimeException e) {
            // The register could not be read back: the mark stands; the office reprints with 'slips reprint'.
        }
    }
}
