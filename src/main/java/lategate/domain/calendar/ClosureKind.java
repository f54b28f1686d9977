package lategate.domain.calendar;

/** Why a day inside a term is not a school day. */
public enum ClosureKind {
    HOLIDAY("holiday"),
    INSET("INSET day"),
    BANK_HOLIDAY("bank holiday"),
    /** A planned whole-school closure, coded '#' in the register. */
    CLOSURE("school closure");

    private final String words;

    ClosureKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
