package lategate.app.movement;

import java.time.Clock;
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
 * now (they are not on the class registers taken earlier), and everyone off site. Read from the
 * local database alone, so it needs no network and is there at once.
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
        LocalDate today = clock.instant().atZone(school.zone()).toLocalDate();
        List<Movements.OffSite> off = movements.offSiteNow();
        Set<String> outIds = new HashSet<>();
        off.forEach(o -> outIds.add(o.pupil().id()));
        List<LateBookEntry> late = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LateBookEntry e : register.lateBook(today)) {
            if (!outIds.contains(e.entry().pupilId()) && seen.add(e.entry().pupilId())) {
                late.add(e);
            }
        }
        late.sort(Comparator.comparing(LateBookEntry::className).thenComparing(LateBookEntry::familyName)
                .thenComparing(LateBookEntry::givenName));
        return new Roll(late, off);
    }
}
