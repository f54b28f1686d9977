package lategate.domain.lateness;

import java.util.Objects;

/**
 * What the ladder proposes for one pupil at the end of a block, with the rule that decided it and
 * a sentence the lead can read out. A proposal changes nothing until the lead confirms or
 * overrides it.
 */
public record StageProposal(StageFacts facts, Stage to, String rule, String basis, String explanation) {

    public StageProposal {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(explanation, "explanation");
    }

    public String pupilId() {
        return facts.pupilId();
    }

    public Block block() {
        return facts.block();
    }

    public Stage from() {
        return facts.from();
    }

    public boolean isChange() {
        return !to.equals(facts.from());
    }

    public boolean isRise() {
        return to.compareTo(facts.from()) > 0;
    }

    /** A move down the ladder earns a positive letter (the school's policy). */
    public boolean isFall() {
        return to.compareTo(facts.from()) < 0;
    }
}
