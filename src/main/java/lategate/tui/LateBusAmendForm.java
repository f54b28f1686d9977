package lategate.tui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.app.LateBookEntry;

/**
 * A late bus at the kiosk, as {@code lategate amend late-bus} takes it: the pupils ticked from the
 * day's late arrivals, or everyone who arrived at a kiosk between two times; then the late reason
 * and why; then the preview of who will change, by name and class, before anything is written.
 *
 * @param arrivals the day's Late Book, to tick from; {@code ticked} one per line
 * @param kiosk    with {@code from} and {@code to}: the bus by kiosk and time window instead of ticks
 * @param preview  who will change, in words, once asked of the amendments (the PREVIEW step)
 * @param scroll   the first preview line shown
 */
record LateBusAmendForm(LocalDate day, List<LateBookEntry> arrivals, List<Boolean> ticked, int cursor, Step step,
                   Optional<String> kiosk, Optional<LocalTime> from, Optional<LocalTime> to, Optional<String> lateReason,
                   String why, List<String> preview, int scroll, String typing, Optional<String> problem) {

    /** The questions in order; KIOSK, FROM and TO only when the bus is chosen by kiosk and time. */
    enum Step {
        PICK, KIOSK, FROM, TO, LATE_REASON, WHY, PREVIEW
    }

    LateBusAmendForm {
        arrivals = List.copyOf(arrivals);
        ticked = List.copyOf(ticked);
        preview = List.copyOf(preview);
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(lateReason, "lateReason");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(typing, "typing");
        Objects.requireNonNull(problem, "problem");
    }

    static LateBusAmendForm of(LocalDate day, List<LateBookEntry> arrivals) {
        return new LateBusAmendForm(day, arrivals, new ArrayList<>(java.util.Collections.nCopies(arrivals.size(), false)),
                0, Step.PICK, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", List.of(), 0,
                "", Optional.empty());
    }

    /** Whether the bus is chosen by kiosk and time window, not by ticks. */
    boolean byWindow() {
        return kiosk.isPresent();
    }

    List<LateBookEntry> tickedArrivals() {
        List<LateBookEntry> chosen = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            if (ticked.get(i)) {
                chosen.add(arrivals.get(i));
            }
        }
        return chosen;
    }

    LateBusAmendForm at(Step next, String typed) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, next, kiosk, from, to, lateReason, why, preview, 0,
                typed, Optional.empty());
    }

    LateBusAmendForm typing(String text) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, step, kiosk, from, to, lateReason, why, preview, scroll,
                text, Optional.empty());
    }

    LateBusAmendForm problem(String words) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, step, kiosk, from, to, lateReason, why, preview, scroll,
                typing, Optional.of(words));
    }

    LateBusAmendForm cursorAt(int row) {
        return new LateBusAmendForm(day, arrivals, ticked, row, step, kiosk, from, to, lateReason, why, preview, scroll,
                typing, Optional.empty());
    }

    LateBusAmendForm toggled() {
        if (arrivals.isEmpty()) {
            return this;
        }
        List<Boolean> changed = new ArrayList<>(ticked);
        changed.set(cursor, !changed.get(cursor));
        return new LateBusAmendForm(day, arrivals, changed, cursor, step, kiosk, from, to, lateReason, why, preview,
                scroll, typing, Optional.empty());
    }

    LateBusAmendForm scrolledTo(int line) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, step, kiosk, from, to, lateReason, why, preview, line,
                typing, Optional.empty());
    }

    LateBusAmendForm withKiosk(Optional<String> name) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, name.isPresent() ? Step.FROM : Step.PICK, name,
                Optional.empty(), Optional.empty(), lateReason, why, preview, 0, "", Optional.empty());
    }

    LateBusAmendForm withFrom(LocalTime time) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, Step.TO, kiosk, Optional.of(time), to, lateReason, why,
                preview, 0, to.map(LocalTime::toString).orElse(""), Optional.empty());
    }

    LateBusAmendForm withTo(LocalTime time) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, Step.LATE_REASON, kiosk, from, Optional.of(time),
                lateReason, why, preview, 0, lateReason.orElse(""), Optional.empty());
    }

    LateBusAmendForm withLateReason(Optional<String> reason) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, Step.WHY, kiosk, from, to, reason, why, preview, 0, why,
                Optional.empty());
    }

    LateBusAmendForm withPreview(String reason, List<String> lines) {
        return new LateBusAmendForm(day, arrivals, ticked, cursor, Step.PREVIEW, kiosk, from, to, lateReason, reason,
                lines, 0, "", Optional.empty());
    }
}
