package lategate.app.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import lategate.app.Refused;
import lategate.app.SignIn;
import lategate.app.clock.ClockLog;
import lategate.domain.retention.PurgeClock;
import lategate.domain.retention.RetentionRule;
import lategate.domain.school.School;

/**
 * Removes what is past the school's retention from its database, and records that it did. It goes
 * by its clock only when that clock is plausible ({@link PurgeClock}): what a purge removes is gone.
 * It never goes by a retention shorter than the law's ({@link RetentionRule#belowTheLaw}): the
 * settings refuse one, and so does the purge, for a school built any other way.
 */
public final class RetentionPurge {

    private final School school;
    private final RetentionStore store;
    private final ClockLog clockLog;
    private final Clock clock;

    public RetentionPurge(School school, RetentionStore store, ClockLog clockLog, Clock clock) {
        this.school = school;
        this.store = store;
        this.clockLog = clockLog;
        this.clock = clock;
    }

    public RetentionRule rule() {
        return RetentionRule.of(school.retention());
    }

    public LocalDate today() {
        return clock.instant().atZone(school.zone()).toLocalDate();
    }

    /** Why the purge may not go by its clock now, if it may not. */
    public Optional<String> clockDoubt() {
        return new PurgeClock(rule(), SignIn.CLOCK_ALLOWANCE).question(clock.instant(), school.zone(),
                school.calendar().yearStarts(), school.calendar().yearEnds(), clockLog.highWater(),
                clockLog.stillQuestioned());
    }

    /** What a purge now would remove, table by table; changes nothing. Refused under an implausible clock. */
    public PurgeCounts preview() {
        return purge("dry run", true);
    }

    /** Purges everything made before the rule's cut-off today. Refused under an implausible clock. */
    public PurgeCounts run(String by) {
        return purge(by, false);
    }

    private PurgeCounts purge(String by, boolean dryRun) {
        Optional<String> doubt = clockDoubt();
        if (doubt.isPresent()) {
            throw new Refused("purge refused: " + doubt.get() + "; nothing was removed. Fix the computer's clock "
                    + "(README, \"Trusted time\") or the calendar, then purge again");
        }
        RetentionRule rule = rule();
        Optional<String> belowTheLaw = rule.belowTheLaw();
        if (belowTheLaw.isPresent()) {
            throw new Refused("purge refused: [retention] years: " + belowTheLaw.get() + "; nothing was removed. "
                    + "Set years = " + RetentionRule.LEGAL_MINIMUM_YEARS + " or more in the school's settings");
        }
        return store.purge(new RetentionStore.PurgeOrder(rule.cutOff(today()), school.zone(), rule.years(),
                clock.instant(), by), dryRun);
    }
}
