package lategate.app.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lategate.app.LateBookEntry;
import lategate.app.entry.RegisterEntries;
import lategate.domain.school.School;

/**
 * The fire roll from what the office knows: everyone who signed in late today and is on site
 * (they are not on the class registers taken earlier), and everyone off site, now or at a given
 * instant. Read from the local database alone, so it needs no network and is there at once.
 */
public final class FireRoll {

    private final School school;
    private final RegisterEntries register;
    private final Movements movements;
    private final Clock clock;

    public FireRoll(School school, RegisterEntries register, Movements movements, Clock clock) {
        this.school = Objects.requireNonNull(school, "school");
        this.register = Objects.requireNonNull(register, "register");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public record Roll(List<LateBookEntry> lateOnSite, List<Movements.OffSite> offSite) {
    }

    public Roll now() {
        return at(clock.instant());
    }

    /**
     * The roll as it stood at {@code instant}: late arrivals of that day up to it who were not off
     * site then, and everyone off site then. An arrival or a movement recorded as later does not
     * count, so the roll of a drill can be printed again afterwards as it was.
     */
    public Roll at(Instant instant) {
        LocalDate day = instant.atZone(school.zone()).toLocalDate();
        List<Movements.OffSite> off = movements.offSiteAt(instant);
        Set<String> outIds = new HashSet<>();
        off.forEach(o -> outIds.add(o.pupil().id()));
        List<LateBookEntry> late = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LateBookEntry e : register.lateBook(day)) {
            String pupilId = e.entry().pupilId();
            if (!e.entry().at().isAfter(instant) && !outIds.contains(pupilId) && seen.add(pupilId)) {
                late.add(e);
            }
        }
        late.sort(Comparator.comparing(LateBookEntry::className).thenComparing(LateBookEntry::familyName)
                .thenComparing(LateBookEntry::givenName));
        return new Roll(late, off);
    }
}
