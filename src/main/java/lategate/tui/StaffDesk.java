package lategate.tui;

import java.util.Objects;
import lategate.app.ContactDirectory;
import lategate.app.PupilDirectory;
import lategate.app.RegisterLog;
import lategate.app.SignIn;
import lategate.app.audit.Amendments;
import lategate.app.entry.Claims;
import lategate.app.entry.RegisterEntries;
import lategate.app.backup.BackupMonitor;
import lategate.app.integrity.RegisterCheckMonitor;
import lategate.app.lateness.LatenessReview;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;
import lategate.app.staff.StaffSignIn;
import lategate.app.scans.DayScans;
import lategate.app.slips.LateSlips;
import lategate.app.sync.SyncMonitor;
import lategate.domain.school.School;
import lategate.scanner.ScannerMonitor;

/**
 * What staff mode works with: the school's use cases and ports, wired once by the launcher.
 * {@code entries} is the register as it stands, the one answer every screen shows; {@code claims} deciding claimed reasons.
 * {@code review} is the attendance lead's review of lateness; {@code sync} how the summaries are going;
 * {@code scanners} how the serial scanners are; {@code backup} how the kiosk's backups are going;
 * {@code registerCheck} what the latest check of the register's chain found (docs/tamper-evidence.md);
 * {@code lateBus} declaring a late bus (docs/receptionist.md, "Late-bus mode");
 * {@code scans} the day's scans, for the scan log (what was refused, and why);
 * {@code slips} the late slips' printer, whose trouble the menu shows (docs/receptionist.md, "Late slips").
 */
public record StaffDesk(School school, SignIn signIn, PupilDirectory pupils, ContactDirectory contacts,
                        RegisterLog register, RegisterEntries entries, Claims claims, Movements movements, FireRoll fireRoll, Amendments amendments,
                        StaffSignIn staffSignIn, LatenessReview review, SyncMonitor sync, ScannerMonitor scanners,
                        BackupMonitor backup, RegisterCheckMonitor registerCheck, lategate.app.entry.LateBusMode lateBus,
                        DayScans scans, LateSlips slips) {

    public StaffDesk {
        Objects.requireNonNull(slips, "slips");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(pupils, "pupils");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(movements, "movements");
        Objects.requireNonNull(fireRoll, "fireRoll");
        Objects.requireNonNull(amendments, "amendments");
        Objects.requireNonNull(staffSignIn, "staffSignIn");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(scanners, "scanners");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(registerCheck, "registerCheck");
        Objects.requireNonNull(lateBus, "lateBus");
        Objects.requireNonNull(scans, "scans");
    }

    /** A desk whose kiosk prints no late slips. */
    public StaffDesk(School school, SignIn signIn, PupilDirectory pupils, ContactDirectory contacts,
                     RegisterLog register, RegisterEntries entries, Claims claims, Movements movements, FireRoll fireRoll,
                     Amendments amendments, StaffSignIn staffSignIn, LatenessReview review, SyncMonitor sync,
                     ScannerMonitor scanners, BackupMonitor backup, RegisterCheckMonitor registerCheck,
                     lategate.app.entry.LateBusMode lateBus, DayScans scans) {
        this(school, signIn, pupils, contacts, register, entries, claims, movements, fireRoll, amendments, staffSignIn,
                review, sync, scanners, backup, registerCheck, lateBus, scans, LateSlips.NONE);
    }

    /** A desk whose kiosk keeps no late-bus mode (declaring one is refused) and shows an empty scan log. */
    public StaffDesk(School school, SignIn signIn, PupilDirectory pupils, ContactDirectory contacts,
                     RegisterLog register, RegisterEntries entries, Claims claims, Movements movements,
                     FireRoll fireRoll, Amendments amendments, StaffSignIn staffSignIn, LatenessReview review,
                     SyncMonitor sync, ScannerMonitor scanners, BackupMonitor backup,
                     RegisterCheckMonitor registerCheck) {
        this(school, signIn, pupils, contacts, register, entries, claims, movements, fireRoll, amendments, staffSignIn,
                review, sync, scanners, backup, registerCheck, new lategate.app.entry.LateBusMode(school,
                        lategate.app.LateBusLog.NONE, java.time.Clock.systemUTC()),
                new DayScans(day -> java.util.List.of(), pupils));
    }

    /** Late reasons the office still has to collect: not asked at a queue, or not given. */
    public lategate.app.entry.ReasonsToCollect reasonsToCollect() {
        return new lategate.app.entry.ReasonsToCollect(school, entries, register);
    }

    /** A desk that shows no checks of the register's chain, and an empty scan log. */
    public StaffDesk(School school, SignIn signIn, PupilDirectory pupils, ContactDirectory contacts,
                     RegisterLog register, RegisterEntries entries, Claims claims, Movements movements,
                     FireRoll fireRoll, Amendments amendments, StaffSignIn staffSignIn, LatenessReview review,
                     SyncMonitor sync, ScannerMonitor scanners, BackupMonitor backup) {
        this(school, signIn, pupils, contacts, register, entries, claims, movements, fireRoll, amendments, staffSignIn,
                review, sync, scanners, backup, RegisterCheckMonitor.NONE);
    }

    /** A desk whose kiosk makes no backups of its own, with an empty scan log. */
    public StaffDesk(School school, SignIn signIn, PupilDirectory pupils, ContactDirectory contacts,
                     RegisterLog register, RegisterEntries entries, Claims claims, Movements movements,
                     FireRoll fireRoll, Amendments amendments, StaffSignIn staffSignIn, LatenessReview review,
                     SyncMonitor sync, ScannerMonitor scanners) {
        this(school, signIn, pupils, contacts, register, entries, claims, movements, fireRoll, amendments, staffSignIn, review, sync,
                scanners, BackupMonitor.NONE);
    }
}
