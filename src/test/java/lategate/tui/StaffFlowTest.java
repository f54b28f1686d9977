package lategate.tui;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lategate.app.ScanFaultLimit;
import lategate.app.staff.StaffSignIn;
import lategate.app.staff.StaffSignInOutcome;
import lategate.domain.staff.LockoutRule;
import lategate.store.SqliteStaff;
import lategate.domain.pupil.Pupil;
import lategate.scanner.KioskInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff mode at the kiosk, with no terminal, on a real database file. */
class StaffFlowTest {

    @TempDir
    Path dir;
    private StaffKiosk kiosk;

    private StaffKiosk at(String localTime) {
        kiosk = new StaffKiosk(dir, localTime);
        return kiosk;
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private String status() {
        return kiosk.staff.view().status().orElse("");
    }

    /** From the menu: find the pupil by part of their name and open their page. */
    private PupilDay openPupil(String part) {
        kiosk.type("1");
        kiosk.type(part);
        kiosk.enter();
        return assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen()).day();
    }

    @Test
    @DisplayName("staff mode's desk is made at the first staff key, never before: pupils sign in without it, and "
            + "closing and opening staff mode again makes no second one (docs/install-kiosk.md, \"Start-up on a small board\")")
    void deskMadeAtTheFirstStaffKey() throws Exception {
        at("2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0001"));
        kiosk.type("2");
        assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D1'"));
        assertEquals(0, kiosk.desksMade, "a pupil's sign-in needs nothing of staff mode");
        kiosk.signInAsReceptionist();
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals(1, kiosk.desksMade);
        kiosk.flow.exitKey(kiosk.now());
        assertFalse(kiosk.staff.isOpen());
        kiosk.signInAsReceptionist();
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals(1, kiosk.desksMade, "the desk is made once");
    }

    @Test
    @DisplayName("the staff key opens a sign-in; username and PIN open the menu, signed by name and position")
    void signIn() {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals("Jo Bloggs, Office Manager", kiosk.staff.view().signedIn().orElseThrow());
        assertInstanceOf(KioskState.Staff.class, kiosk.flow.state());
    }

    @Test
    @DisplayName("a wrong PIN and an unknown username read the same; five wrong PINs in a row lock this kiosk's sign-in, even against the right PIN")
    void wrongPinsLock() throws Exception {
        at("2026-11-23T10:30:00");
        kiosk.flow.staffKey(kiosk.now());
        kiosk.type("nobody");
        kiosk.enter();
        kiosk.type("1357");
        kiosk.enter();
        String unknown = assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen()).problem().orElseThrow();
        kiosk.type("jbloggs");
        kiosk.enter();
        kiosk.type("0000");
        kiosk.enter();
        String wrong = assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen()).problem().orElseThrow();
        assertEquals(unknown, wrong, "the screen never tells which usernames exist");
        assertEquals("Username or PIN not recognised", wrong);
        for (int i = 0; i < 3; i++) {
            kiosk.scan("jbloggs"); // typed fast, a username arrives like a scan
            kiosk.scan("0000");
        }
        String locked = assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen()).problem().orElseThrow();
        assertEquals("Staff sign-in is locked at this kiosk until 10:45 after 5 wrong PINs", locked,
                "an unknown username counts as a wrong PIN does");
        kiosk.scan("jbloggs");
        kiosk.scan("1357");
        assertFalse(kiosk.staff.signedIn(), "the right PIN is refused while the kiosk's sign-in is locked");
        assertEquals(1, kiosk.count("SELECT count(*) FROM staff_events WHERE event = 'locked'"));
    }

    @Test
    @DisplayName("a pupil typing the administrator's username with wrong PINs locks this kiosk's sign-in, not the account; it opens again after the lockout")
    void pupilCannotLockTheAdministrator() throws Exception {
        at("2026-11-23T10:30:00");
        kiosk.flow.staffKey(kiosk.now());
        for (int i = 0; i < 5; i++) {
            kiosk.scan("head");
            kiosk.scan("1111");
        }
        String words = "Staff sign-in is locked at this kiosk until 10:45 after 5 wrong PINs";
        assertEquals(words, assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen()).problem().orElseThrow());
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.flow.staffKey(kiosk.now());
        assertEquals(words, assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen()).problem().orElseThrow(),
                "the staff key shows the lock at once");
        assertEquals(1, kiosk.count("SELECT count(*) FROM staff_events WHERE event = 'locked' "
                + "AND username = 'kiosk:reception' AND detail LIKE '%''head''%'"), "the office sees the lock in the staff log");

        StaffSignIn elsewhere = new StaffSignIn(new SqliteStaff(kiosk.database), LockoutRule.DEFAULT,
                lategate.fakes.CheapPins.COST);
        assertInstanceOf(StaffSignInOutcome.SignedIn.class,
                elsewhere.signIn("head", "2468".toCharArray(), kiosk.now()), "the command line still takes the administrator");
        assertInstanceOf(StaffSignInOutcome.SignedIn.class,
                elsewhere.signInAtKiosk("late-gate", "head", "2468".toCharArray(), kiosk.now()), "so does another kiosk");

        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.advance(Duration.ofMinutes(15));
        kiosk.flow.staffKey(kiosk.now());
        assertEquals(java.util.Optional.empty(),
                assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen()).problem(), "the lockout is over");
        kiosk.type("head");
        kiosk.enter();
        kiosk.type("2468");
        kiosk.enter();
        assertTrue(kiosk.staff.signedIn());
    }

    @Test
    @DisplayName("staff mode locks itself back to pupil mode after 2 minutes without a key; a pupil's scan does not keep it open")
    void idleLock() {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        kiosk.advance(Duration.ofSeconds(90));
        kiosk.type("2");
        kiosk.advance(Duration.ofSeconds(100));
        assertTrue(kiosk.staff.signedIn(), "a key 100 s ago");
        kiosk.scan(printed("DEMO0003"));
        kiosk.advance(Duration.ofSeconds(20));
        assertFalse(kiosk.staff.isOpen(), "2 minutes since the last key, whatever was scanned");
        assertInstanceOf(KioskState.Idle.class, kiosk.flow.state());
        kiosk.flow.staffKey(kiosk.now());
        assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen(), "signing in again is needed");
    }

    @Test
    @DisplayName("a pupil who presses the staff key cannot block the kiosk: their badge goes to pupil mode and the reason picker")
    void pupilBadgeAtTheSignIn() throws Exception {
        at("2026-11-23T08:57:00");
        kiosk.flow.staffKey(kiosk.now());
        kiosk.scan(printed("DEMO0001"));
        assertFalse(kiosk.staff.isOpen());
        assertInstanceOf(KioskState.PickingReason.class, kiosk.flow.state());
        assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D1' AND mark = 'L'"));
    }

    @Test
    @DisplayName("a badge scanned on 'find a pupil' opens their page; anywhere else it is signed in as an arrival, said in the status line")
    void scansInStaffMode() throws Exception {
        at("2026-11-23T08:57:00").signInAsReceptionist();
        kiosk.scan(printed("DEMO0003"));
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertTrue(status().contains("Oliver Smith (6O) signed in late, L, 12 min"), status());
        assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D3' AND mark = 'L'"));

        kiosk.type("1");
        kiosk.scan(printed("DEMO0001"));
        PupilDay day = assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen()).day();
        assertEquals("D1", day.pupil().id());
        assertEquals(0, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D1'"), "finding is not signing in");

        kiosk.scan(printed("NOPE")); // well formed, but no pupil holds it
        assertTrue(status().contains("badge " + printed("NOPE") + " not taken: no pupil on roll has badge NOPE"),
                status());
        assertEquals(1, kiosk.count("SELECT count(*) FROM unmarked_scans"));
    }

    @Test
    @DisplayName("find a pupil by part of a name: 'zoe' finds Zoë, with year and class")
    void findByName() {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        kiosk.type("1");
        kiosk.type("zoe");
        StaffScreen.FindPupil find = assertInstanceOf(StaffScreen.FindPupil.class, kiosk.screen());
        assertEquals(List.of("D2"), find.found().stream().map(Pupil::id).toList());
        kiosk.key(KioskInput.Key.BACKSPACE);
        kiosk.key(KioskInput.Key.BACKSPACE);
        kiosk.key(KioskInput.Key.BACKSPACE);
        kiosk.type("jones");
        assertEquals("D1", assertInstanceOf(StaffScreen.FindPupil.class, kiosk.screen()).found().get(0).id());
    }

    @Test
    @DisplayName("sign-out with a listed collector is recorded with the staff's name and position, and the pupil is off site")
    void signOutListedCollector() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        openPupil("amelia");
        kiosk.type("1");
        kiosk.type("M");
        kiosk.type("dentist");
        kiosk.enter();
        SignOutForm form = assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form();
        assertEquals(List.of("Sarah Jones"), form.mayCollect().stream().map(a -> a.name()).toList(),
                "only the adults who may collect are offered");
        kiosk.type("1");
        kiosk.type("y");
        kiosk.type("11:30");
        kiosk.enter();
        assertEquals(SignOutForm.Step.CHECK,
                assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form().step());
        kiosk.enter();
        PupilDay day = assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen()).day();
        assertTrue(day.offSite().isPresent());
        assertTrue(status().contains("Amelia Jones signed out (M), collected by Sarah Jones (mother), expected back 11:30"),
                status());
        assertEquals(1, kiosk.count("SELECT count(*) FROM movements WHERE kind = 'out' AND code = 'M' "
                + "AND reason = 'dentist' AND collected_by = 'Sarah Jones' AND relationship = 'mother' "
                + "AND collector_listed = 1 AND evidence_seen = 1 AND expected_back IS NOT NULL "
                + "AND recorded_by = 'Jo Bloggs' AND recorded_position = 'Office Manager'"));
    }

    @Test
    @DisplayName("someone not on the list is warned about, and needs which listed parent confirmed by phone, at the moment chosen")
    void someoneElseNeedsAParent() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        openPupil("amelia");
        kiosk.type("1");
        kiosk.type("I");
        kiosk.type("feels sick");
        kiosk.enter();
        kiosk.type("0");
        assertEquals(SignOutForm.Step.OTHER_NAME,
                assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form().step());
        kiosk.enter();
        assertTrue(assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form().problem().isPresent(),
                "a name is needed");
        kiosk.type("Jane Doe");
        kiosk.enter();
        kiosk.type("aunt");
        kiosk.enter();
        SignOutForm form = assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form();
        assertEquals(SignOutForm.Step.CONFIRMED_BY, form.step());
        assertEquals(List.of("Sarah Jones"), form.mayConfirm().stream().map(a -> a.name()).toList(),
                "only an adult listed as may collect confirms: Tom Jones is listed as may not (docs/domain.md, "
                        + "\"Safeguarding at sign-out\")");
        kiosk.type("2");
        assertEquals(SignOutForm.Step.CONFIRMED_BY,
                assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form().step(), "no second adult to pick");
        kiosk.type("1");
        kiosk.type("n");
        kiosk.enter(); // no expected return
        kiosk.enter();
        assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen());
        assertEquals(1, kiosk.count("SELECT count(*) FROM movements WHERE kind = 'out' AND code = 'I' "
                + "AND collected_by = 'Jane Doe' AND relationship = 'aunt' AND collector_listed = 0 "
                + "AND confirmed_by = 'Sarah Jones' AND confirmed_at LIKE '2026-11-23T10:30:00%' "
                + "AND evidence_seen = 0 AND expected_back IS NULL"));
    }

    @Test
    @DisplayName("M with no appointment card or letter seen is refused on the form where the school asks for it "
            + "(Seagrave §12.2), by the same rule as the command line, and nothing is recorded")
    void medicalWithoutEvidenceRefusedOnTheForm() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        openPupil("amelia");
        kiosk.type("1");
        kiosk.type("M");
        kiosk.type("dentist");
        kiosk.enter();
        kiosk.type("1");
        kiosk.type("n");
        SignOutForm form = assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form();
        assertEquals(SignOutForm.Step.EVIDENCE, form.step());
        assertTrue(form.problem().orElseThrow().startsWith("M (medical or dental appointment) is authorised only once "
                + "the appointment card or letter has been seen (Attendance Policy §12.2)"), form.problem().orElseThrow());
        kiosk.type("y");
        assertEquals(SignOutForm.Step.EXPECTED_BACK,
                assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form().step());
        assertEquals(0, kiosk.count("SELECT count(*) FROM movements"));
    }

    @Test
    @DisplayName("a pupil with nobody listed cannot be collected by someone else: no parent can confirm")
    void someoneElseWithNoContacts() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        openPupil("oliver");
        kiosk.type("1");
        kiosk.type("C");
        kiosk.type("family wedding");
        kiosk.enter();
        kiosk.type("0");
        SignOutForm form = assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form();
        assertEquals(SignOutForm.Step.COLLECTOR, form.step());
        assertTrue(form.problem().orElseThrow().contains("no parent can confirm"), form.problem().orElseThrow());
        kiosk.key(KioskInput.Key.ESCAPE);
        assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen());
        assertTrue(status().contains("cancelled: nothing recorded"), status());
        assertEquals(0, kiosk.count("SELECT count(*) FROM movements"));
    }

    @Test
    @DisplayName("an expected return already past is refused on screen, and nothing is recorded")
    void expectedReturnPast() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        openPupil("amelia");
        kiosk.type("1");
        kiosk.type("m");
        kiosk.type("dentist");
        kiosk.enter();
        kiosk.type("1");
        kiosk.type("y");
        kiosk.type("10:15");
        kiosk.enter();
        SignOutForm form = assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form();
        assertEquals(SignOutForm.Step.EXPECTED_BACK, form.step());
        assertEquals("10:15 is already past: give a later time, or leave it empty", form.problem().orElseThrow());
        assertEquals(0, kiosk.count("SELECT count(*) FROM movements"));
    }

    @Test
    @DisplayName("a refusal from the office's rules is shown on the form and nothing is recorded")
    void refusalShown() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        openPupil("amelia");
        kiosk.type("1m");
        kiosk.type("dentist");
        kiosk.enter();
        kiosk.type("1y");
        kiosk.type("10:31");
        kiosk.enter();
        kiosk.later(Duration.ofMinutes(2)); // the form sat on the screen: 10:31 has gone by
        kiosk.enter();
        SignOutForm form = assertInstanceOf(StaffScreen.SigningOut.class, kiosk.screen()).form();
        assertTrue(form.problem().orElseThrow().startsWith("Refused, nothing recorded: the expected return 10:31 is "
                + "already past"), form.problem().orElseThrow());
        assertEquals(0, kiosk.count("SELECT count(*) FROM movements"));
    }

    @Test
    @DisplayName("sign back in from the pupil page: recorded by staff, and the off-site list is empty again")
    void signBackIn() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        signOutAmelia("11:30");
        kiosk.later(Duration.ofMinutes(50));
        kiosk.type("2");
        PupilDay day = assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen()).day();
        assertTrue(day.offSite().isEmpty());
        assertTrue(status().contains("Amelia Jones signed back in at 11:20"), status());
        assertEquals(1, kiosk.count("SELECT count(*) FROM movements WHERE kind = 'in' AND recorded_by = 'Jo Bloggs'"));
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.type("2");
        assertEquals(List.of(), assertInstanceOf(StaffScreen.OffSite.class, kiosk.screen()).offSite());
    }

    @Test
    @DisplayName("who is off site: an overdue return is marked and counted while staff mode is open")
    void offSiteOverdue() {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        signOutAmelia("10:31");
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.type("2");
        StaffScreen.OffSite off = assertInstanceOf(StaffScreen.OffSite.class, kiosk.screen());
        assertEquals(1, off.offSite().size());
        assertFalse(off.offSite().get(0).overdue());
        assertEquals(0, kiosk.staff.view().overdue());
        kiosk.advance(Duration.ofSeconds(90));
        assertEquals(1, kiosk.staff.view().overdue(), "counted on the next tick, with no key pressed");
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.type("2");
        assertTrue(assertInstanceOf(StaffScreen.OffSite.class, kiosk.screen()).offSite().get(0).overdue());
        assertEquals(1, kiosk.staff.view().overdue(), "shown on the menu too");
    }

    @Test
    @DisplayName("an overdue pupil signed back in leaves the OVERDUE count at once, not at the next tick")
    void overdueCountDropsOnReturn() {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        signOutAmelia("10:31");
        kiosk.advance(Duration.ofSeconds(90));
        assertEquals(1, kiosk.staff.view().overdue());
        kiosk.type("2"); // on Amelia's page: sign back in
        assertTrue(assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen()).day().offSite().isEmpty(),
                status());
        assertEquals(0, kiosk.staff.view().overdue(), "no OVERDUE left for a pupil who is back");
    }

    @Test
    @DisplayName("fire roll: late pupils on site, then everyone off site; arrows and Space tick pupils off, counted")
    void fireRollTicks() {
        at("2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0002"));
        kiosk.type("1");
        kiosk.scan(printed("DEMO0003"));
        kiosk.type("1");
        kiosk.advance(Duration.ofMinutes(93)); // 10:30
        kiosk.signInAsReceptionist();
        signOutAmelia("11:30");
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.key(KioskInput.Key.ESCAPE);
        kiosk.type("3");
        StaffScreen.RollCall roll = assertInstanceOf(StaffScreen.RollCall.class, kiosk.screen());
        assertEquals(List.of("D2", "D3"), roll.roll().lateOnSite().stream().map(e -> e.entry().pupilId()).toList());
        assertEquals(List.of("D1"), roll.roll().offSite().stream().map(o -> o.pupil().id()).toList());
        assertEquals(0, roll.tickedCount());
        kiosk.type(" ");
        kiosk.key(KioskInput.Key.DOWN);
        kiosk.type(" ");
        roll = assertInstanceOf(StaffScreen.RollCall.class, kiosk.screen());
        assertEquals(List.of(true, true), found(roll));
        kiosk.type(" ");
        roll = assertInstanceOf(StaffScreen.RollCall.class, kiosk.screen());
        assertEquals(List.of(true, false), found(roll));
        assertEquals(1, roll.tickedCount());
    }

    private static List<Boolean> found(StaffScreen.RollCall roll) {
        return roll.roll().lateOnSite().stream().map(e -> roll.call().found(e.entry().pupilId())).toList();
    }

    @Test
    @DisplayName("fire roll: ticks are saved as they are made and survive the idle lock, with who ticked and when "
            + "(Regulatory Reform (Fire Safety) Order 2005, art 15: procedures for serious and imminent danger)")
    void fireRollTicksSurviveTheIdleLock() {
        at("2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0002"));
        kiosk.type("1");
        kiosk.scan(printed("DEMO0003"));
        kiosk.type("1");
        kiosk.advance(Duration.ofMinutes(93)); // 10:30
        kiosk.signInAsReceptionist();
        kiosk.type("3");
        kiosk.advance(Duration.ofSeconds(20));
        kiosk.type(" "); // Zoë found at 10:30:20
        kiosk.advance(Duration.ofMinutes(3));
        assertFalse(kiosk.staff.isOpen(), "the idle lock closed staff mode");
        assertInstanceOf(KioskState.Idle.class, kiosk.flow.state());

        kiosk.signInAsReceptionist();
        kiosk.type("3");
        StaffScreen.RollCall roll = assertInstanceOf(StaffScreen.RollCall.class, kiosk.screen());
        assertEquals(List.of(true, false), found(roll), "the roll call reopened keeps Zoë's tick");
        assertEquals(1, roll.tickedCount());
        var tick = roll.call().tick("D2").orElseThrow();
        assertEquals("Jo Bloggs", tick.by().name());
        assertEquals(java.time.Instant.parse("2026-11-23T10:30:20Z"), tick.at());
        assertEquals(java.time.Instant.parse("2026-11-23T10:30:00Z"), roll.call().started().orElseThrow().at(),
                "the same roll call, started before the lock");

        kiosk.type("p");
        assertEquals(1, kiosk.printed.size());
        assertTrue(kiosk.printed.get(0).contains("[x]  5A      Zoë Nguyễn"), kiosk.printed.get(0));
        assertTrue(kiosk.printed.get(0).contains("found 10:30 by Jo Bloggs"), kiosk.printed.get(0));
        assertTrue(kiosk.printed.get(0).contains("Oliver Smith                    in at 08:57  MISSING"),
                kiosk.printed.get(0));
        assertTrue(status().contains("fire roll printed: saved to /media/usb/fire-roll-2026-11-23-"), status());

        kiosk.type("c");
        kiosk.type("c");
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen(), "C twice closes the roll call");
        kiosk.type("3");
        roll = assertInstanceOf(StaffScreen.RollCall.class, kiosk.screen());
        assertEquals(0, roll.tickedCount(), "a roll call closed, the next one starts afresh");
    }

    @Test
    @DisplayName("claims: each decided once, confirmed with what was seen (the entry becomes M), refused with why (it stays L)")
    void claims() throws Exception {
        at("2026-11-23T08:57:00");
        kiosk.scan(printed("DEMO0001"));
        kiosk.type("3"); // Doctor, dentist or hospital: a claim
        kiosk.scan(printed("DEMO0002"));
        kiosk.type("3");
        kiosk.advance(Duration.ofMinutes(30));
        kiosk.signInAsReceptionist();
        assertEquals(2, assertInstanceOf(StaffScreen.Menu.class, kiosk.screen()).openClaims(),
                "the menu says how many claims wait");
        kiosk.type("4");
        StaffScreen.Claims claims = assertInstanceOf(StaffScreen.Claims.class, kiosk.screen());
        assertEquals(List.of("D1", "D2"), claims.claims().stream().map(c -> c.entry().entry().pupilId()).toList());
        assertEquals("M", claims.claims().get(0).claims().code());

        kiosk.type("1");
        kiosk.enter();
        assertTrue(assertInstanceOf(StaffScreen.Claims.class, kiosk.screen()).problem().isPresent(),
                "evidence must be typed to confirm");
        kiosk.type("appointment card");
        kiosk.enter();
        claims = assertInstanceOf(StaffScreen.Claims.class, kiosk.screen());
        assertEquals(List.of("D2"), claims.claims().stream().map(c -> c.entry().entry().pupilId()).toList(),
                "a decided claim leaves the list");
        assertEquals(1, kiosk.count("SELECT count(*) FROM claim_decisions WHERE verdict = 'confirmed' "
                + "AND why = 'appointment card' AND decided_by = 'Jo Bloggs' AND position = 'Office Manager'"));
        assertEquals(0, kiosk.count("SELECT count(*) FROM amendments"), "a decision is not an amendment");

        kiosk.type("2");
        kiosk.enter();
        assertTrue(assertInstanceOf(StaffScreen.Claims.class, kiosk.screen()).problem().isPresent(),
                "a refusal needs a reason");
        kiosk.type("no letter");
        kiosk.enter();
        assertEquals(List.of(), assertInstanceOf(StaffScreen.Claims.class, kiosk.screen()).claims());
        assertEquals(1, kiosk.count("SELECT count(*) FROM claim_decisions WHERE verdict = 'refused' "
                + "AND why = 'no letter' AND decided_by = 'Jo Bloggs'"));
        assertTrue(status().contains("refused"), status());
    }

    @Test
    @DisplayName("sign in without a badge: an arrival now, recorded by the member of staff, offered only while not marked")
    void signInWithoutBadge() throws Exception {
        at("2026-11-23T09:20:00").signInAsReceptionist();
        PupilDay day = openPupil("zoe");
        assertEquals(lategate.domain.register.Register.AM, day.canSignInNow().orElseThrow());
        kiosk.type("3");
        day = assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen()).day();
        assertTrue(day.canSignInNow().isEmpty());
        assertEquals("U", day.entries().get(0).entry().orElseThrow().code().code());
        assertTrue(status().contains("without a badge: Zoë Nguyễn (5A) signed in after the register closed, U"),
                status());
        kiosk.type("3");
        assertEquals(1, kiosk.count("SELECT count(*) FROM arrivals WHERE pupil_id = 'D2' "
                + "AND recorded_by = 'Jo Bloggs, Office Manager'"));
    }

    @Test
    @DisplayName("Escape steps back to the menu, then to pupil mode; the pupils' screens are as they were")
    void escapeBackToPupilMode() {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        kiosk.type("2");
        kiosk.key(KioskInput.Key.ESCAPE);
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        kiosk.key(KioskInput.Key.ESCAPE);
        assertFalse(kiosk.staff.isOpen());
        assertInstanceOf(KioskState.Idle.class, kiosk.flow.state());
        kiosk.scan(printed("DEMO0001"));
        assertInstanceOf(KioskState.PickingReason.class, kiosk.flow.state(), "a pupil's scan as before");
    }

    private void signOutAmelia(String back) {
        openPupil("amelia");
        kiosk.type("1");
        kiosk.type("M");
        kiosk.type("dentist");
        kiosk.enter();
        kiosk.type("1");
        kiosk.type("y");
        kiosk.type(back);
        kiosk.enter();
        kiosk.enter();
        assertTrue(assertInstanceOf(StaffScreen.PupilPage.class, kiosk.screen()).day().offSite().isPresent(),
                status());
    }

    @Test
    @DisplayName("a scanner's misread in staff mode is said on the status line and kept; at the staff sign-in it goes back to pupil mode")
    void misreadInStaffMode() throws Exception {
        at("2026-11-23T10:30:00").signInAsReceptionist();
        kiosk.flow.handle(new KioskInput.ScanFault("late gate", "sent part of a code and then nothing", "DEMO00",
                kiosk.now()), kiosk.now());
        assertInstanceOf(StaffScreen.Menu.class, kiosk.screen());
        assertEquals("10:30 scanner 'late gate' misread a badge (kept in the scan log): scan it again", status());
        for (int i = 0; i < ScanFaultLimit.PER_MINUTE; i++) {
            kiosk.flow.handle(new KioskInput.ScanFault("late gate", "sent bytes that are not a badge code", "\\x8F",
                    kiosk.now()), kiosk.now());
        }
        assertEquals("10:30 scanner 'late gate' misread a badge (counted in the scan log: too many this minute to keep "
                + "each): scan it again", status(), "the eleventh in a minute has no row of its own");
        kiosk.key(KioskInput.Key.ESCAPE);

        kiosk.flow.staffKey(kiosk.now());
        assertInstanceOf(StaffScreen.SignInName.class, kiosk.screen());
        kiosk.flow.handle(new KioskInput.ScanFault("late gate", "sent part of a code and then nothing", "DEM",
                kiosk.now()), kiosk.now());
        assertInstanceOf(KioskState.Misread.class, kiosk.flow.state(), "a pupil scanning meets pupil mode");
        assertEquals(ScanFaultLimit.PER_MINUTE, kiosk.count("SELECT count(*) FROM unmarked_scans WHERE fault = 1"),
                "the first ten of the minute");
    }
}
