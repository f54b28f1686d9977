package lategate.domain.movement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.NameMatch;

/**
 * Who may take a pupil out of school (docs/domain.md, "Safeguarding at sign-out"; the school's
 * policy on signing out, cited from its settings, e.g. "collected from the school office by the
 * parent or another authorised adult ... No pupil will be allowed to leave the school site without
 * parental confirmation"; and "Keeping children safe in education", to which the policies have
 * regard). A pupil leaves only with an adult listed as may collect, or with someone else whom a
 * listed adult who may collect has confirmed by phone. An adult listed as may not collect never
 * collects and never confirms, and the collector never confirms themself.
 *
 * <p>Names are matched with {@link NameMatch#sameName}: case, spaces, accents, apostrophes and
 * hyphens are ignored, so "pat begum" cannot slip past a refusal meant for "Pat Begum". Where
 * the list holds one name both as may collect and as may not collect, may not collect stands.
 * A nickname ("Gran" for "Margaret Begum") is not a match: the form shows every adult listed as
 * may not collect in words, for staff to read.
 *
 * @param citation how messages cite the school's rule on signing out, e.g. "Attendance Policy §12.2"
 */
public record CollectionRule(String citation) {

    public CollectionRule {
        Objects.requireNonNull(citation, "citation");
    }

    /**
     * The adults listed for one pupil, as the rule reads them.
     *
     * @param pupil  the pupil in words for a message, by id (a refusal reaches standard error), e.g. "pupil P1042"
     * @param source where the list came from, for a refusal to name, e.g. "contacts.csv, imported
     *               2026-09-01 with 'lategate contacts import'"
     */
    public record Listed(String pupil, List<AuthorisedAdult> adults, String source) {
        public Listed {
            Objects.requireNonNull(pupil, "pupil");
            Objects.requireNonNull(source, "source");
            adults = List.copyOf(adults);
        }

        /** The adults listed as may collect, in the family's order. */
        public List<AuthorisedAdult> mayCollect() {
            return adults.stream().filter(AuthorisedAdult::mayCollect).toList();
        }

        /** The adults listed as may not collect: those marked do not release first, each in the family's order. */
        public List<AuthorisedAdult> mayNotCollect() {
            return java.util.stream.Stream.concat(adults.stream().filter(AuthorisedAdult::doNotRelease),
                    adults.stream().filter(a -> !a.mayCollect() && !a.doNotRelease())).toList();
        }

        /**
         * The listed adult this name is: when the list holds the name more than once, do not release
         * first, then may not collect, so the stricter listing always stands.
         */
        public Optional<AuthorisedAdult> named(String name) {
            List<AuthorisedAdult> found = adults.stream().filter(a -> NameMatch.sameName(a.name(), name)).toList();
            return found.stream().filter(AuthorisedAdult::doNotRelease).findFirst()
                    .or(() -> found.stream().filter(a -> !a.mayCollect()).findFirst())
                    .or(() -> found.stream().findFirst());
        }
    }

    /**
     * What staff say about a collection.
     *
     * @param collector    who is collecting, as typed or as listed
     * @param relationship how they are related, for someone not listed (a listed adult's comes from the list)
     * @param confirmedBy  the listed adult who confirmed by phone, when the collector is not listed as may collect
     * @param confirmedAt  when they confirmed
     */
    public record Request(String collector, String relationship, Optional<String> confirmedBy, Instant confirmedAt) {
        public Request {
            Objects.requireNonNull(collector, "collector");
            Objects.requireNonNull(relationship, "relationship");
            Objects.requireNonNull(confirmedBy, "confirmedBy");
            Objects.requireNonNull(confirmedAt, "confirmedAt");
        }
    }

    /** What the rule makes of a request: the collection to record, or why not. */
    public sealed interface Outcome permits Allowed, Refused {
    }

    public record Allowed(Collection collection) implements Outcome {
    }

    /**
     * @param missing what the request lacks, when that is all that stands in the way, so a form or
     *                a command can ask for it
     */
    public record Refused(String why, Missing missing) implements Outcome {
        public Refused {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(missing, "missing");
        }
    }

    /** What a refused request lacks: nothing it could add (the adult may not), a confirmation, or a relationship. */
    public enum Missing {
        NOTHING, CONFIRMATION, RELATIONSHIP
    }

    /**
     * Allowed with the listed adult who may collect, or with someone else and the listed adult
     * who may collect who confirmed by phone; refused otherwise. A confirmation given for a
     * collector listed as may collect is still checked, so a wrong one is never taken in silence,
     * but is not needed and not recorded.
     */
    public Outcome decide(Listed listed, Request request) {
        String collector = request.collector().strip();
        if (NameMatch.fold(collector).isEmpty()) {
            return new Refused("name who is collecting " + listed.pupil(), Missing.NOTHING);
        }
        Optional<String> refusal = collectorRefusal(listed, collector);
        if (refusal.isPresent()) {
            return new Refused(refusal.get(), Missing.NOTHING);
        }
        Optional<AuthorisedAdult> listedCollector = listed.named(collector);
        if (request.confirmedBy().isPresent()) {
            Optional<String> wrong = confirmerRefusal(listed, collector, request.confirmedBy().get());
            if (wrong.isPresent()) {
                return new Refused(wrong.get(), Missing.NOTHING);
            }
        }
        if (listedCollector.isPresent()) {
            AuthorisedAdult adult = listedCollector.get();
            return new Allowed(new Collection(adult.name(), adult.relationship(), true, Optional.empty()));
        }
        if (request.confirmedBy().isEmpty()) {
            return new Refused(collector + " is not listed for " + listed.pupil() + " as someone who may collect ("
                    + listed.source() + "): a parent on the list who may collect (" + names(listed.mayCollect())
                    + ") must confirm by phone before the pupil leaves (" + citation
                    + ": no pupil leaves without parental confirmation)", Missing.CONFIRMATION);
        }
        if (request.relationship().isBlank()) {
            return new Refused("say how " + collector + " is related to " + listed.pupil(), Missing.RELATIONSHIP);
        }
        AuthorisedAdult confirmer = listed.named(request.confirmedBy().get()).orElseThrow();
        return new Allowed(new Collection(collector, request.relationship().strip(), false,
                Optional.of(new Collection.PhoneConfirmation(confirmer.name(), request.confirmedAt()))));
    }

    /**
     * Why {@code collector} may never collect the pupil, when they are listed as may not collect:
     * "DO NOT RELEASE ...", naming the adult, the pupil, where the listing came from and who may
     * collect instead.
     */
    public Optional<String> collectorRefusal(Listed listed, String collector) {
        return listed.named(collector).filter(a -> !a.mayCollect()).map(a -> doNotRelease(a) + " for "
                + listed.pupil() + " (" + listed.source() + "); "
                + (a.doNotRelease() ? "an adult marked do not release is never given the pupil, whoever confirms"
                        : "an adult listed as may not collect never collects")
                + " (" + citation + "); " + mayCollectInstead(listed));
    }

    /**
     * The warning a form shows in full for an adult listed as may not collect. For one marked do not
     * release it says, in words no one can miss, that the pupil is never handed over and whom to
     * tell: such a mark stands for a court order or a safeguarding instruction, not a family's wish.
     */
    public static String doNotRelease(AuthorisedAdult adult) {
        String who = "DO NOT RELEASE to " + adult.name() + " (" + adult.relationship() + "): ";
        return adult.doNotRelease()
                ? who + "NEVER to be given the pupil (a court order or safeguarding instruction): keep the pupil in "
                        + "school and tell the designated safeguarding lead now"
                : who + "listed as may not collect";
    }

    /** Who may confirm someone else collecting by phone: the adults listed as may collect, but never the collector. */
    public static List<AuthorisedAdult> mayConfirm(Listed listed, String collector) {
        return listed.mayCollect().stream().filter(a -> !NameMatch.sameName(a.name(), collector)).toList();
    }

    private Optional<String> confirmerRefusal(Listed listed, String collector, String confirmedBy) {
        String confirmer = confirmedBy.strip();
        if (NameMatch.fold(confirmer).isEmpty()) {
            return Optional.of("name the parent on the list who confirmed by phone");
        }
        if (NameMatch.sameName(confirmer, collector)) {
            return Optional.of(confirmer + " is the collector: the collector never confirms their own collection of "
                    + listed.pupil() + " (" + citation + ": no pupil leaves without parental confirmation); "
                    + "another adult on the list who may collect must confirm by phone ("
                    + names(mayConfirm(listed, collector)) + ")");
        }
        Optional<AuthorisedAdult> adult = listed.named(confirmer);
        if (adult.isEmpty()) {
            return Optional.of(confirmer + " is not listed for " + listed.pupil() + " (" + listed.source()
                    + "): a confirmation by phone must come from an adult on the list who may collect ("
                    + names(mayConfirm(listed, collector)) + ") (" + citation + ")");
        }
        if (!adult.get().mayCollect()) {
            return Optional.of(adult.get().name() + " (" + adult.get().relationship() + ") is listed for "
                    + listed.pupil() + " as " + (adult.get().doNotRelease() ? "do not release" : "may not collect")
                    + " (" + listed.source() + "), so cannot confirm that "
                    + collector + " may: an adult listed as may not collect never confirms (" + citation + "); "
                    + "ask one who may collect (" + names(mayConfirm(listed, collector)) + ")");
        }
        return Optional.empty();
    }

    private static String mayCollectInstead(Listed listed) {
        return listed.mayCollect().isEmpty() ? "nobody on the list may collect"
                : "listed as may collect: " + names(listed.mayCollect());
    }

    private static String names(List<AuthorisedAdult> adults) {
        return adults.isEmpty() ? "nobody on the list may" : adults.stream()
                .map(a -> a.name() + ", " + a.relationship() + (a.phones().isEmpty() ? "" : ", " + a.phonesInWords()))
                .collect(Collectors.joining("; "));
    }
}
