package lategate.wiring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import lategate.app.SignIn;
import lategate.app.access.SummaryLines;
import lategate.app.audit.Amendments;
import lategate.app.entry.Claims;
import lategate.app.entry.RegisterEntries;
import lategate.app.lateness.LatenessReview;
import lategate.app.movement.FireRoll;
import lategate.app.movement.RollPrinter;
import lategate.app.movement.Movements;
import lategate.app.staff.StaffAdministration;
import lategate.app.staff.StaffSignIn;
import lategate.app.sync.Summaries;
import lategate.badge.BadgeKeyFile;
import lategate.badge.SchoolBadges;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.movement.CollectionRule;
import lategate.domain.register.MedicalEvidenceRule;
import lategate.domain.school.School;
import lategate.printing.FolderAndLp;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqliteChainHeads;
import lategate.store.SqliteClockLog;
import lategate.store.SqliteContacts;
import lategate.store.SqliteDayRecords;
import lategate.store.SqliteFireRolls;
import lategate.store.SqliteKioskFaults;
import lategate.store.SqliteLunchPasses;
import lategate.store.SqliteMovements;
import lategate.store.SqliteOutbox;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterIntegrity;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteRetention;
import lategate.store.SqliteSessionRecords;
import lategate.store.SqliteStaff;
import lategate.store.SqliteSubjectAccess;
import lategate.store.SqliteStageDecisions;
import lategate.sync.SummaryJson;

/**
 * The composition root for one school's open database: its settings, the database, the clock, and
 * the store adapters and use cases built over them, each once, when first asked for. Commands, the
 * kiosk, the benchmarks and the demo ask it for what they need instead of building adapters
 * themselves. Closing it closes the database.
 *
 * <p>Nothing is built until asked for, so a command loads only the classes it uses (start-up is
 * measured: docs/architecture.md). Not for sharing between threads.
 */
public final class SchoolServices implements AutoCloseable {

    private final Settings settings;
    private final School school;
    private final Database database;
    private final Clock clock;
    private final Store store;

    private BadgeCodes badgeCodes;
    private RegisterEntries entries;
    private SignIn signIn;
    private Movements movements;

    public SchoolServices(Settings settings, Database database, Clock clock) {
        this(settings, settings.school(), database, clock, new Store(database, settings.school()));
    }

    /**
     * For a command that reads only the school's [school] section, not its whole settings: the store
     * and the use cases that need no other section. Asking for one that does (the badge codes, the
     * lateness review, staff sign-in) is a programming error.
     */
    public static SchoolServices ofSchool(School school, Database database, Clock clock) {
        return new SchoolServices(null, school, database, clock, new Store(database, school));
    }

    private SchoolServices(Settings settings, School school, Database database, Clock clock, Store store) {
        this.settings = settings;
        this.school = school;
        this.database = database;
        this.clock = clock;
        this.store = store;
    }

    /**
     * The same school and database with its use cases timed by {@code other} (the kiosk's checked
     * clock); the store adapters are shared, the use cases built anew.
     */
    public SchoolServices timedBy(Clock other) {
        return new SchoolServices(settings, school, database, other, store);
    }

    /** The school's whole settings; refused when these services were made from the school alone. */
    public Settings settings() {
        if (settings == null) {
            throw new IllegalStateException("these services were made from the school's [school] section only");
        }
        return settings;
    }

    public School school() {
        return school;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The school's date now. */
    public LocalDate today() {
        return clock.instant().atZone(school().zone()).toLocalDate();
    }

    /** Closes the database. */
    @Override
    public void close() {
        database.close();
    }

    // ---- the store's adapters ------------------------------------------------------------------

    public SqlitePupils pupils() {
        return store.pupils();
    }

    public SqliteRegisterLog registerLog() {
        return store.registerLog();
    }

    public SqliteSessionRecords sessionRecords() {
        return store.sessionRecords();
    }

    public SqliteMovements movementLog() {
        return store.movementLog();
    }

    public SqliteAmendments amendmentLog() {
        return store.amendmentLog();
    }

    public SqliteStaff staffAccounts() {
        return store.staffAccounts();
    }

    public SqliteContacts contacts() {
        return store.contacts();
    }

    public SqliteBadgeIssues badgeIssues() {
        return store.badgeIssues();
    }

    public SqliteOutbox outbox() {
        return store.outbox();
    }

    public SqliteLunchPasses lunchPasses() {
        return store.lunchPasses();
    }

    public SqliteStageDecisions stageDecisions() {
        return store.stageDecisions();
    }

    public SqliteRegisterIntegrity integrity() {
        return store.integrity();
    }

    public SqliteClockLog clockLog() {
        return store.clockLog();
    }

    public SqliteKioskFaults kioskFaults() {
        return store.kioskFaults();
    }

    /** What the retention purge removes and logs; built anew, as only a purge asks for it. */
    public SqliteRetention retention() {
        return new SqliteRetention(database);
    }

    /** Everything held about one pupil, for a subject access request, its summaries' lines read by {@code lines}. */
    public SqliteSubjectAccess subjectAccess(SummaryLines lines) {
        return new SqliteSubjectAccess(database, lines);
    }

    // ---- the use cases -------------------------------------------------------------------------

    /** The school's badge codes, with its signing key when [badges] names one; a bad key file is bad input. */
    public BadgeCodes badgeCodes() {
        if (badgeCodes == null) {
            badgeCodes = badgeCodes(settings());
        }
        return badgeCodes;
    }

    /** The same without a database: for commands that read the settings only. */
    public static BadgeCodes badgeCodes(Settings settings) {
        try {
            return SchoolBadges.of(settings);
        } catch (BadgeKeyFile.BadgeKeyException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The register as it stands, resolved at this clock's now. */
    public RegisterEntries entries() {
        if (entries == null) {
            entries = new RegisterEntries(school(), sessionRecords(), pupils(), clock);
        }
        return entries;
    }

    public SignIn signIn() {
        if (signIn == null) {
            signIn = new SignIn(school(), badgeCodes(), badgeIssues(), pupils(), registerLog(), movementLog(), clock);
        }
        return signIn;
    }

    public Movements movements() {
        if (movements == null) {
            movements = new Movements(school(), pupils(), contacts(), movementLog(), clock, collectionRule(),
                    medicalEvidence());
        }
        return movements;
    }

    public Claims claims() {
        return new Claims(entries(), sessionRecords(), clock);
    }

    /** Declaring a late bus, and the one running (docs/receptionist.md, "Late-bus mode"). */
    public lategate.app.entry.LateBusMode lateBusMode() {
        return new lategate.app.entry.LateBusMode(school(), new lategate.store.SqliteLateBuses(database), clock);
    }

    /** Late reasons the office still has to collect, and adding them (docs/receptionist.md). */
    public lategate.app.entry.ReasonsToCollect reasonsToCollect() {
        return new lategate.app.entry.ReasonsToCollect(school(), entries(), registerLog());
    }

    /** The day's scans for the office: what each did, and why a refused one marked nothing. */
    public lategate.app.scans.DayScans dayScans() {
        return new lategate.app.scans.DayScans(new lategate.store.SqliteScanLog(database, school().zone()), pupils());
    }

    public FireRoll fireRoll() {
        // Services made from the [school] section alone print nowhere: only the kiosk prints a roll.
        RollPrinter printer = settings == null ? RollPrinter.NONE
                : FolderAndLp.onThisMachine(settings.fireRoll().printFolder());
        return new FireRoll(school(), entries(), movements(), new SqliteFireRolls(database), printer, clock);
    }

    public Amendments amendments() {
        return new Amendments(school(), registerLog(), entries(), amendmentLog(), clock, medicalEvidence());
    }

    /*
     * Services made from the [school] section alone (see ofSchool) serve commands that sign no one
     * out and amend nothing (listing who is off site, a return, the roster): they read the rule on
     * signing out as uncited and M as needing no evidence, since they write neither.
     */
    private CollectionRule collectionRule() {
        return settings == null ? new CollectionRule(Settings.UNCITED) : settings.collectionRule();
    }

    private MedicalEvidenceRule medicalEvidence() {
        return settings == null ? MedicalEvidenceRule.NOT_REQUIRED : settings.medicalEvidence();
    }

    /** The attendance lead's review of lateness over the register as it stands. */
    public LatenessReview latenessReview() {
        return new LatenessReview(school(), settings().lateness(), entries(), pupils(), amendmentLog(), stageDecisions());
    }

    /** Staff signing in with their PIN, under the school's lockout. */
    public StaffSignIn staffSignIn() {
        return new StaffSignIn(staffAccounts(), settings().staff().lockoutRule());
    }

    public StaffAdministration staffAdministration() {
        return new StaffAdministration(staffAccounts(), settings().staff().lockoutRule());
    }

    /** The daily summaries, their entries resolved at this clock's now, as every other view resolves them. */
    public Summaries summaries() {
        return new Summaries(school().id(), new SqliteDayRecords(database, school().zone()), entries(), outbox(),
                new SummaryJson(), new SqliteChainHeads(database));
    }

    /** The store's adapters over one database, each built once, when first asked for. */
    private static final class Store {
        private final Database database;
        private final School school;
        private SqlitePupils pupils;
        private SqliteRegisterLog registerLog;
        private SqliteSessionRecords sessionRecords;
        private SqliteMovements movementLog;
        private SqliteAmendments amendmentLog;
        private SqliteStaff staffAccounts;
        private SqliteContacts contacts;
        private SqliteBadgeIssues badgeIssues;
        private SqliteOutbox outbox;
        private SqliteLunchPasses lunchPasses;
        private SqliteStageDecisions stageDecisions;
        private SqliteRegisterIntegrity integrity;
        private SqliteClockLog clockLog;
        private SqliteKioskFaults kioskFaults;

        Store(Database database, School school) {
            this.database = database;
            this.school = school;
        }

        SqlitePupils pupils() {
            if (pupils == null) {
                pupils = new SqlitePupils(database);
            }
            return pupils;
        }

        SqliteRegisterLog registerLog() {
            if (registerLog == null) {
                registerLog = new SqliteRegisterLog(database, school.zone());
            }
            return registerLog;
        }

        SqliteSessionRecords sessionRecords() {
            if (sessionRecords == null) {
                sessionRecords = new SqliteSessionRecords(database);
            }
            return sessionRecords;
        }

        SqliteMovements movementLog() {
            if (movementLog == null) {
                movementLog = new SqliteMovements(database);
            }
            return movementLog;
        }

        SqliteAmendments amendmentLog() {
            if (amendmentLog == null) {
                amendmentLog = new SqliteAmendments(database);
            }
            return amendmentLog;
        }

        SqliteStaff staffAccounts() {
            if (staffAccounts == null) {
                staffAccounts = new SqliteStaff(database);
            }
            return staffAccounts;
        }

        SqliteContacts contacts() {
            if (contacts == null) {
                contacts = new SqliteContacts(database);
            }
            return contacts;
        }

        SqliteBadgeIssues badgeIssues() {
            if (badgeIssues == null) {
                badgeIssues = new SqliteBadgeIssues(database);
            }
            return badgeIssues;
        }

        SqliteOutbox outbox() {
            if (outbox == null) {
                outbox = new SqliteOutbox(database);
            }
            return outbox;
        }

        SqliteLunchPasses lunchPasses() {
            if (lunchPasses == null) {
                lunchPasses = new SqliteLunchPasses(database);
            }
            return lunchPasses;
        }

        SqliteStageDecisions stageDecisions() {
            if (stageDecisions == null) {
                stageDecisions = new SqliteStageDecisions(database);
            }
            return stageDecisions;
        }

        SqliteRegisterIntegrity integrity() {
            if (integrity == null) {
                integrity = new SqliteRegisterIntegrity(database);
            }
            return integrity;
        }

        SqliteClockLog clockLog() {
            if (clockLog == null) {
                clockLog = new SqliteClockLog(database);
            }
            return clockLog;
        }

        SqliteKioskFaults kioskFaults() {
            if (kioskFaults == null) {
                kioskFaults = new SqliteKioskFaults(database);
            }
            return kioskFaults;
        }
    }
}
