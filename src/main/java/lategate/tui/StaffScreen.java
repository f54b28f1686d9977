package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.app.Claim;
import lategate.app.LateBookEntry;
import lategate.app.scans.ScanLine;
import lategate.domain.entry.ClaimDecision;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.app.lateness.BlockSpan;
import lategate.app.lateness.GroupFigures;
import lategate.app.lateness.Heatmap;
import lategate.app.lateness.HolidayEdge;
import lategate.app.lateness.ReasonCount;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;
import lategate.domain.lateness.Stage;
import lategate.domain.pupil.Pupil;

/** What staff mode is showing. Each is a value: a new one on every change, so the kiosk knows to redraw. */
public sealed interface StaffScreen {

    /** Staff sign-in, first the username; {@code problem} says why the last try failed. */
    record SignInName(String typed, Optional<String> problem) implements StaffScreen {
    }

    /** Then the PIN, never shown: only how many digits are typed. */
    record SignInPin(String username, int digitsTyped, Optional<String> problem) implements StaffScreen {
    }

    /**
     * The staff menu, one key each; {@code review} offers the lateness review, which only an
     * attendance lead or an administrator sees; {@code sync} says how sending the daily summaries
     * is going (when it last succeeded, how many wait); {@code scanners} one line per serial
     * scanner, connected or missing since when and why, then the slip printer's line when the school prints
     * late slips; {@code backup} how the kiosk's
     * backups are going; {@code openClaims} how many claimed reasons wait for a decision.
     */
    /** The latest check of the register's chain in words, and whether it found the register changed. */
    record RegisterLine(String words, boolean changed) {
    }

    record Menu(boolean review, String sync, List<String> scanners, Optional<ClockLine> clock, String backup,
                int openClaims, RegisterLine register, int reasonsToCollect) implements StaffScreen {

        public Menu {
            scanners = List.copyOf(scanners);
        }

        /** A menu with no count of reasons to collect. */
        Menu(boolean review, String sync, List<String> scanners, Optional<ClockLine> clock, String backup,
             int openClaims, RegisterLine register) {
            this(review, sync, scanners, clock, backup, openClaims, register, 0);
        }

        /** A menu with no line about the register's chain. */
        Menu(boolean review, String sync, List<String> scanners, Optional<ClockLine> clock, String backup,
             int openClaims) {
            this(review, sync, scanners, clock, backup, openClaims, new RegisterLine("", false));
        }

        public Menu(boolean review, String sync, List<String> scanners) {
            this(review, sync, scanners, Optional.empty(), "", 0);
        }
    }

    /**
     * The menu's line on the kiosk's clock: whether it is in question, and how many
     * arrivals taken under a questioned clock are waiting or to review today.
     */
    record ClockLine(boolean questioned, String words) {
    }

    /**
     * The kiosk's clock, for staff to confirm or set (docs/domain.md, "The kiosk's clock"): what it says, why it is in
     * question if it is, the correction applied since staff set it, and today's arrivals taken under
     * a questioned clock. With {@code typing} present staff are typing the right time.
     */
    record ClockCheck(Instant says, Optional<String> doubt, java.time.Duration correction,
                      List<lategate.app.clock.ClockReview> reviews, Optional<String> typing, Optional<String> problem)
            implements StaffScreen {
    }

    /**
     * Declaring a late bus (docs/receptionist.md, "Late-bus mode"): the route or reason typed, then the time
     * it ends ({@code onUntil}: typing that); {@code running} the late bus running now, if any.
     */
    record LateBusForm(String route, String until, boolean onUntil,
                       Optional<lategate.domain.entry.LateBus> running, Optional<String> problem)
            implements StaffScreen {
    }

    /**
     * Today's late entries with no reason yet (not asked at a queue, or not given), for staff to add the
     * reason the pupil gives them (docs/receptionist.md, "Reasons to collect"). {@code choosing}: the
     * school's reasons are shown for the selected pupil, a number adds one.
     */
    record CollectReasons(java.time.LocalDate date, List<lategate.app.LateBookEntry> pending, int selected,
                          boolean choosing, Optional<String> problem) implements StaffScreen {

        public CollectReasons {
            pending = List.copyOf(pending);
        }
    }

    /** Finding a pupil by part of a name (or a badge scan); {@code selected} is 0-based. */
    record FindPupil(String typed, List<Pupil> found, int selected) implements StaffScreen {
    }

    /**
     * One pupil's day so far and what staff may do for them; {@code from} is the list the page was
     * opened from (found by name, or off site), where Escape goes back to: the menu if none.
     */
    record PupilPage(PupilDay day, Optional<StaffScreen> from) implements StaffScreen {

        public PupilPage(PupilDay day) {
            this(day, Optional.empty());
        }
    }

    /**
     * Signing a pupil out, one question at a time; {@code form} is a value that never changes, and
     * {@code from} is where the pupil's page, shown again after, goes back to.
     */
    record SigningOut(SignOutForm form, Optional<StaffScreen> from) implements StaffScreen {

        public SigningOut(SignOutForm form) {
            this(form, Optional.empty());
        }

        SigningOut with(SignOutForm changed) {
            return new SigningOut(changed, from);
        }
    }

    /** Who is off site at {@code at}; {@code selected} opens that pupil's page with Enter. */
    record OffSite(List<Movements.OffSite> offSite, int selected, Instant at) implements StaffScreen {
    }

    /**
     * The fire roll's call as it stands ({@code call}: the late pupils on site, each pupil's latest tick
     * and who made it, saved as it was made, and everyone off site), read at {@code at}. With
     * {@code closing} staff have pressed C once and a second C closes the roll call.
     */
    record RollCall(FireRoll.Call call, int cursor, Instant at, boolean closing) implements StaffScreen {

        public FireRoll.Roll roll() {
            return call.roll();
        }

        public long tickedCount() {
            return call.foundCount();
        }
    }

    /**
     * Every claimed reason still waiting for staff, oldest first, whatever day it was made. With
     * {@code evidence} present, staff are typing why they decide the selected claim as {@code verdict}:
     * what they saw to confirm it, or why they refuse it.
     */
    record Claims(List<Claim> claims, int selected, Optional<String> evidence, Optional<String> problem,
                  ClaimDecision.Verdict verdict) implements StaffScreen {

        Claims(List<Claim> claims, int selected, Optional<String> evidence, Optional<String> problem) {
            this(claims, selected, evidence, problem, ClaimDecision.Verdict.CONFIRMED);
        }
    }

    /**
     * The Late Book of {@code day} as it stands (the register's one answer, as {@code lategate book}
     * prints it), {@code selected} the row Enter opens to amend. With {@code typedDate} present
     * staff are typing a day to go to; {@code problem} says why the last key did nothing.
     */
    record LateBook(LocalDate day, List<LateBookEntry> entries, int selected, Optional<String> typedDate,
                    Optional<String> problem) implements StaffScreen {

        public LateBook {
            entries = List.copyOf(entries);
        }

        LateBook(LocalDate day, List<LateBookEntry> entries) {
            this(day, entries, 0, Optional.empty(), Optional.empty());
        }

        LateBook select(int row) {
            return new LateBook(day, entries, row, Optional.empty(), Optional.empty());
        }
    }

    /**
     * The scan log of {@code day}: the scans that marked nothing (a misread, an unknown badge, a
     * replaced badge, another school's, a closed day, a scanner's fault), with time, kiosk, the
     * code as read and why; {@code scroll} is the first line shown.
     */
    record ScanLog(LocalDate day, List<ScanLine> scans, int scroll) implements StaffScreen {

        public ScanLog {
            scans = List.copyOf(scans);
        }
    }

    /** Amending one pupil's entry, opened from {@code from} (the Late Book), where it goes back to. */
    record Amending(AmendForm form, StaffScreen from) implements StaffScreen {
    }

    /** A late bus: ticking pupils or a kiosk and time window, then who will change, to confirm. */
    record LateBusAmend(LateBusAmendForm form) implements StaffScreen {
    }

    /** The attendance lead's review of lateness: one of its screens. */
    sealed interface Lateness extends StaffScreen {
    }

    /**
     * One block's table, most concerning first; {@code blocks} are the blocks so far, to move
     * between, of {@code blockCount} in the year; {@code selected} is 0-based. With {@code overriding} present the lead is setting
     * the selected pupil's stage; {@code problem} says why the last key did nothing.
     */
    record LatenessTable(BlockReview review, List<BlockSpan> blocks, int blockCount, int selected,
                         Optional<StageOverride> overriding, Optional<String> problem) implements Lateness {

        public Optional<BlockRow> selectedRow() {
            return review.rows().isEmpty() ? Optional.empty() : Optional.of(review.rows().get(selected));
        }

        /** Stages are decided once the block's stage review has come, and only where the school has a ladder. */
        public boolean decidable() {
            return review.stagesDue() && review.hasLadder();
        }

        LatenessTable with(int selected, Optional<StageOverride> overriding, Optional<String> problem) {
            return new LatenessTable(review, blocks, blockCount, selected, overriding, problem);
        }
    }

    /**
     * Overriding the ladder's proposal for {@code row}: first the stage (empty until 0 to 5 is
     * pressed), then the reason, as typed.
     */
    record StageOverride(BlockRow row, Optional<Stage> stage, String why) {
    }

    /**
     * One pupil's year of lateness, from {@code table}; {@code scroll} is the first line shown.
     * The page is the app's, named in full beside the reception's {@link PupilPage}.
     */
    record LatenessPupil(lategate.app.lateness.PupilPage page, int scroll, LatenessTable table) implements Lateness {
    }

    /** Late marks by weekday and school week for the year so far, on {@code today}. */
    record LatenessHeatmap(Heatmap heatmap, LocalDate today, LatenessTable table) implements Lateness {
    }

    /**
     * Patterns in one block: each group against the rest, the reasons given; and, for the year
     * so far, lates on the last day before and the first day after each holiday against the
     * average per school day. {@code scroll} is the first line shown.
     */
    record LatenessPatterns(BlockSpan span, List<GroupFigures> groups, List<ReasonCount> reasons,
                            List<HolidayEdge> holidays, double latesPerSchoolDay, int scroll, LatenessTable table)
            implements Lateness {
    }
}
