package lategate.domain.lateness;

/**
 * A 4-weekly block of school weeks from the start of the year: weeks 1-4, 5-8, … (docs/domain.md,
 * "Lateness tracking and thresholds": weeks 1-4, 5-8, … 37-40).
 */
public record Block(int number) {

    public static final int WEEKS = 4;

    public Block {
        if (number < 1) {
            throw new IllegalArgumentException("blocks are numbered from 1, not " + number);
        }
    }

    public static Block ofWeek(int schoolWeek) {
        return new Block((schoolWeek - 1) / WEEKS + 1);
    }

    public int firstWeek() {
        return (number - 1) * WEEKS + 1;
    }

    public int lastWeek() {
        return number * WEEKS;
    }

    // Written out, not generated: a record's own equals and hashCode are built through method handles
    // the first time they run, and a block is the first map key a report uses, so that build was
    // about 30 ms of every cold report (docs/architecture.md, "Where a report's time goes, cold").
    @Override
    public boolean equals(Object o) {
        return o instanceof Block other && other.number == number;
    }

    @Override
    public int hashCode() {
        return number;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public Block previous() {
        return new Block(number - 1);
    }
}
