package lategate.app.integrity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one check of the register's chain found: when, whether it walked the whole chain or only
 * what was added since the last whole check, the head it reached, and every problem, earliest first.
 */
public record RegisterCheck(Instant at, boolean full, long headSeq, String headHash, long entriesChecked,
                            List<ChainProblem> problems) {

    public RegisterCheck {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(headHash, "headHash");
        problems = problems.stream().sorted(Comparator.comparingLong(ChainProblem::order)
                .thenComparing(ChainProblem::table).thenComparingLong(ChainProblem::rowId)).toList();
    }

    /** True when nothing was changed, inserted or removed outside lategate. */
    public boolean whole() {
        return problems.isEmpty();
    }

    /** The earliest problem: the first row that was changed, inserted or removed. */
    public Optional<ChainProblem> firstProblem() {
        return problems.stream().findFirst();
    }

    /** The check as kept: its count and first problem, not every one. */
    public CheckedRegister kept() {
        return new CheckedRegister(at, full, new ChainHead(headSeq, headHash), problems.size(),
                firstProblem().map(ChainProblem::words));
    }

    /** One line for a screen or a log: whole, or the first problem and how many more. */
    public String summary() {
        return kept().summary();
    }
}
