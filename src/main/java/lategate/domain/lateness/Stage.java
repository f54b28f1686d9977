package lategate.domain.lateness;

/**
 * A pupil's place on the school's ladder of letters and meetings (for example: Stage 1
 * letter, Stage 2 meeting with the attendance lead, Stage 3 referral to the EWO, Stage 4 formal
 * warning, Stage 5 referral for legal proceedings). Stage 0 is not on the ladder.
 */
public record Stage(int number) implements Comparable<Stage> {

    public static final int HIGHEST = 5;
    public static final Stage NONE = new Stage(0);

    public Stage {
        if (number < 0 || number > HIGHEST) {
            throw new IllegalArgumentException("a stage is 0 (none) to " + HIGHEST + ", not " + number);
        }
    }

    // Written out for the reason Block gives: the lead's table compares stages row by row.
    @Override
    public boolean equals(Object o) {
        return o instanceof Stage other && other.number == number;
    }

    @Override
    public int hashCode() {
        return number;
    }

    public boolean onLadder() {
        return number > 0;
    }

    public boolean isHighest() {
        return number == HIGHEST;
    }

    /** One stage up, never past the highest. */
    public Stage up() {
        return new Stage(Math.min(HIGHEST, number + 1));
    }

    /** One stage down, to "no stage" at the bottom. */
    public Stage down() {
        return new Stage(Math.max(0, number - 1));
    }

    /** "stage 2", or "no stage". */
    public String words() {
        return number == 0 ? "no stage" : "stage " + number;
    }

    @Override
    public int compareTo(Stage other) {
        return Integer.compare(number, other.number);
    }
}
