package lategate.app.retention;

import java.time.Clock;
import java.time.LocalDate;
import lategate.domain.retention.RetentionRule;
import lategate.domain.school.School;

/** Removes what is past the school's retention from its database, and records that it did. */
public final class RetentionPurge {

    private final School school;
    private final RetentionStore store;
    private final Clock clock;

    public RetentionPurge(School school, RetentionStore store, Clock clock) {
        this.school = school;
        this.store = store;
        this.clock = clock;
    }

    public RetentionRule rule() {
        return RetentionRule.of(school.retention());
    }

    public LocalDate today() {
        return clock.instant().atZone(school.zone()).toLocalDate();
    }

    /** Purges (or with {@code dryRun} counts) everything dated before the rule's cut-off today. */
    public PurgeCounts run(String by, boolean dryRun) {
        RetentionRule rule = rule();
        return store.purge(new RetentionStore.PurgeOrder(rule.cutOff(today()), school.zone(), rule.years(),
                clock.instant(), by), dryRun);
    }
}
