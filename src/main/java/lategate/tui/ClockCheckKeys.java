package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.app.clock.TrustedTime;
import lategate.scanner.KioskInput;

/**
 * The kiosk's clock (docs/domain.md, "The kiosk's clock"), for staff to confirm (1) or set (2, then the time typed) when it
 * is in question, and today's arrivals taken under a questioned clock to review.
 */
final class ClockCheckKeys extends ScreenKeys<StaffScreen.ClockCheck> {

    /** A time of day as typed, "HH:MM" or "HHMM". */
    static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):?([0-5]\\d)");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\S+)");

    private final StaffContext context;

    ClockCheckKeys(StaffContext context) {
        super(StaffScreen.ClockCheck.class);
        this.context = context;
    }

    /** The clock's screen as it stands now; only for a kiosk that checks its clock. */
    StaffScreen.ClockCheck open(Instant now) {
        return clockCheck(clock(), now, Optional.empty(), Optional.empty());
    }

    /** The menu's line on the clock: in question, or how many arrivals under a questioned clock to review today. */
    Optional<StaffScreen.ClockLine> menuLine(Instant now) {
        if (context.time().isEmpty()) {
            return Optional.empty();
        }
        TrustedTime t = context.time().get();
        long toReview;
        try {
            toReview = t.reviewsOn(context.today(now)).size();
        } catch (RuntimeException e) {
            Trouble.words(e, "counting the arrivals to review for the menu"); // the menu opens all the same
            toReview = 0;
        }
        String review = toReview == 0 ? "" : "; " + toReview + (toReview == 1 ? " arrival" : " arrivals")
                + " to review";
        if (t.doubt().isPresent()) {
            return Optional.of(new StaffScreen.ClockLine(true, "THE CLOCK IS IN QUESTION: confirm or set the time"
                    + review));
        }
        return Optional.of(new StaffScreen.ClockLine(false, "Check the kiosk's clock" + review));
    }

    @Override
    Next typed(StaffScreen.ClockCheck check, char c, Instant now) {
        if (check.typing().isPresent()) {
            if ((Character.isDigit(c) || c == ':' || c == '-' || c == ' ' || c == '.')
                    && check.typing().get().length() < 16) {
                return Next.show(withTyping(check, Optional.of(check.typing().get() + (c == '.' ? ':' : c)),
                        Optional.empty()));
            }
            return Next.show(check);
        }
        if (c == '1') {
            try {
                TrustedTime.Settlement done = clock().confirm(context.identity(), context.desk().signIn());
                return Next.show(clockCheck(clock(), now, Optional.empty(), Optional.empty()), context.clock(now)
                        + " clock confirmed as right by " + context.member().nameAndPosition() + settled(done));
            } catch (RuntimeException e) {
                return Next.show(withTyping(check, Optional.empty(), Optional.of("NOT SAVED: " + Trouble.refusal(e))));
            }
        }
        if (c == '2') {
            return Next.show(withTyping(check, Optional.of(""), Optional.empty()));
        }
        return Next.show(check);
    }

    @Override
    Next special(StaffScreen.ClockCheck check, KioskInput.Key key, Instant now) {
        if (check.typing().isPresent()) {
            if (key == KioskInput.Key.ENTER) {
                return set(check, now);
            }
            if (key == KioskInput.Key.BACKSPACE && !check.typing().get().isEmpty()) {
                return Next.show(withTyping(check, Optional.of(chop(check.typing().get())), Optional.empty()));
            }
        }
        return Next.show(check);
    }

    /** Escape: out of typing the time, or back to the menu. */
    @Override
    Next escape(StaffScreen.ClockCheck check, Instant now) {
        return check.typing().isPresent() ? Next.show(withTyping(check, Optional.empty(), Optional.empty()))
                : Next.toMenu();
    }

    @Override
    Next.Show reload(StaffScreen.ClockCheck check, Instant now) {
        return Next.show(context.time().isPresent() ? clockCheck(clock(), now, check.typing(), check.problem())
                : check);
    }

    @Override
    boolean takesText(StaffScreen.ClockCheck check) {
        return check.typing().isPresent();
    }

    /** Staff typed the right time, "HH:MM" (today as the kiosk has it) or "YYYY-MM-DD HH:MM". */
    private Next set(StaffScreen.ClockCheck check, Instant now) {
        String typed = check.typing().orElse("").strip();
        LocalDate date = context.today(now);
        String timeText = typed;
        Matcher withDate = DATE_TIME.matcher(typed);
        if (withDate.matches()) {
            try {
                date = LocalDate.parse(withDate.group(1));
            } catch (DateTimeParseException e) {
                return Next.show(withTyping(check, check.typing(), Optional.of("'" + withDate.group(1)
                        + "' is not a date: type it as YYYY-MM-DD, e.g. 2026-11-23")));
            }
            timeText = withDate.group(2);
        }
        Matcher m = TIME.matcher(timeText);
        if (!m.matches()) {
            return Next.show(withTyping(check, check.typing(), Optional.of("'" + typed + "' is not a time: type "
                    + "HH:MM, e.g. 09:05, or the date too, e.g. 2026-11-23 09:05")));
        }
        Instant right = date.atTime(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .atZone(context.zone()).toInstant();
        try {
            TrustedTime.Settlement done = clock().correct(context.identity(), right, context.desk().signIn());
            String news = context.clock(right) + " clock set by " + context.member().nameAndPosition() + " (it said "
                    + context.clock(now) + ")" + settled(done);
            Instant fresh = clock().clock().instant();
            return Next.show(clockCheck(clock(), fresh, Optional.empty(), Optional.empty()), news);
        } catch (RuntimeException e) {
            return Next.show(withTyping(check, check.typing(), Optional.of("NOT SAVED: " + Trouble.refusal(e))));
        }
    }

    private TrustedTime clock() {
        return context.time().orElseThrow(() -> new IllegalStateException("this kiosk does not check its clock"));
    }

    private StaffScreen.ClockCheck clockCheck(TrustedTime t, Instant now, Optional<String> typing,
                                              Optional<String> problem) {
        return new StaffScreen.ClockCheck(now, t.doubt().map(q -> q.explanation()), t.correction(),
                t.reviewsOn(context.today(now)), typing, problem);
    }

    private static StaffScreen.ClockCheck withTyping(StaffScreen.ClockCheck check, Optional<String> typing,
                                                     Optional<String> problem) {
        return new StaffScreen.ClockCheck(check.says(), check.doubt(), check.correction(), check.reviews(), typing,
                problem);
    }

    private static String settled(TrustedTime.Settlement done) {
        String classified = done.classified().isEmpty() ? "" : "; " + done.classified().size()
                + " held " + (done.classified().size() == 1 ? "arrival" : "arrivals") + " classified, flagged for review";
        return classified + (done.failed() > 0 ? "; " + done.failed() + " could not be saved and stay held" : "");
    }
}
