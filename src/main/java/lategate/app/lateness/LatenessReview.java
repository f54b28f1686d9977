package lategate.app.lateness;

import lategate.domain.text.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.app.PupilDirectory;
import lategate.app.RegisterHistory;
import lategate.app.audit.AmendmentLog;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.LateEntry;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.StageHistory;
import lategate.domain.lateness.StageLadder;
import lategate.domain.lateness.StageCadence;
import lategate.domain.lateness.StageProposal;
import lategate.domain.lateness.StageReviews;
import lategate.domain.school.School;
import lategate.domain.lateness.LatenessPolicy;
import lategate.domain.staff.AccessPolicy;
import lategate.domain.staff.StaffMember;

/**
 * The attendance lead's review of lateness on a kiosk's database: every report of
 * {@link LatenessReports}, and the lead's decisions on the stage ladder, which only a kiosk's
 * database records (the hub reads them from the kiosks' daily summaries). The command line and the
 * kiosk's staff mode both use it.
 */
public final class LatenessReview extends LatenessReports {

    private final StageDecisionLog log;

    public LatenessReview(School school, LatenessPolicy policy, RegisterHistory register, PupilDirectory pupils,
                          AmendmentLog amendments, StageDecisionLog decisions) {
        super(school, policy, register, pupils, amendments, decisions);
        this.log = decisions;
    }

    /**
     * The lead confirms the ladder's proposals for a block: the named pupils, or every proposed
     * change not yet decided when none are named. Who may is the {@link AccessPolicy}'s to say.
     */
    public List<StageDecision> confirm(Block block, Collection<String> pupilIds, StaffMember by, Instant at,
                                       LocalDate today) {
        Decidable d = decidable(block, by, today);
        List<StageDecision> made = new ArrayList<>();
        Collection<String> wanted = pupilIds.isEmpty() ? d.proposals.values().stream()
                .filter(p -> p.isChange() && d.history.decisionOn(p.pupilId(), block).isEmpty())
                .map(StageProposal::pupilId).toList() : pupilIds;
        for (String id : wanted) {
            StageProposal p = d.proposalOf(id);
            made.add(new StageDecision(id, block, p.from(), p.to(), p.to(), StageDecision.Kind.CONFIRMED,
                    identity(by), Optional.empty(), at));
        }
        log.record(made);
        return made;
    }

    /** The lead sets a pupil's stage for a block to something other than proposed, saying why. */
    public StageDecision override(Block block, String pupilId, Stage to, String why, StaffMember by, Instant at,
                                  LocalDate today) {
        if (why == null || why.isBlank()) {
            throw new Refused("an override needs the reason why, e.g. --because \"family bereavement: hold at "
                    + "stage 2\"");
        }
        PlainText.oneLine("the reason why").refusal(why).ifPresent(problem -> {
            throw new Refused(problem + "; nothing was recorded");
        });
        Decidable d = decidable(block, by, today);
        StageProposal p = d.proposalOf(pupilId);
        if (p.to().equals(to)) {
            throw new Refused(pupilId + " was proposed " + to.words() + " for block " + block.number()
                    + ": confirm it instead of overriding");
        }
        StageDecision decision = new StageDecision(pupilId, block, p.from(), p.to(), to,
                StageDecision.Kind.OVERRIDDEN, identity(by), Optional.of(why.strip()), at);
        log.record(List.of(decision));
        return decision;
    }

    private record Decidable(Block block, Map<String, StageProposal> proposals, StageHistory history) {
        StageProposal proposalOf(String pupilId) {
            StageProposal p = proposals.get(pupilId);
            if (p == null) {
                throw new Refused(pupilId + " has no stage proposal for block " + block.number() + ": only pupils "
                        + "who reach the entry level or carry a stage into the block have one");
            }
            if (history.of(pupilId).stream().anyMatch(d -> d.block().number() > block.number())) {
                throw new Refused(pupilId + " already has a decision on a later block: decisions are made block "
                        + "by block");
            }
            return p;
        }
    }

    private Decidable decidable(Block block, StaffMember by, LocalDate today) {
        AccessPolicy.standard().decide(by, AccessPolicy.Action.DECIDE_STAGES).orElseThrow(Refused::new);
        StageLadder ladder = policy.stages().orElseThrow(() -> new Refused(school.name() + " has no staged "
                + "letters: add a [stages] table with enter_at_late_marks to its settings"));
        BlockSpan span = span(block, today);
        StageReviews.Verdict verdict = stageReviews().orElseThrow().decide(block, today);
        if (!(verdict instanceof StageReviews.Verdict.Due)) {
            throw new Refused(ladder.review() == StageCadence.BLOCK ? "block " + block.number() + " has not ended: "
                    + "stages are decided from its last school day, " + span.lastSchoolDay() : verdict.sentence());
        }
        List<LateEntry> entries = register.entriesBetween(school.calendar().yearStarts(), span.lastSchoolDay());
        StageHistory history = new StageHistory(decisions.all());
        Map<String, StageProposal> proposals = new HashMap<>();
        proposalsFor(block, entries, history).forEach(p -> proposals.put(p.pupilId(), p));
        return new Decidable(block, proposals, history);
    }

    private static StaffIdentity identity(StaffMember member) {
        return new StaffIdentity(member.name(), member.position());
    }
}
