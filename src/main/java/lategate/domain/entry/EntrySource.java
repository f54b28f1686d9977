package lategate.domain.entry;

import java.util.Optional;

/** Where an entry's code comes from, so every view can say why it is what it is. */
public enum EntrySource {
    /** The pupil's own first scan for the register. */
    ARRIVAL("arrival", "arrival"),
    /** The pupil was signed out when the register was taken: the sign-out's code. */
    SIGN_OUT("sign_out", "signed out"),
    /** The pupil was out on a lunchtime pass when the register was taken: timed by their return. */
    LUNCH_PASS("lunch_pass", "lunchtime pass"),
    /** Staff confirmed the pupil's claimed reason: the code it claimed. */
    CLAIM("claim", "claim confirmed"),
    /** Staff amended the entry: the latest amendment's code. */
    AMENDMENT("amendment", "amended");

    private final String id;
    private final String words;

    EntrySource(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The stable name in CSV, JSON and summaries. */
    public String id() {
        return id;
    }

    /** For people: "signed out", "amended". */
    public String words() {
        return words;
    }

    /** The source a stable name stands for, as a summary or the hub carries it. */
    public static Optional<EntrySource> fromId(String id) {
        for (EntrySource s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
