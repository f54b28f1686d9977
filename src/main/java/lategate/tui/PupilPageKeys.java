package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.app.SignInOutcome;
import lategate.app.movement.Movements;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.SessionEntry;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.Movement;
import lategate.domain.movement.CollectionRule;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.scanner.KioskInput;

/**
 * One pupil's day so far, and what staff may do for them: sign them out (1), back in (2), or in
 * without their badge (3). Escape goes back to the list the page was opened from.
 */
final class PupilPageKeys extends ScreenKeys<StaffScreen.PupilPage> {

    private final StaffContext context;

    PupilPageKeys(StaffContext context) {
        super(StaffScreen.PupilPage.class);
        this.context = context;
    }

    /**
     * The pupil's page, going back to {@code from}, with {@code news} on the status line; if their day
     * cannot be read, {@code stayOn} stays on show and the status line says why.
     */
    Next open(Pupil pupil, Optional<StaffScreen> from, StaffScreen stayOn, Optional<String> news, Instant now) {
        try {
            return new Next.Show(new StaffScreen.PupilPage(dayOf(pupil, now), from), news);
        } catch (RuntimeException e) {
            return Next.show(stayOn, context.clock(now) + " cannot read " + pupil.fullName() + "'s day: "
                    + Trouble.refusal(e));
        }
    }

    /** The pupil's day so far, for the pupil page: each register's entry as it stands. */
    PupilDay dayOf(Pupil pupil, Instant now) {
        StaffDesk desk = context.desk();
        School school = desk.school();
        LocalDate date = context.today(now);
        DayMovements moves = desk.movements().dayOf(pupil.id(), date);
        Map<Register, SessionEntry> standing = new EnumMap<>(Register.class);
        desk.entries().ofPupil(pupil.id(), date, date).forEach(e -> standing.put(e.register(), e));
        Optional<Movement.SignedOut> out = moves.offSite();
        List<PupilDay.Entry> entries = new ArrayList<>();
        for (Register reg : Register.values()) {
            Instant taken = date.atTime(school.timetable().window(reg).taken()).atZone(context.zone()).toInstant();
            Optional<SessionEntry> entry = Optional.ofNullable(standing.get(reg));
            Optional<AttendanceCode> ifStillOut = entry.isEmpty() && taken.isAfter(now)
                    ? out.filter(o -> !o.lunchPass()).map(Movement.SignedOut::code) : Optional.empty();
            entries.add(new PupilDay.Entry(reg, entry, ifStillOut, taken));
        }
        Optional<Register> canSignIn = Optional.empty();
        if (out.isEmpty()) {
            Classification c = school.registerRules().classify(now, desk.pupils().cutOffsOf(pupil.id()));
            // Only a register nothing codes yet: a sign-out in force when it was taken already gives
            // its code, and a return never makes a late mark.
            if (c.mark() != Mark.NONE && c.register().isPresent() && c.schoolDate().equals(date)
                    && !standing.containsKey(c.register().get())) {
                canSignIn = c.register();
            }
        }
        return new PupilDay(pupil, date, List.copyOf(entries), moves.movements(), out, canSignIn);
    }

    @Override
    Next typed(StaffScreen.PupilPage page, char c, Instant now) {
        PupilDay day = page.day();
        Pupil pupil = day.pupil();
        boolean signOut = c == '1' && day.offSite().isEmpty();
        boolean signBackIn = c == '2' && day.offSite().isPresent();
        Optional<String> doubt = context.clockInQuestion();
        if (doubt.isPresent() && (signOut || signBackIn)) {
            return Next.show(page, context.clock(now) + " refused, nothing recorded: " + doubt.get());
        }
        if (signOut) {
            CollectionRule.Listed contacts;
            try {
                contacts = context.desk().movements().listed(pupil);
            } catch (RuntimeException e) {
                return Next.show(page, context.clock(now) + " cannot read " + pupil.fullName() + "'s contacts: "
                        + Trouble.refusal(e));
            }
            return Next.show(new StaffScreen.SigningOut(SignOutForm.start(pupil, contacts), page.from()));
        }
        if (signBackIn) {
            String news;
            try {
                Movement.SignedBackIn back = context.desk().movements().signBackIn(pupil.id(), now,
                        context.identity());
                news = context.clock(now) + " " + pupil.fullName() + " signed back in at " + context.clock(back.at());
            } catch (Movements.Refused e) {
                news = context.clock(now) + " refused, nothing recorded: " + e.getMessage();
            } catch (RuntimeException e) {
                news = context.clock(now) + " NOT SAVED: " + Trouble.refusal(e);
            }
            context.countOverdue(now); // back is no longer overdue: the header's count follows at once
            return open(pupil, page.from(), page, Optional.of(news), now);
        }
        if (c == '3' && day.canSignInNow().isPresent()) {
            String news;
            try {
                SignInOutcome outcome = context.desk().signIn().withoutBadge(pupil, now, context.kioskId(),
                        context.member().nameAndPosition(), Optional.empty());
                news = context.clock(now) + " without a badge: " + context.outcomeWords(outcome);
            } catch (RuntimeException e) {
                news = context.clock(now) + " " + pupil.fullName() + " NOT SAVED: " + Trouble.refusal(e);
            }
            return open(pupil, page.from(), page, Optional.of(news), now);
        }
        return Next.show(page);
    }

    @Override
    Next special(StaffScreen.PupilPage page, KioskInput.Key key, Instant now) {
        return Next.show(page);
    }

    @Override
    Next escape(StaffScreen.PupilPage page, Instant now) {
        return page.from().<Next>map(Next::reopen).orElseGet(Next::toMenu);
    }

    @Override
    Next.Show reload(StaffScreen.PupilPage page, Instant now) {
        return Next.show(new StaffScreen.PupilPage(dayOf(page.day().pupil(), now), page.from()));
    }
}
