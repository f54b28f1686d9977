package lategate.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lategate.app.ScanOrigin;
import lategate.app.SignInOutcome;
import lategate.app.clock.TrustedTime;
import lategate.app.Refused;
import lategate.domain.pupil.Pupil;
import lategate.domain.staff.StaffMember;
import lategate.scanner.KioskInput;
import lategate.scanner.ScanInput;

/**
 * The receptionist's side of the kiosk, with no terminal in it: staff sign in with their own
 * username and PIN (wrong ones lock this kiosk's sign-in screen for the school's lockout, never
 * the account: see {@link lategate.app.staff.StaffSignIn}), then find a pupil, sign them out and back in,
 * see who is off site, take the fire roll and settle claimed reasons, everything from the
 * keyboard and each action recorded with their name and position.
 *
 * <p>Every scan is still taken. On the sign-in screens a pupil's badge goes back to pupil mode,
 * so a pupil who pressed the staff key cannot block the kiosk. Once staff are signed in, a
 * badge scanned on "find a pupil" opens that pupil's page; anywhere else it signs the pupil in
 * as at the kiosk, and the status line says what happened. Something that arrives like a scan
 * but is no pupil's badge is text typed fast into the field being filled in (a username, a
 * name, a reason), followed by Enter. A serial scanner's misread is said on the status line.
 *
 * <p>An attendance lead or an administrator also has the lateness review (docs/attendance-lead.md): the block
 * table sorted by concern, a pupil's year, stage decisions, the heatmap and patterns; see
 * {@link LatenessKeys}.
 *
 * <p>Each screen's keys are its own handler's ({@link ScreenKeys}: {@link MenuKeys}, {@link PupilPageKeys},
 * {@link SignOutKeys} and the rest); this class holds what lasts between screens (open or not, the
 * screen on show, the status line, the idle lock) and applies the {@link Next} thing each handler returns.
 *
 * <p>Staff mode closes itself, back to pupil sign-in, when no key has been pressed for the
 * school's idle lock (2 minutes unless its settings say otherwise); the sign-in screens close
 * sooner, as the exit PIN screen does.
 */
public final class StaffFlow {

    static final int MAX_TEXT = 60;
    private static final Duration OVERDUE_EVERY = Duration.ofSeconds(15);

    private final String kioskId;
    private final Duration signInTimeout;
    private final Duration idleLock;
    private final Supplier<StaffDesk> deskSource;
    private final Optional<TrustedTime> time;
    private final SignInKeys.Name signInName = new SignInKeys.Name();
    // Made when staff mode first opens (see onFirstUse); never again after that.
    private StaffContext context;
    private SignInKeys.Pin signInPin;
    private MenuKeys menu;
    private FindPupilKeys findPupil;
    /** Every screen's handler; the dispatch below finds the one for the screen on show. */
    private List<ScreenKeys<?>> handlers;
    /** The terminal's size, kept until the screens are made. */
    private int columns;
    private int rows;

    private boolean open;
    private StaffScreen screen;
    private Instant lastKey = Instant.MIN;
    private String status;
    private KioskState.Staff view;

    /**
     * Staff mode; at a kiosk that checks its clock ({@code time} present), key 0 on the menu confirms
     * or sets it (docs/domain.md, "The kiosk's clock").
     *
     * @param signInTimeout how long the sign-in screens wait for a key before going back to pupil mode
     * @param idleLock      how long staff mode, signed in, waits for a key before locking
     */
    public StaffFlow(StaffDesk desk, String kioskId, Duration signInTimeout, Duration idleLock,
                     Optional<TrustedTime> time) {
        this(() -> desk, kioskId, signInTimeout, idleLock, time);
        Objects.requireNonNull(desk, "desk");
        screens();
    }

    private StaffFlow(Supplier<StaffDesk> deskSource, String kioskId, Duration signInTimeout, Duration idleLock,
                      Optional<TrustedTime> time) {
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.deskSource = Objects.requireNonNull(deskSource, "deskSource");
        this.time = Objects.requireNonNull(time, "time");
        this.signInTimeout = Objects.requireNonNull(signInTimeout, "signInTimeout");
        this.idleLock = Objects.requireNonNull(idleLock, "idleLock");
    }

    /**
     * Staff mode whose desk and screens are made when the staff key is first pressed, not before the
     * idle screen: a kiosk starting on a small board draws the pupils' screen without the classes and
     * services only staff use (docs/install-kiosk.md, "Start-up on a small board"). Until then it is closed and
     * takes nothing, as any closed staff mode.
     */
    public static StaffFlow onFirstUse(Supplier<StaffDesk> desk, String kioskId, Duration signInTimeout,
                                       Duration idleLock, Optional<TrustedTime> time) {
        return new StaffFlow(desk, kioskId, signInTimeout, idleLock, time);
    }

    /** The desk's context and every screen's handler, made once. */
    private void screens() {
        if (context != null) {
            return;
        }
        StaffContext made = new StaffContext(Objects.requireNonNull(deskSource.get(), "desk"), kioskId, time);
        this.signInPin = new SignInKeys.Pin(made);
        ClockCheckKeys clockCheck = new ClockCheckKeys(made);
        LatenessKeys lateness = new LatenessKeys(made);
        CollectReasonsKeys collect = new CollectReasonsKeys(made);
        LateBusKeys lateBus = new LateBusKeys(made);
        AmendKeys amend = new AmendKeys(made);
        LateBookKeys lateBook = new LateBookKeys(made, amend);
        ScanLogKeys scanLog = new ScanLogKeys(made);
        LateBusAmendKeys lateBusAmend = new LateBusAmendKeys(made);
        this.menu = new MenuKeys(made, lateness, clockCheck, collect, lateBus, lateBook, scanLog, lateBusAmend);
        PupilPageKeys pages = new PupilPageKeys(made);
        this.findPupil = new FindPupilKeys(made, pages);
        this.handlers = List.of(signInName, signInPin, menu, findPupil, pages, new SignOutKeys(made, pages),
                new OffSiteKeys(made, pages), new FireRollKeys(made), new ClaimsKeys(made), collect, lateBus,
                clockCheck, lateness, lateBook, amend, scanLog, lateBusAmend);
        if (columns > 0) {
            made.viewport(columns, rows);
        }
        this.context = made;
    }

    /** The terminal's size, so screens that scroll know how far a page goes. */
    public void viewport(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        if (context != null) {
            context.viewport(columns, rows);
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** Whether a member of staff is signed in now. */
    public boolean signedIn() {
        return open && context.signedIn().isPresent();
    }

    /** What staff mode shows; only while it is open. */
    public KioskState.Staff view() {
        if (!open) {
            throw new IllegalStateException("staff mode is closed");
        }
        return view;
    }

    public StaffScreen screen() {
        return view().screen();
    }

    /** The staff key: the sign-in screen; for staff already signed in, back to the menu. */
    public void staffKey(Instant now) {
        screens();
        if (signedIn()) {
            lastKey = now;
            apply(Next.toMenu(), now);
            rebuild();
            return;
        }
        if (open) {
            return;
        }
        open = true;
        context.signOut();
        status = null;
        signInPin.forget();
        screen = new StaffScreen.SignInName("", context.screenLock(now));
        lastKey = now;
        rebuild();
    }

    /** Back to pupil mode: whoever was signed in is signed out. */
    public void close() {
        open = false;
        screen = null;
        status = null;
        view = null;
        if (context != null) {
            context.signOut();
            signInPin.forget();
        }
    }

    /** Locks staff mode after the idle time, and keeps the overdue count fresh. Call often. */
    public void tick(Instant now) {
        if (!open) {
            return;
        }
        boolean in = context.signedIn().isPresent();
        Duration limit = in ? idleLock : signInTimeout;
        if (!now.isBefore(lastKey.plus(limit))) {
            close();
            return;
        }
        if (in && !now.isBefore(context.overdueCheckedAt().plus(OVERDUE_EVERY))) {
            long before = context.overdue();
            context.countOverdue(now);
            if (before != context.overdue()) {
                rebuild();
            }
        }
    }

    /**
     * Handles one input; {@code now} is when it arrived. Returns false, with staff mode closed,
     * when the input belongs to pupil mode (a pupil's badge scanned at the staff sign-in): the
     * caller then handles it as pupil mode would. A scanner's fault goes to {@link #scanFault} instead.
     */
    public boolean handle(KioskInput input, Instant now) {
        if (input instanceof KioskInput.ScanFault) {
            throw new IllegalArgumentException("a scanner's fault goes to scanFault, told whether the scan log kept it");
        }
        if (!open) {
            return false;
        }
        if (input instanceof KioskInput.Scan scan) {
            boolean taken = scan(scan.scan(), now);
            if (open) {
                rebuild();
            }
            return taken;
        }
        lastKey = now;
        if (input instanceof KioskInput.Typed typed) {
            typed(typed.character(), now);
        } else if (input instanceof KioskInput.Special special) {
            special(special.key(), now);
        }
        if (open) {
            rebuild();
        }
        return true;
    }

    /**
     * A scanner's fault while staff mode is open, said on the status line; {@code logged} is whether the
     * scan log has a row for it, or only counts it (a scanner sending many). Returns false, with staff
     * mode closed, at the staff sign-in: pupil mode asks the pupil to scan again, as for their badge.
     */
    public boolean scanFault(KioskInput.ScanFault fault, boolean logged) {
        if (!open) {
            return false;
        }
        if (context.signedIn().isEmpty()) {
            close();
            return false;
        }
        status = context.clock(fault.at()) + " scanner '" + fault.source() + "' misread a badge ("
                + (logged ? "kept in the scan log" : "counted in the scan log: too many this minute to keep each")
                + "): scan it again";
        rebuild();
        return true;
    }

    // ---------------------------------------------------------------- scans

    private boolean scan(ScanInput scan, Instant now) {
        String code = scan.code();
        if (context.signedIn().isEmpty()) {
            if (screen instanceof StaffScreen.SignInPin pin && SignInKeys.isPin(code)) {
                lastKey = now;
                apply(signInPin.scanned(pin, code, now), now);
                return true;
            }
            Optional<Pupil> pupil = badge(code);
            String asUsername = code.strip().toLowerCase(Locale.ROOT);
            if (pupil.isEmpty() && screen instanceof StaffScreen.SignInName && StaffMember.isUsername(asUsername)) {
                lastKey = now;
                screen = SignInKeys.Name.pinFor(asUsername);
                return true;
            }
            close(); // a pupil's badge, or anything else: pupil mode takes it as it always does
            return false;
        }
        Optional<Pupil> pupil = badge(code);
        if (pupil.isPresent() && screen instanceof StaffScreen.FindPupil find) {
            lastKey = now;
            apply(findPupil.scanned(find, pupil.get(), now), now);
            return true;
        }
        if (pupil.isEmpty() && takesText()) {
            lastKey = now;
            for (char c : code.toCharArray()) {
                typed(c, now);
            }
            special(KioskInput.Key.ENTER, now);
            return true;
        }
        signInAsAtTheKiosk(scan, now);
        return true;
    }

    /** A pupil's scan in staff mode: signed in exactly as in pupil mode, and staff told what happened. */
    private void signInAsAtTheKiosk(ScanInput scan, Instant now) {
        String at = context.clock(scan.at());
        try {
            ScanOrigin from = ScanOrigin.scanner(kioskId, scan.source());
            Optional<lategate.domain.entry.LateBus> bus = context.desk().lateBus().covering(scan.at());
            SignInOutcome outcome = bus.isPresent() // a late bus's pupil, as at the kiosk: the bus is the reason
                    ? context.desk().signIn().scanFromLateBus(scan.code(), scan.at(), from, from.pupilRecorder(),
                    bus.get())
                    : context.desk().signIn().scan(scan.code(), scan.at(), from, from.pupilRecorder(), Optional.empty());
            status = at + " scan: " + context.outcomeWords(outcome);
        } catch (RuntimeException e) {
            status = at + " scan of " + scan.code() + (Trouble.isRefusal(e) ? " NOT SAVED (" + e.getMessage() + ")"
                    : ": " + Trouble.logged(e, "signing in a scan")) + ": sign them in again";
        }
        reload(now);
    }

    private Optional<Pupil> badge(String code) {
        try {
            return context.desk().signIn().holderOf(code);
        } catch (RuntimeException e) {
            Trouble.words(e, "looking up a badge"); // a bug is logged; either way the scan is no pupil's badge
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- keys, to the screen's handler

    private void typed(char c, Instant now) {
        ScreenKeys<?> keys = keysFor(screen);
        run(() -> typed(keys, c, now), now);
    }

    private void special(KioskInput.Key key, Instant now) {
        ScreenKeys<?> keys = keysFor(screen);
        if (key == KioskInput.Key.ESCAPE) {
            run(() -> escape(keys, now), now);
        } else {
            run(() -> special(keys, key, now), now);
        }
    }

    private boolean takesText() {
        return takesText(keysFor(screen));
    }

    private <S extends StaffScreen> Next typed(ScreenKeys<S> keys, char c, Instant now) {
        return keys.typed(keys.cast(screen), c, now);
    }

    private <S extends StaffScreen> Next special(ScreenKeys<S> keys, KioskInput.Key key, Instant now) {
        return keys.special(keys.cast(screen), key, now);
    }

    private <S extends StaffScreen> Next escape(ScreenKeys<S> keys, Instant now) {
        return keys.escape(keys.cast(screen), now);
    }

    private <S extends StaffScreen> Next.Show reload(ScreenKeys<S> keys, Instant now) {
        return keys.reload(keys.cast(screen), now);
    }

    private <S extends StaffScreen> boolean takesText(ScreenKeys<S> keys) {
        return keys.takesText(keys.cast(screen));
    }

    private ScreenKeys<?> keysFor(StaffScreen on) {
        for (ScreenKeys<?> keys : handlers) {
            if (keys.handles(on)) {
                return keys;
            }
        }
        throw new IllegalStateException("no handler for the staff screen " + on.getClass().getSimpleName());
    }

    /**
     * A handler's answer to a key, applied. What the handler let through is said on the status line,
     * the screen left as it was: a refusal in its own words, a bug as "Something went wrong" once it
     * is logged with its stack trace.
     */
    private void run(Supplier<Next> key, Instant now) {
        try {
            apply(key.get(), now);
        } catch (RuntimeException e) {
            status = context.clock(now) + " " + trouble(e, "handling a key on " + screenName());
        }
    }

    private static String trouble(RuntimeException e, String doing) {
        if (e instanceof Refused) {
            return e.getMessage(); // a use case declined, e.g. the lateness review: its own words
        }
        return Trouble.isRefusal(e) ? "cannot read the database: " + e.getMessage() : Trouble.logged(e, doing);
    }

    private String screenName() {
        return screen == null ? "no screen" : screen.getClass().getSimpleName();
    }

    private void apply(Next next, Instant now) {
        if (next instanceof Next.Show show) {
            screen = show.screen();
            show.status().ifPresent(s -> status = s);
        } else if (next instanceof Next.Reopen again) {
            screen = again.screen();
            again.status().ifPresent(s -> status = s);
            reload(now);
        } else if (next instanceof Next.ToMenu) {
            Next.Show opened = menu.open(now);
            screen = opened.screen();
            opened.status().ifPresent(s -> status = s);
        } else if (next instanceof Next.SignedIn in) {
            context.signIn(in.member());
            status = null;
            apply(Next.toMenu(), now);
            context.countOverdue(now);
        } else if (next instanceof Next.Close) {
            close();
        }
    }

    /** Reads the data on screen again (after a scan, or coming back to it), keeping the place. */
    private void reload(Instant now) {
        try {
            Next.Show again = reload(keysFor(screen), now);
            screen = again.screen();
            again.status().ifPresent(s -> status = s);
            context.countOverdue(now);
        } catch (RuntimeException e) {
            status = context.clock(now) + " " + trouble(e, "reading " + screenName() + " again");
        }
    }

    private void rebuild() {
        Optional<StaffMember> member = context.signedIn();
        view = new KioskState.Staff(screen, member.map(StaffMember::nameAndPosition),
                member.isEmpty() ? 0 : context.overdue(), Optional.ofNullable(status));
    }
}
