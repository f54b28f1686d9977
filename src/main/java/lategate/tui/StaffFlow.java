package lategate.tui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.app.Claim;
import lategate.app.entry.Claims;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.SessionEntry;
import lategate.app.LateBookEntry;
import lategate.app.ScanOrigin;
import lategate.app.SignInOutcome;
import lategate.app.audit.Amendments;
import lategate.app.clock.TrustedTime;
import lategate.app.lateness.LatenessReview;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;
import lategate.app.staff.StaffSignInOutcome;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
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
 * <p>An attendance lead or an administrator also has the lateness review: the block
 * table sorted by concern, a pupil's year, stage decisions, the heatmap and patterns; see
 * {@link LatenessKeys}.
 *
 * <p>Staff mode closes itself, back to pupil sign-in, when no key has been pressed for the
 * school's idle lock (2 minutes unless its settings say otherwise); the sign-in screens close
 * sooner, as the exit PIN screen does.
 */
public final class StaffFlow {

    static final int MAX_TEXT = 60;
    private static final int MAX_USERNAME = 32;
    private static final int MAX_PIN = 12;
    private static final int FOUND_LIMIT = 40;
    private static final Duration OVERDUE_EVERY = Duration.ofSeconds(15);
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):?([0-5]\\d)");

    private final StaffDesk desk;
    private final School school;
    private final ZoneId zone;
    private final String kioskId;
    private final Duration signInTimeout;
    private final Duration idleLock;
    private final LatenessKeys lateness;
    private final Optional<TrustedTime> time;

    private boolean open;
    private StaffMember member;
    private StaffScreen screen;
    private StaffScreen returnTo;
    private Instant lastKey = Instant.MIN;
    private String status;
    private long overdue;
    private Instant overdueCheckedAt = Instant.MIN;
    private final StringBuilder pin = new StringBuilder();
    private SignOutForm form;
    private KioskState.Staff view;
    private int columns = 80;
    private int rows = 24;

    /**
     * @param signInTimeout how long the sign-in screens wait for a key before going back to pupil mode
     * @param idleLock      how long staff mode, signed in, waits for a key before locking
     */
    public StaffFlow(StaffDesk desk, String kioskId, Duration signInTimeout, Duration idleLock) {
        this(desk, kioskId, signInTimeout, idleLock, Optional.empty());
    }

    /** Staff mode at a kiosk that checks its clock: key 0 on the menu confirms or sets it. */
    public StaffFlow(StaffDesk desk, String kioskId, Duration signInTimeout, Duration idleLock,
                     Optional<TrustedTime> time) {
        this.time = Objects.requireNonNull(time, "time");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.school = desk.school();
        this.zone = school.zone();
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.signInTimeout = Objects.requireNonNull(signInTimeout, "signInTimeout");
        this.idleLock = Objects.requireNonNull(idleLock, "idleLock");
        this.lateness = new LatenessKeys(desk.review(), zone);
    }

    /** The terminal's size, so screens that scroll know how far a page goes. */
    public void viewport(int columns, int rows) {
        this.columns = Math.max(1, columns);
        this.rows = Math.max(1, rows);
    }

    public boolean isOpen() {
        return open;
    }

    /** Whether a member of staff is signed in now. */
    public boolean signedIn() {
        return open && member != null;
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
        if (open && member != null) {
            lastKey = now;
            form = null;
            screen = menu(now);
            rebuild();
            return;
        }
        if (open) {
            return;
        }
        open = true;
        member = null;
        status = null;
        form = null;
        returnTo = null;
        pin.setLength(0);
        screen = new StaffScreen.SignInName("", screenLock(now));
        lastKey = now;
        rebuild();
    }

    /** The words of this kiosk's sign-in screen lock, if it is locked now; a database that cannot say locks nothing. */
    private Optional<String> screenLock(Instant now) {
        try {
            return desk.staffSignIn().kioskLock(kioskId, now).map(locked -> locked.screenWords(zone));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Back to pupil mode: whoever was signed in is signed out. */
    public void close() {
        open = false;
        member = null;
        form = null;
        screen = null;
        returnTo = null;
        status = null;
        pin.setLength(0);
        view = null;
    }

    /** Locks staff mode after the idle time, and keeps the overdue count fresh. Call often. */
    public void tick(Instant now) {
        if (!open) {
            return;
        }
        Duration limit = member == null ? signInTimeout : idleLock;
        if (!now.isBefore(lastKey.plus(limit))) {
            close();
            return;
        }
        if (member != null && !now.isBefore(overdueCheckedAt.plus(OVERDUE_EVERY))) {
            long before = overdue;
            countOverdue(now);
            if (before != overdue) {
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
        if (member == null) {
            close();
            return false;
        }
        status = clock(fault.at()) + " scanner '" + fault.source() + "' misread a badge ("
                + (logged ? "kept in the scan log" : "counted in the scan log: too many this minute to keep each")
                + "): scan it again";
        rebuild();
        return true;
    }

    // ---------------------------------------------------------------- scans

    private boolean scan(ScanInput scan, Instant now) {
        String code = scan.code();
        if (member == null) {
            if (screen instanceof StaffScreen.SignInPin && isPin(code)) {
                lastKey = now;
                pin.append(code, 0, Math.min(code.length(), MAX_PIN - pin.length()));
                submitPin(now);
                return true;
            }
            Optional<Pupil> pupil = badge(code);
            String asUsername = code.strip().toLowerCase(Locale.ROOT);
            if (pupil.isEmpty() && screen instanceof StaffScreen.SignInName && StaffMember.isUsername(asUsername)) {
                lastKey = now;
                screen = new StaffScreen.SignInPin(asUsername, 0, Optional.empty());
                return true;
            }
            close(); // a pupil's badge, or anything else: pupil mode takes it as it always does
            return false;
        }
        Optional<Pupil> pupil = badge(code);
        if (pupil.isPresent() && screen instanceof StaffScreen.FindPupil find) {
            lastKey = now;
            returnTo = find;
            openPupil(pupil.get(), now);
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
        String at = clock(scan.at());
        try {
            SignInOutcome outcome = desk.signIn().scan(scan.code(), scan.at(),
                    ScanOrigin.scanner(kioskId, scan.source()), KioskFlow.PUPIL, Optional.empty());
            status = at + " scan: " + outcomeWords(outcome);
        } catch (RuntimeException e) {
            status = at + " scan of " + scan.code() + " NOT SAVED (" + e.getMessage() + "): sign them in again";
        }
        reload(now);
    }

    private boolean takesText() {
        return screen instanceof StaffScreen.FindPupil || LatenessKeys.takesText(screen)
                || (screen instanceof StaffScreen.SigningOut && form != null && form.takesText())
                || (screen instanceof StaffScreen.Claims claims && claims.evidence().isPresent())
                || (screen instanceof StaffScreen.ClockCheck check && check.typing().isPresent());
    }

    private Optional<Pupil> badge(String code) {
        try {
            return desk.signIn().holderOf(code);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isPin(String code) {
        return !code.isEmpty() && code.length() <= MAX_PIN && code.chars().allMatch(Character::isDigit);
    }

    // ---------------------------------------------------------------- keys

    private void typed(char c, Instant now) {
        if (screen instanceof StaffScreen.SignInName name) {
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && name.typed().length() < MAX_USERNAME) {
                screen = new StaffScreen.SignInName(name.typed() + c, name.problem());
            }
        } else if (screen instanceof StaffScreen.SignInPin p) {
            if (Character.isDigit(c) && pin.length() < MAX_PIN) {
                pin.append(c);
                screen = new StaffScreen.SignInPin(p.username(), pin.length(), p.problem());
            }
        } else if (screen instanceof StaffScreen.Menu) {
            menu(c, now);
        } else if (screen instanceof StaffScreen.FindPupil find) {
            if (!Character.isISOControl(c) && find.typed().length() < MAX_TEXT) {
                search(find.typed() + c);
            }
        } else if (screen instanceof StaffScreen.PupilPage page) {
            pupilAction(page.day(), c, now);
        } else if (screen instanceof StaffScreen.SigningOut) {
            formKey(c, now);
        } else if (screen instanceof StaffScreen.RollCall roll) {
            if (c == ' ' && !roll.ticked().isEmpty()) {
                List<Boolean> ticks = new ArrayList<>(roll.ticked());
                ticks.set(roll.cursor(), !ticks.get(roll.cursor()));
                screen = new StaffScreen.RollCall(roll.roll(), List.copyOf(ticks), roll.cursor(), roll.at());
            }
        } else if (screen instanceof StaffScreen.Claims claims) {
            claimKey(claims, c, now);
        } else if (screen instanceof StaffScreen.ClockCheck check) {
            clockKey(check, c, now);
        } else if (screen instanceof StaffScreen.Lateness review) {
            lateness(() -> lateness.typed(review, c, now, member), now);
        }
    }

    /** A key on the lateness review: its screen and status line, or the database's trouble in the status line. */
    private void lateness(Supplier<LatenessKeys.Outcome> key, Instant now) {
        try {
            LatenessKeys.Outcome outcome = key.get();
            screen = outcome.screen();
            outcome.status().ifPresent(s -> status = s);
        } catch (LatenessReview.Refused e) {
            status = clock(now) + " " + e.getMessage();
        } catch (RuntimeException e) {
            status = clock(now) + " cannot read the database: " + e.getMessage();
        }
    }

    private void special(KioskInput.Key key, Instant now) {
        if (key == KioskInput.Key.ESCAPE) {
            back(now);
            return;
        }
        if (screen instanceof StaffScreen.SignInName name) {
            if (key == KioskInput.Key.ENTER && !name.typed().isBlank()) {
                screen = new StaffScreen.SignInPin(name.typed().strip().toLowerCase(Locale.ROOT), 0, Optional.empty());
            } else if (key == KioskInput.Key.BACKSPACE && !name.typed().isEmpty()) {
                screen = new StaffScreen.SignInName(chop(name.typed()), name.problem());
            }
        } else if (screen instanceof StaffScreen.SignInPin p) {
            if (key == KioskInput.Key.ENTER && pin.length() > 0) {
                submitPin(now);
            } else if (key == KioskInput.Key.BACKSPACE && pin.length() > 0) {
                pin.setLength(pin.length() - 1);
                screen = new StaffScreen.SignInPin(p.username(), pin.length(), p.problem());
            }
        } else if (screen instanceof StaffScreen.FindPupil find) {
            if (key == KioskInput.Key.BACKSPACE && !find.typed().isEmpty()) {
                search(chop(find.typed()));
            } else if (key == KioskInput.Key.UP || key == KioskInput.Key.DOWN) {
                screen = new StaffScreen.FindPupil(find.typed(), find.found(),
                        move(find.selected(), find.found().size(), key));
            } else if (key == KioskInput.Key.ENTER && !find.found().isEmpty()) {
                returnTo = find;
                openPupil(find.found().get(find.selected()), now);
            }
        } else if (screen instanceof StaffScreen.SigningOut) {
            if (key == KioskInput.Key.ENTER) {
                formEnter(now);
            } else if (key == KioskInput.Key.BACKSPACE && form.takesText() && !form.typing.isEmpty()) {
                form.typing = chop(form.typing);
                form.problem = null;
                screen = new StaffScreen.SigningOut(form.copy());
            }
        } else if (screen instanceof StaffScreen.OffSite off) {
            if (key == KioskInput.Key.UP || key == KioskInput.Key.DOWN) {
                screen = new StaffScreen.OffSite(off.offSite(), move(off.selected(), off.offSite().size(), key),
                        off.at());
            } else if (key == KioskInput.Key.ENTER && !off.offSite().isEmpty()) {
                returnTo = off;
                openPupil(off.offSite().get(off.selected()).pupil(), now);
            }
        } else if (screen instanceof StaffScreen.RollCall roll) {
            if (key == KioskInput.Key.UP || key == KioskInput.Key.DOWN) {
                screen = new StaffScreen.RollCall(roll.roll(), roll.ticked(),
                        move(roll.cursor(), roll.ticked().size(), key), roll.at());
            }
        } else if (screen instanceof StaffScreen.Claims claims) {
            if (claims.evidence().isPresent()) {
                if (key == KioskInput.Key.ENTER) {
                    decideClaim(claims, now);
                } else if (key == KioskInput.Key.BACKSPACE && !claims.evidence().get().isEmpty()) {
                    screen = new StaffScreen.Claims(claims.claims(), claims.selected(),
                            Optional.of(chop(claims.evidence().get())), Optional.empty(), claims.verdict());
                }
            } else if (key == KioskInput.Key.UP || key == KioskInput.Key.DOWN) {
                screen = new StaffScreen.Claims(claims.claims(), move(claims.selected(), claims.claims().size(), key),
                        Optional.empty(), Optional.empty());
            }
        } else if (screen instanceof StaffScreen.Lateness review) {
            lateness(() -> lateness.special(review, key, now, member, columns, rows), now);
        } else if (screen instanceof StaffScreen.ClockCheck check && check.typing().isPresent()) {
            if (key == KioskInput.Key.ENTER) {
                setClock(check, now);
            } else if (key == KioskInput.Key.BACKSPACE && !check.typing().get().isEmpty()) {
                screen = withTyping(check, Optional.of(chop(check.typing().get())), Optional.empty());
            }
        }
    }

    /** Escape: one step back; from the menu (or the sign-in) back to pupil mode. */
    private void back(Instant now) {
        if (screen instanceof StaffScreen.SignInName || screen instanceof StaffScreen.Menu) {
            close();
        } else if (screen instanceof StaffScreen.SignInPin) {
            pin.setLength(0);
            screen = new StaffScreen.SignInName("", Optional.empty());
        } else if (screen instanceof StaffScreen.SigningOut) {
            Pupil pupil = form.pupil;
            form = null;
            status = clock(now) + " sign-out of " + pupil.fullName() + " cancelled: nothing recorded";
            openPupil(pupil, now);
        } else if (screen instanceof StaffScreen.PupilPage) {
            StaffScreen previous = returnTo;
            returnTo = null;
            screen = previous == null ? menu(now) : previous;
            reload(now);
        } else if (screen instanceof StaffScreen.Claims claims && claims.evidence().isPresent()) {
            screen = new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.empty(), Optional.empty());
        } else if (screen instanceof StaffScreen.ClockCheck check && check.typing().isPresent()) {
            screen = withTyping(check, Optional.empty(), Optional.empty());
        } else if (screen instanceof StaffScreen.Lateness review) {
            lateness(() -> lateness.back(review, now).orElseGet(() -> LatenessKeys.Outcome.show(menu(now))), now);
        } else {
            screen = menu(now);
        }
    }

    // ---------------------------------------------------------------- sign-in

    private void submitPin(Instant now) {
        String username = ((StaffScreen.SignInPin) screen).username();
        char[] typed = pin.toString().toCharArray();
        pin.setLength(0);
        try {
            StaffSignInOutcome outcome = desk.staffSignIn().signInAtKiosk(kioskId, username, typed, now);
            if (outcome instanceof StaffSignInOutcome.SignedIn in) {
                member = in.member();
                status = null;
                screen = menu(now);
                countOverdue(now);
            } else {
                screen = new StaffScreen.SignInName("", Optional.of(outcome.screenWords(zone)));
            }
        } catch (RuntimeException e) {
            screen = new StaffScreen.SignInName("", Optional.of("Cannot check the PIN now (" + e.getMessage()
                    + "): try again"));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** The menu, with the lateness review for those who may see it, and how sync, the scanners and backups are. */
    private StaffScreen.Menu menu(Instant now) {
        String sync;
        try {
            sync = desk.sync().overview().words(zone, now);
        } catch (RuntimeException e) {
            sync = "Sync: cannot read the outbox now (" + e.getMessage() + ")";
        }
        List<String> scanners = desk.scanners().scanners().stream().map(st -> st.words(zone, now)).toList();
        String backup;
        try {
            backup = desk.backup().overview().words(zone, now);
        } catch (RuntimeException e) {
            backup = "Backup: cannot tell now (" + e.getMessage() + ")";
        }
        int openClaims;
        try {
            openClaims = desk.claims().open().size();
        } catch (RuntimeException e) {
            openClaims = 0;
            status = clock(now) + " cannot read the open claims: " + e.getMessage();
        }
        return new StaffScreen.Menu(LatenessKeys.mayReview(member), sync, scanners, clockLine(now), backup,
                openClaims, registerLine(now));
    }

    /** What the latest check of the register's chain found, for the menu. */
    private StaffScreen.RegisterLine registerLine(Instant now) {
        try {
            return desk.registerCheck().latest().map(check -> new StaffScreen.RegisterLine("Register check "
                    + TimeWords.CLOCK.format(check.at().atZone(zone)) + (check.at().atZone(zone).toLocalDate()
                    .equals(now.atZone(zone).toLocalDate()) ? "" : " on " + TimeWords.DAY.format(check.at().atZone(zone)))
                    + ": " + check.summary() + (check.whole() ? "" : ". Tell the school's IT: run lategate verify"),
                    !check.whole())).orElse(new StaffScreen.RegisterLine("", false));
        } catch (RuntimeException e) {
            return new StaffScreen.RegisterLine("Register check: cannot read it now (" + e.getMessage() + ")", true);
        }
    }

    private StaffIdentity identity() {
        return new StaffIdentity(member.name(), member.position());
    }

    // ---------------------------------------------------------------- menu

    private void menu(char c, Instant now) {
        try {
            switch (c) {
                case '1' -> screen = new StaffScreen.FindPupil("", List.of(), 0);
                case '2' -> screen = new StaffScreen.OffSite(desk.movements().offSiteNow(), 0, now);
                case '3' -> {
                    FireRoll.Roll roll = desk.fireRoll().now();
                    screen = new StaffScreen.RollCall(roll,
                            List.copyOf(java.util.Collections.nCopies(roll.lateOnSite().size(), false)), 0, now);
                }
                case '4' -> screen = new StaffScreen.Claims(desk.claims().open(), 0, Optional.empty(),
                        Optional.empty());
                case '0' -> time.ifPresent(t -> screen = clockCheck(t, now, Optional.empty(), Optional.empty()));
                case '5' -> {
                    if (LatenessKeys.mayReview(member)) {
                        screen = lateness.open(today(now));
                    }
                }
                default -> {
                    // other keys do nothing on the menu
                }
            }
        } catch (LatenessReview.Refused e) {
            status = clock(now) + " lateness review: " + e.getMessage();
        } catch (RuntimeException e) {
            status = clock(now) + " cannot read the database: " + e.getMessage();
        }
    }

    /** Reads the data on screen again (after a scan, or coming back to it), keeping the place. */
    private void reload(Instant now) {
        try {
            if (screen instanceof StaffScreen.OffSite off) {
                List<Movements.OffSite> list = desk.movements().offSiteNow();
                screen = new StaffScreen.OffSite(list, clamp(off.selected(), list.size()), now);
            } else if (screen instanceof StaffScreen.PupilPage page) {
                screen = new StaffScreen.PupilPage(dayOf(page.day().pupil(), now));
            } else if (screen instanceof StaffScreen.FindPupil find) {
                List<Pupil> found = desk.pupils().search(find.typed(), FOUND_LIMIT);
                screen = new StaffScreen.FindPupil(find.typed(), found, clamp(find.selected(), found.size()));
            } else if (screen instanceof StaffScreen.RollCall roll) {
                FireRoll.Roll fresh = desk.fireRoll().now();
                Map<String, Boolean> ticks = new HashMap<>();
                for (int i = 0; i < roll.ticked().size(); i++) {
                    ticks.put(roll.roll().lateOnSite().get(i).entry().pupilId(), roll.ticked().get(i));
                }
                List<Boolean> kept = fresh.lateOnSite().stream()
                        .map(e -> ticks.getOrDefault(e.entry().pupilId(), false)).toList();
                screen = new StaffScreen.RollCall(fresh, kept, clamp(roll.cursor(), kept.size()), roll.at());
            } else if (screen instanceof StaffScreen.Claims claims && claims.evidence().isEmpty()) {
                List<Claim> list = desk.claims().open();
                screen = new StaffScreen.Claims(list, clamp(claims.selected(), list.size()), Optional.empty(),
                        claims.problem());
            } else if (screen instanceof StaffScreen.Lateness review) {
                screen = lateness.reload(review, now);
            } else if (screen instanceof StaffScreen.ClockCheck check && time.isPresent()) {
                screen = clockCheck(time.get(), now, check.typing(), check.problem());
            } else if (screen instanceof StaffScreen.Menu) {
                screen = menu(now);
            }
            countOverdue(now);
        } catch (RuntimeException e) {
            status = clock(now) + " cannot read the database: " + e.getMessage();
        }
    }

    // ---------------------------------------------------------------- find a pupil and their page

    private void search(String typed) {
        List<Pupil> found;
        try {
            found = desk.pupils().search(typed, FOUND_LIMIT);
        } catch (RuntimeException e) {
            found = List.of();
            status = "cannot search the roll: " + e.getMessage();
        }
        screen = new StaffScreen.FindPupil(typed, found, 0);
    }

    private void openPupil(Pupil pupil, Instant now) {
        try {
            screen = new StaffScreen.PupilPage(dayOf(pupil, now));
        } catch (RuntimeException e) {
            status = clock(now) + " cannot read " + pupil.fullName() + "'s day: " + e.getMessage();
        }
    }

    /** The pupil's day so far, for the pupil page: each register's entry as it stands. */
    PupilDay dayOf(Pupil pupil, Instant now) {
        LocalDate date = today(now);
        DayMovements moves = desk.movements().dayOf(pupil.id(), date);
        Map<Register, SessionEntry> standing = new EnumMap<>(Register.class);
        desk.entries().ofPupil(pupil.id(), date, date).forEach(e -> standing.put(e.register(), e));
        Optional<Movement.SignedOut> out = moves.offSite();
        List<PupilDay.Entry> entries = new ArrayList<>();
        for (Register reg : Register.values()) {
            Instant taken = date.atTime(school.timetable().window(reg).taken()).atZone(zone).toInstant();
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

    private void pupilAction(PupilDay day, char c, Instant now) {
        Pupil pupil = day.pupil();
        Optional<String> doubt = clockInQuestion();
        if (doubt.isPresent() && (c == '1' && day.offSite().isEmpty() || c == '2' && day.offSite().isPresent())) {
            status = clock(now) + " refused, nothing recorded: " + doubt.get();
            return;
        }
        if (c == '1' && day.offSite().isEmpty()) {
            List<AuthorisedAdult> contacts;
            try {
                contacts = desk.contacts().of(pupil.id());
            } catch (RuntimeException e) {
                status = clock(now) + " cannot read " + pupil.fullName() + "'s contacts: " + e.getMessage();
                return;
            }
            form = new SignOutForm(pupil, contacts);
            screen = new StaffScreen.SigningOut(form.copy());
        } else if (c == '2' && day.offSite().isPresent()) {
            try {
                Movement.SignedBackIn back = desk.movements().signBackIn(pupil.id(), now, identity());
                status = clock(now) + " " + pupil.fullName() + " signed back in at " + clock(back.at());
            } catch (Movements.Refused e) {
                status = clock(now) + " refused, nothing recorded: " + e.getMessage();
            } catch (RuntimeException e) {
                status = clock(now) + " NOT SAVED: " + e.getMessage();
            }
            countOverdue(now); // back is no longer overdue: the header's count follows at once
            openPupil(pupil, now);
        } else if (c == '3' && day.canSignInNow().isPresent()) {
            try {
                SignInOutcome outcome = desk.signIn().withoutBadge(pupil, now, kioskId, member.nameAndPosition(),
                        Optional.empty());
                status = clock(now) + " without a badge: " + outcomeWords(outcome);
            } catch (RuntimeException e) {
                status = clock(now) + " " + pupil.fullName() + " NOT SAVED: " + e.getMessage();
            }
            openPupil(pupil, now);
        }
    }

    // ---------------------------------------------------------------- the sign-out form

    private void formKey(char c, Instant now) {
        form.problem = null;
        switch (form.step) {
            case CODE -> {
                String letter = String.valueOf(Character.toUpperCase(c));
                SignOutForm.CODES.stream().filter(code -> code.code().equals(letter)).findFirst().ifPresent(code -> {
                    form.code = code;
                    form.step = SignOutForm.Step.REASON;
                });
            }
            case COLLECTOR -> {
                List<AuthorisedAdult> may = form.mayCollect();
                if (c >= '1' && c <= '9' && c - '1' < may.size()) {
                    form.collector = may.get(c - '1');
                    form.someoneElse = false;
                    form.step = SignOutForm.Step.EVIDENCE;
                } else if (c == '0' || Character.toLowerCase(c) == 's') {
                    if (form.listed().isEmpty()) {
                        form.problem = "Nobody is listed for " + form.pupil.givenName() + ", so no parent can confirm "
                                + "someone else by phone: import the family's contacts first";
                    } else {
                        form.collector = null;
                        form.someoneElse = true;
                        form.step = SignOutForm.Step.OTHER_NAME;
                    }
                }
            }
            case CONFIRMED_BY -> {
                if (c >= '1' && c <= '9' && c - '1' < form.listed().size()) {
                    form.confirmedBy = form.listed().get(c - '1');
                    form.confirmedAt = now;
                    form.step = SignOutForm.Step.EVIDENCE;
                }
            }
            case EVIDENCE -> {
                char yn = Character.toLowerCase(c);
                if (yn == 'y' || yn == 'n') {
                    form.evidenceSeen = yn == 'y';
                    form.step = SignOutForm.Step.EXPECTED_BACK;
                }
            }
            case CHECK -> {
                // Enter records, Escape cancels
            }
            case EXPECTED_BACK -> {
                if ((Character.isDigit(c) || c == ':' || c == '.') && form.typing.length() < 5) {
                    form.typing += c == '.' ? ':' : c;
                }
            }
            default -> {
                if (!Character.isISOControl(c) && form.typing.length() < MAX_TEXT) {
                    form.typing += c;
                }
            }
        }
        screen = new StaffScreen.SigningOut(form.copy());
    }

    private void formEnter(Instant now) {
        form.problem = null;
        String typed = form.typing.strip();
        switch (form.step) {
            case REASON -> {
                if (typed.isEmpty()) {
                    form.problem = "Say why " + form.pupil.givenName() + " is leaving, e.g. dentist";
                } else {
                    form.reason = typed;
                    form.typing = "";
                    form.step = SignOutForm.Step.COLLECTOR;
                }
            }
            case OTHER_NAME -> {
                if (typed.isEmpty()) {
                    form.problem = "Type the name of who is collecting " + form.pupil.givenName();
                } else {
                    form.otherName = typed;
                    form.typing = "";
                    form.step = SignOutForm.Step.OTHER_RELATIONSHIP;
                }
            }
            case OTHER_RELATIONSHIP -> {
                if (typed.isEmpty()) {
                    form.problem = "Type how " + form.otherName + " is related to " + form.pupil.givenName()
                            + ", e.g. aunt";
                } else {
                    form.otherRelationship = typed;
                    form.typing = "";
                    form.step = SignOutForm.Step.CONFIRMED_BY;
                }
            }
            case EXPECTED_BACK -> expectedBack(typed, now);
            case CHECK -> {
                submitSignOut(now);
                return;
            }
            default -> {
                // a question answered with one key: Enter alone does nothing
            }
        }
        screen = new StaffScreen.SigningOut(form.copy());
    }

    private void expectedBack(String typed, Instant now) {
        if (typed.isEmpty()) {
            form.expectedBack = null;
            form.step = SignOutForm.Step.CHECK;
            return;
        }
        Matcher m = TIME.matcher(typed);
        if (!m.matches()) {
            form.problem = "'" + typed + "' is not a time: type it as HH:MM, e.g. 14:30, or leave it empty";
            return;
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if (!today(now).atTime(time).atZone(zone).toInstant().isAfter(now)) {
            form.problem = TimeWords.CLOCK.format(time) + " is already past: give a later time, or leave it empty";
            return;
        }
        form.expectedBack = time;
        form.typing = "";
        form.step = SignOutForm.Step.CHECK;
    }

    private void submitSignOut(Instant now) {
        Pupil pupil = form.pupil;
        Optional<String> doubt = clockInQuestion();
        if (doubt.isPresent()) {
            form.problem = "Refused, nothing recorded: " + doubt.get();
            screen = new StaffScreen.SigningOut(form.copy());
            return;
        }
        Movement.SignedOut out;
        try {
            Collection collection = form.collector != null
                    ? new Collection(form.collector.name(), form.collector.relationship(), true, Optional.empty())
                    : new Collection(form.otherName, form.otherRelationship, false, Optional.of(
                    new Collection.PhoneConfirmation(form.confirmedBy.name(), form.confirmedAt)));
            Optional<Instant> back = Optional.ofNullable(form.expectedBack)
                    .map(t -> today(now).atTime(t).atZone(zone).toInstant());
            out = desk.movements().signOut(pupil.id(), now, form.code, form.reason, collection,
                    Boolean.TRUE.equals(form.evidenceSeen), back, identity());
        } catch (Movements.Refused | IllegalArgumentException e) {
            form.problem = "Refused, nothing recorded: " + e.getMessage();
            screen = new StaffScreen.SigningOut(form.copy());
            return;
        } catch (RuntimeException e) {
            form.problem = "NOT SAVED: " + e.getMessage();
            screen = new StaffScreen.SigningOut(form.copy());
            return;
        }
        Collection who = out.collection();
        status = clock(now) + " " + pupil.fullName() + " signed out (" + out.code().code() + "), collected by "
                + who.collectorName() + " (" + who.relationship() + ")"
                + out.expectedBack().map(t -> ", expected back " + clock(t)).orElse("");
        form = null;
        countOverdue(now);
        openPupil(pupil, now);
    }

    // ---------------------------------------------------------------- claims

    private void claimKey(StaffScreen.Claims claims, char c, Instant now) {
        if (claims.evidence().isPresent()) {
            if (!Character.isISOControl(c) && claims.evidence().get().length() < MAX_TEXT) {
                screen = new StaffScreen.Claims(claims.claims(), claims.selected(),
                        Optional.of(claims.evidence().get() + c), Optional.empty(), claims.verdict());
            }
            return;
        }
        if (claims.claims().isEmpty()) {
            return;
        }
        if (c == '1' || c == '2') {
            screen = new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.of(""), Optional.empty(),
                    c == '1' ? ClaimDecision.Verdict.CONFIRMED : ClaimDecision.Verdict.REFUSED);
        }
    }

    /** A claim is decided once, with what was seen (confirmed) or why not (refused): nothing without it. */
    private void decideClaim(StaffScreen.Claims claims, Instant now) {
        String why = claims.evidence().orElse("").strip();
        boolean confirming = claims.verdict() == ClaimDecision.Verdict.CONFIRMED;
        if (why.isEmpty()) {
            screen = new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.of(""),
                    Optional.of(confirming ? "Say what was seen or heard, e.g. appointment card, or press Escape"
                            : "Say why the claim is refused, or press Escape"), claims.verdict());
            return;
        }
        Claim claim = claims.claims().get(claims.selected());
        SessionEntry e = claim.entry().entry();
        String who = claim.entry().givenName() + " " + claim.entry().familyName();
        try {
            SessionEntry now2 = desk.claims().decide(e.pupilId(), e.date(), e.register(), claims.verdict(), why,
                    identity());
            status = clock(now) + " " + who + ": " + e.register().words() + " claim " + claims.verdict().id()
                    + ", the entry stands as " + now2.code().code();
            screen = new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.empty(), Optional.empty());
            reload(now);
        } catch (Claims.Refused ex) {
            screen = new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.empty(),
                    Optional.of("Refused, nothing recorded: " + ex.getMessage()));
            reload(now);
        } catch (RuntimeException ex) {
            screen = new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.empty(),
                    Optional.of("NOT SAVED: " + ex.getMessage()));
        }
    }

    // ---------------------------------------------------------------- the kiosk's clock

    /**
     * Why a sign-out or a return cannot be timed now: the clock is in question. A pupil's scan is
     * held for staff to settle, but here staff are at the kiosk and can settle the time first, so
     * the time written on a sign-out (and read by a fire roll or a parent) is never a doubtful one.
     */
    private Optional<String> clockInQuestion() {
        return time.flatMap(TrustedTime::doubt).map(q -> "the kiosk's clock is in question (" + q.explanation()
                + "): confirm or set the time first (0 on the menu)");
    }

    /** The menu's line on the clock: in question, or how many arrivals under a questioned clock to review today. */
    private Optional<StaffScreen.ClockLine> clockLine(Instant now) {
        if (time.isEmpty()) {
            return Optional.empty();
        }
        TrustedTime t = time.get();
        long toReview;
        try {
            toReview = t.reviewsOn(today(now)).size();
        } catch (RuntimeException e) {
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

    private StaffScreen.ClockCheck clockCheck(TrustedTime t, Instant now, Optional<String> typing,
                                              Optional<String> problem) {
        return new StaffScreen.ClockCheck(now, t.doubt().map(q -> q.explanation()), t.correction(),
                t.reviewsOn(today(now)), typing, problem);
    }

    private static StaffScreen.ClockCheck withTyping(StaffScreen.ClockCheck check, Optional<String> typing,
                                                     Optional<String> problem) {
        return new StaffScreen.ClockCheck(check.says(), check.doubt(), check.correction(), check.reviews(), typing,
                problem);
    }

    private void clockKey(StaffScreen.ClockCheck check, char c, Instant now) {
        if (check.typing().isPresent()) {
            if ((Character.isDigit(c) || c == ':' || c == '-' || c == ' ' || c == '.') && check.typing().get().length() < 16) {
                screen = withTyping(check, Optional.of(check.typing().get() + (c == '.' ? ':' : c)), Optional.empty());
            }
            return;
        }
        if (c == '1') {
            try {
                TrustedTime.Settlement done = time.get().confirm(identity(), desk.signIn());
                status = clock(now) + " clock confirmed as right by " + member.nameAndPosition() + settled(done);
                screen = clockCheck(time.get(), now, Optional.empty(), Optional.empty());
            } catch (RuntimeException e) {
                screen = withTyping(check, Optional.empty(), Optional.of("NOT SAVED: " + e.getMessage()));
            }
        } else if (c == '2') {
            screen = withTyping(check, Optional.of(""), Optional.empty());
        }
    }

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\S+)");

    /** Staff typed the right time, "HH:MM" (today as the kiosk has it) or "YYYY-MM-DD HH:MM". */
    private void setClock(StaffScreen.ClockCheck check, Instant now) {
        String typed = check.typing().orElse("").strip();
        LocalDate date = today(now);
        String timeText = typed;
        Matcher withDate = DATE_TIME.matcher(typed);
        if (withDate.matches()) {
            try {
                date = LocalDate.parse(withDate.group(1));
            } catch (java.time.format.DateTimeParseException e) {
                screen = withTyping(check, check.typing(), Optional.of("'" + withDate.group(1) + "' is not a date: "
                        + "type it as YYYY-MM-DD, e.g. 2026-11-23"));
                return;
            }
            timeText = withDate.group(2);
        }
        Matcher m = TIME.matcher(timeText);
        if (!m.matches()) {
            screen = withTyping(check, check.typing(), Optional.of("'" + typed + "' is not a time: type HH:MM, e.g. "
                    + "09:05, or the date too, e.g. 2026-11-23 09:05"));
            return;
        }
        Instant right = date.atTime(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atZone(zone)
                .toInstant();
        try {
            TrustedTime.Settlement done = time.get().correct(identity(), right, desk.signIn());
            status = clock(right) + " clock set by " + member.nameAndPosition() + " (it said " + clock(now) + ")"
                    + settled(done);
            Instant fresh = time.get().clock().instant();
            screen = clockCheck(time.get(), fresh, Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            screen = withTyping(check, check.typing(), Optional.of("NOT SAVED: " + e.getMessage()));
        }
    }

    private static String settled(TrustedTime.Settlement done) {
        String classified = done.classified().isEmpty() ? "" : "; " + done.classified().size()
                + " held " + (done.classified().size() == 1 ? "arrival" : "arrivals") + " classified, flagged for review";
        return classified + (done.failed() > 0 ? "; " + done.failed() + " could not be saved and stay held" : "");
    }

    // ---------------------------------------------------------------- helpers

    private void countOverdue(Instant now) {
        overdueCheckedAt = now;
        try {
            overdue = desk.movements().offSiteNow().stream().filter(Movements.OffSite::overdue).count();
        } catch (RuntimeException e) {
            // keep the last count; the next tick tries again
        }
    }

    private void rebuild() {
        view = new KioskState.Staff(screen, Optional.ofNullable(member).map(StaffMember::nameAndPosition),
                member == null ? 0 : overdue, Optional.ofNullable(status));
    }

    private LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    private String clock(Instant at) {
        return TimeWords.CLOCK.format(at.atZone(zone));
    }

    private static String chop(String text) {
        return text.substring(0, text.length() - 1);
    }

    private static int move(int selected, int size, KioskInput.Key key) {
        if (size == 0) {
            return 0;
        }
        return key == KioskInput.Key.UP ? (selected <= 0 ? size - 1 : selected - 1) : (selected + 1) % size;
    }

    private static int clamp(int selected, int size) {
        return size == 0 ? 0 : Math.min(Math.max(0, selected), size - 1);
    }

    /** What a scan did, in a line for staff. */
    private String outcomeWords(SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.Marked m) {
            Pupil p = m.pupil();
            return p.fullName() + " (" + p.className() + ") signed in " + switch (m.classification().mark()) {
                case ON_TIME -> "on time";
                case L -> "late, L, " + m.classification().minutesLate() + " min";
                case U -> "after the register closed, U";
                case NONE -> "with nothing to mark";
            };
        } else if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
            return a.pupil().fullName() + " already signed in at " + clock(a.first().arrivedAt());
        } else if (outcome instanceof SignInOutcome.SignedBackIn back) {
            return back.pupil().fullName() + " signed back in (out since " + clock(back.signOut().at()) + ")";
        } else if (outcome instanceof SignInOutcome.BadgeNotRecognised n) {
            return "badge " + n.badge() + " not taken: " + n.why() + " (kept in the scan log)";
        } else if (outcome instanceof SignInOutcome.NothingToMark n) {
            return n.pupil().fullName() + ": nothing to mark (" + n.classification().explanation() + ")";
        } else if (outcome instanceof SignInOutcome.Refused r) {
            return r.pupil().fullName() + " not recorded: " + r.why();
        } else if (outcome instanceof SignInOutcome.HeldForClockCheck h) {
            return h.pupil().fullName() + " (" + h.pupil().className() + ") kept, not marked: the clock is in question";
        }
        return "done";
    }
}
