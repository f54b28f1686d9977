package lategate.app.entry;

import lategate.domain.text.PlainText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import lategate.app.Claim;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.ClaimStanding;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.Register;

/**
 * Staff deciding claimed reasons (docs/domain.md, "Register windows": a medical appointment authorises the absence, M,
 * once the school accepts it). A claim stays open across days until someone decides it, once: a
 * confirmation says what was seen or heard, a refusal says why. A later change is an amendment.
 */
public final class Claims {

    private final RegisterEntries register;
    private final SessionRecords records;
    private final Clock clock;

    public Claims(RegisterEntries register, SessionRecords records, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A decision that cannot be made, in words for staff; nothing was recorded. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    /** Every claim still waiting for a decision, oldest first, whatever day it was made. */
    public List<Claim> open() {
        return register.openClaims();
    }

    /**
     * The pupil's entries of one day whose reason is a claim, open or decided, morning first: what
     * a decision on that day can be about.
     */
    public List<SessionEntry> claimedOn(String pupilId, LocalDate date) {
        return register.ofPupil(pupilId, date, date).stream().filter(e -> e.claim().isPresent()).toList();
    }

    /**
     * Decides the claim on one pupil's entry.
     *
     * @param why what was seen or heard to confirm it, or why it is refused
     * @return the entry as it stands after the decision
     * @throws Refused when there is no such entry, no claim on it, it was decided already, or no why is given
     */
    public SessionEntry decide(String pupilId, LocalDate date, Register reg, ClaimDecision.Verdict verdict, String why,
                               StaffIdentity by) {
        SessionEntry entry = register.of(pupilId, date, reg).orElseThrow(() -> new Refused(pupilId + " has no "
                + reg.words() + " entry on " + date + ": there is no claim to decide"));
        ClaimStanding claim = entry.claim().orElseThrow(() -> new Refused(pupilId + "'s " + reg.words() + " entry on "
                + date + " has no claimed reason to decide" + entry.reason().map(r -> " (its reason: " + r + ")")
                .orElse("")));
        if (!claim.open()) {
            throw new Refused(pupilId + "'s claim (" + claim.claim().label() + ") on " + date + " was "
                    + claim.decision().map(d -> "already " + d.verdict().id() + " by " + d.by())
                    .orElse("settled by an amendment")
                    + ": a claim is decided once; change the entry with 'amend pupil' instead");
        }
        PlainText.oneLine("the why").refusal(why).ifPresent(problem -> {
            throw new Refused(problem + "; nothing was recorded");
        });
        if (why == null || why.isBlank()) {
            throw new Refused(verdict == ClaimDecision.Verdict.CONFIRMED
                    ? "say what was seen or heard to confirm the claim (e.g. appointment card); nothing was recorded"
                    : "say why the claim is refused; nothing was recorded");
        }
        try {
            records.decide(new ClaimDecision(claim.claim().id(), verdict, why.strip(), clock.instant(), by));
        } catch (SessionRecords.AlreadyDecided e) {
            throw new Refused(pupilId + ": " + e.getMessage());
        }
        return register.of(pupilId, date, reg).orElseThrow();
    }
}
