package lategate.domain.pupil;

/**
 * The groups the attendance lead analyses lateness by (docs/domain.md, "Lateness tracking and thresholds"): special
 * educational needs, pupil premium, free school meals, looked after, English as an additional
 * language.
 */
public record Characteristics(boolean send, boolean pupilPremium, boolean freeSchoolMeals, boolean lookedAfter,
                              boolean englishAdditionalLanguage) {

    public static final Characteristics NONE = new Characteristics(false, false, false, false, false);
}
