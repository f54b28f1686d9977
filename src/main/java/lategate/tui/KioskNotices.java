package lategate.tui;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import lategate.app.clock.TrustedTime;
import lategate.app.held.HeldScans;

/**
 * What the kiosk says over the screen it shows: that its register's file is away and scans are held
 * (on the idle screen, and on every staff screen's status line), or that its clock is in question
 * (on the idle screen). Each notice is made once per change, the same object while nothing changes:
 * the terminal redraws only when the state it is given is another object.
 */
final class KioskNotices {

    private final ZoneId zone;
    private final Optional<TrustedTime> time;
    private final Optional<HeldScans> held;
    /** The idle screen while the clock is in question. */
    private Optional<KioskState.IdleClockInQuestion> clockNotice = Optional.empty();
    private KioskState noticedBase;
    private String noticedWords;
    private KioskState noticedState;

    KioskNotices(ZoneId zone, Optional<TrustedTime> time, Optional<HeldScans> held) {
        this.zone = zone;
        this.time = time;
        this.held = held;
    }

    /** A staff screen, which says on its status lines while the register's file is away. */
    KioskState overStaff(KioskState.Staff view) {
        Optional<String> away = held.flatMap(HeldScans::standing).map(a -> a.words(zone));
        return away.isEmpty() ? view : noticed(view, away.get(), () -> new KioskState.Staff(view.screen(),
                view.signedIn(), view.overdue(), away));
    }

    /** A pupil's screen: the idle one tells of held scans first, then of a clock in question. */
    KioskState overPupils(KioskState state) {
        Optional<String> notice = held.flatMap(h -> h.notice(zone));
        if (state instanceof KioskState.Idle && notice.isPresent()) {
            return noticed(state, notice.get(), () -> new KioskState.IdleHeldScans(notice.get()));
        }
        if (state instanceof KioskState.Idle && clockNotice.isPresent()) {
            return clockNotice.get();
        }
        return state;
    }

    /** {@code base} with the held scans' notice, the same object while neither changes. */
    private KioskState noticed(KioskState base, String notice, Supplier<KioskState> make) {
        if (noticedBase != base || !notice.equals(noticedWords)) {
            noticedBase = base;
            noticedWords = notice;
            noticedState = make.get();
        }
        return noticedState;
    }

    /**
     * Keeps the idle screen's notice in step with the clock's standing; the count of held scans is
     * read again only when the doubt changes or {@code recount} (a scan was just held).
     */
    void clock(boolean recount) {
        Optional<String> why = time.flatMap(TrustedTime::doubt).map(q -> q.explanation());
        if (why.isEmpty()) {
            clockNotice = Optional.empty();
            return;
        }
        if (!recount && clockNotice.isPresent() && clockNotice.get().why().equals(why.get())) {
            return;
        }
        int waiting;
        try {
            waiting = time.get().waiting().size();
        } catch (RuntimeException e) {
            waiting = clockNotice.map(KioskState.IdleClockInQuestion::held).orElse(0);
        }
        clockNotice = Optional.of(new KioskState.IdleClockInQuestion(why.get(), waiting));
    }
}
