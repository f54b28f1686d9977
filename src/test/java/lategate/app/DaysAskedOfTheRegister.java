package lategate.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lategate.domain.lateness.LateEntry;

/**
 * A register that answers as the one it wraps and notes the days each read of entries asks for: for
 * tests of how much of the register a report reads.
 */
public final class DaysAskedOfTheRegister implements RegisterHistory {

    private final RegisterHistory register;
    private final List<List<LocalDate>> asked = new ArrayList<>();

    public DaysAskedOfTheRegister(RegisterHistory register) {
        this.register = register;
    }

    /** Each read of entries so far, in order, as its first and last day. */
    public List<List<LocalDate>> asked() {
        return List.copyOf(asked);
    }

    @Override
    public List<LateEntry> entriesBetween(LocalDate from, LocalDate to) {
        asked.add(List.of(from, to));
        return register.entriesBetween(from, to);
    }

    @Override
    public List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to) {
        return register.lateBookOf(pupilId, from, to);
    }

    @Override
    public List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to) {
        return register.lateBookBetween(from, to);
    }
}
