package lategate.tui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import lategate.app.lateness.LatenessReview;
import lategate.domain.register.TimeWords;
import lategate.domain.staff.AccessPolicy;
import lategate.domain.staff.Permission;
import lategate.scanner.KioskInput;

/**
 * The staff menu, one key each: find a pupil (1), who is off site (2), the fire roll (3), claimed
 * reasons (4), the lateness review (5, for those who may see it; others are told why not), the Late
 * Book (6, where a row opens to amend), the scan log (7), amending for a late bus (8), reasons to
 * collect (R: not asked at a queue, or not given), late-bus mode (B), printing again the late slips
 * the printer missed (S, said on its line) and the kiosk's clock (0, when it checks one). The menu says how sync, the serial scanners, the slip printer, backups and
 * the register's chain are.
 */
final class MenuKeys extends ScreenKeys<StaffScreen.Menu> {

    private final StaffContext context;
    private final LatenessKeys lateness;
    private final ClockCheckKeys clockCheck;
    private final CollectReasonsKeys collect;
    private final LateBusKeys lateBus;
    private final LateBookKeys lateBook;
    private final ScanLogKeys scanLog;
    private final LateBusAmendKeys lateBusAmend;

    MenuKeys(StaffContext context, LatenessKeys lateness, ClockCheckKeys clockCheck, CollectReasonsKeys collect,
             LateBusKeys lateBus, LateBookKeys lateBook, ScanLogKeys scanLog, LateBusAmendKeys lateBusAmend) {
        super(StaffScreen.Menu.class);
        this.context = context;
        this.lateness = lateness;
        this.clockCheck = clockCheck;
        this.collect = collect;
        this.lateBook = lateBook;
        this.scanLog = scanLog;
        this.lateBusAmend = lateBusAmend;
        this.lateBus = lateBus;
    }

    /** The menu, with the lateness review for those who may see it, and how sync, the scanners and backups are. */
    Next.Show open(Instant now) {
        StaffDesk desk = context.desk();
        ZoneId zone = context.zone();
        String sync;
        try {
            sync = desk.sync().overview().words(zone, now);
        } catch (RuntimeException e) {
            sync = Trouble.isRefusal(e) ? "Sync: cannot read the outbox now (" + e.getMessage() + ")"
                    : "Sync: " + Trouble.logged(e, "reading the outbox for the menu");
        }
        List<String> scanners = new java.util.ArrayList<>(desk.scanners().scanners().stream()
                .map(st -> st.words(zone, now)).toList());
        // The slip printer beside the scanners: the devices at the gate, each a line (docs/receptionist.md, "Late slips").
        desk.slips().status().ifPresent(printer -> scanners.add(printer.words(zone, now)));
        String backup;
        try {
            backup = desk.backup().overview().words(zone, now);
        } catch (RuntimeException e) {
            backup = Trouble.isRefusal(e) ? "Backup: cannot tell now (" + e.getMessage() + ")"
                    : "Backup: " + Trouble.logged(e, "reading the backups for the menu");
        }
        int openClaims;
        Optional<String> status = Optional.empty();
        try {
            openClaims = desk.claims().open().size();
        } catch (RuntimeException e) {
            openClaims = 0;
            status = Optional.of(context.clock(now) + (Trouble.isRefusal(e) ? " cannot read the open claims: "
                    + e.getMessage() : " " + Trouble.logged(e, "counting the open claims for the menu")));
        }
        int toCollect;
        try {
            toCollect = desk.reasonsToCollect().pending(context.today(now)).size();
        } catch (RuntimeException e) {
            toCollect = 0;
            status = Optional.of(context.clock(now) + " cannot read the reasons to collect: " + Trouble.refusal(e));
        }
        if (status.isEmpty()) {
            // From four weeks before the year's last day: a year with no calendar is a year of closed days.
            status = lategate.domain.calendar.NextYearNotice.on(desk.school().calendar(), context.today(now), "FILE")
                    .map(words -> "Tell the school's IT: " + words);
        }
        return new Next.Show(new StaffScreen.Menu(mayReview().allowed(), sync, scanners,
                clockCheck.menuLine(now), backup, openClaims, registerLine(now), toCollect), status);
    }

    /** What the latest check of the register's chain found, for the menu. */
    private StaffScreen.RegisterLine registerLine(Instant now) {
        ZoneId zone = context.zone();
        try {
            return context.desk().registerCheck().latest().map(check -> new StaffScreen.RegisterLine("Register check "
                    + TimeWords.CLOCK.format(check.at().atZone(zone)) + (check.at().atZone(zone).toLocalDate()
                    .equals(now.atZone(zone).toLocalDate()) ? "" : " on " + TimeWords.DAY.format(check.at().atZone(zone)))
                    + ": " + check.summary() + (check.whole() ? "" : ". Tell the school's IT: run lategate verify"),
                    !check.whole())).orElse(new StaffScreen.RegisterLine("", false));
        } catch (RuntimeException e) {
            return new StaffScreen.RegisterLine(Trouble.isRefusal(e) ? "Register check: cannot read it now ("
                    + e.getMessage() + ")" : "Register check: " + Trouble.logged(e, "reading the register check"),
                    true);
        }
    }

    @Override
    Next typed(StaffScreen.Menu menu, char c, Instant now) {
        StaffDesk desk = context.desk();
        try {
            return switch (c) {
                case '1' -> Next.show(new StaffScreen.FindPupil("", List.of(), 0));
                case '2' -> Next.show(new StaffScreen.OffSite(desk.movements().offSiteNow(), 0, now));
                // The roll call open (its ticks kept through the idle lock and a restart), or a new one.
                case '3' -> Next.show(new StaffScreen.RollCall(desk.fireRoll().open(context.kioskId(),
                        context.identity(), now), 0, now, false));
                case '4' -> Next.show(new StaffScreen.Claims(desk.claims().open(), 0, Optional.empty(),
                        Optional.empty()));
                case '6' -> lateBook.open(now);
                case '7' -> scanLog.open(now);
                case '8' -> lateBusAmend.open(now);
                case '0' -> Next.show(context.time().isPresent() ? clockCheck.open(now) : menu);
                case 'r', 'R' -> Next.show(collect.open(now));
                case 'b', 'B' -> Next.show(lateBus.open());
                // Shown on the slip printer's line while slips wait: once the printer is put right.
                case 's', 'S' -> {
                    int again = desk.slips().reprint();
                    yield again == 0 ? Next.show(menu) : Next.show(open(now).screen(), context.clock(now) + " "
                            + (again == 1 ? "1 late slip" : again + " late slips") + " sent to the printer again");
                }
                case '5' -> mayReview() instanceof Permission.Refused refused
                        ? Next.show(menu, context.clock(now) + " " + refused.reason())
                        : Next.show(lateness.open(context.today(now)));
                default -> Next.show(menu); // other keys do nothing on the menu
            };
        } catch (LatenessReview.Refused e) {
            return Next.show(menu, context.clock(now) + " lateness review: " + e.getMessage());
        } catch (RuntimeException e) {
            return Next.show(menu, context.clock(now) + " cannot read the database: " + Trouble.refusal(e));
        }
    }

    /** The lateness review is for those the access policy lets review lateness; the menu hides it from others. */
    private Permission mayReview() {
        return AccessPolicy.standard().decide(context.member(), AccessPolicy.Action.REVIEW_LATENESS);
    }

    @Override
    Next special(StaffScreen.Menu menu, KioskInput.Key key, Instant now) {
        return Next.show(menu);
    }

    @Override
    Next escape(StaffScreen.Menu menu, Instant now) {
        return Next.close();
    }

    @Override
    Next.Show reload(StaffScreen.Menu menu, Instant now) {
        return open(now);
    }
}
