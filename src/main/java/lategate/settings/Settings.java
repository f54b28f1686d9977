package lategate.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.movement.CollectionRule;
import lategate.domain.movement.LunchTimes;
import lategate.domain.register.MedicalEvidenceRule;
import lategate.domain.register.PupilCutOffRule;
import lategate.domain.school.School;

/**
 * A school's settings file as read: the school's rules, how its kiosk behaves, how staff
 * accounts are guarded, its lunchtime passes if it has them, its lines for
 * the attendance lead (thresholds and staged letters), where its badge key is kept, its serial scanners (none: a
 * keyboard-wedge scanner only), where its backups go, how messages cite its rule on signing pupils
 * out ([school] sign_out_source), whether M needs the appointment card or letter seen ([amendments]),
 * which way a pupil's own cut-off may move ([cutoffs]), where the fire roll is printed ([fire_roll]), where its letter templates are
 * kept ([letters]), the receipt printer late slips come out of ([slips]; none: no slips), how its roster file is
 * laid out ([roster]), and
 * the warnings about values that work but are probably not what the school means.
 */
public record Settings(School school, KioskSettings kiosk, StaffSettings staff, Optional<LunchTimes> lunch,
                       LatenessPolicy lateness, SyncSettings sync, BadgeSettings badges, ClockSettings clock,
                       List<ScannerSettings> scanners, BackupSettings backup, String signOutCitation,
                       MedicalEvidenceRule medicalEvidence, PupilCutOffRule cutOffs, FireRollSettings fireRoll,
                       LetterSettings letters, RosterSettings roster, List<SettingsProblem> warnings,
                       Optional<SlipSettings> slips) {

    /** How a message cites a rule when the school's settings name no section for it. */
    public static final String UNCITED = "the school's policy";

    public Settings {
        Objects.requireNonNull(signOutCitation, "signOutCitation");
        Objects.requireNonNull(medicalEvidence, "medicalEvidence");
        Objects.requireNonNull(cutOffs, "cutOffs");
        Objects.requireNonNull(fireRoll, "fireRoll");
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(slips, "slips");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(lateness, "lateness");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(badges, "badges");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(lunch, "lunch");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(staff, "staff");
        scanners = List.copyOf(scanners);
        warnings = List.copyOf(warnings);
    }

    /** Who may take a pupil out, citing the school's rule on signing out ([school] sign_out_source). */
    public CollectionRule collectionRule() {
        return new CollectionRule(signOutCitation);
    }
}
