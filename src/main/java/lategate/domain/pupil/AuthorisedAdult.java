package lategate.domain.pupil;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An adult the family lists for a pupil, with how they relate to the pupil. Being listed is not
 * enough to take the pupil out: only an adult who {@code mayCollect} may collect them from the
 * office (docs/domain.md, "Safeguarding at sign-out": collected from the school office by a parent or
 * another authorised adult), and such an adult always has a phone number, so the school can ring them.
 *
 * <p>An adult marked {@code doNotRelease} must never be given the pupil: the school holds an
 * instruction, such as a court order, that this person may not take the child (the DfE's
 * "Understanding and dealing with issues relating to parental responsibility": a school treats every
 * parent alike unless a court order limits one). It is the stronger form of may not collect: such
 * an adult never may collect, and the warning says why in words no one can miss.
 *
 * @param relationship           as the family wrote it: "mother", "grandfather", "childminder"
 * @param phones                 in the family's order, as written with their labels; empty only for an
 *                               adult who may not collect
 * @param parentalResponsibility whether the adult holds parental responsibility for the pupil; empty when
 *                               the school's file does not say
 */
public record AuthorisedAdult(String pupilId, String name, String relationship, boolean mayCollect,
                              List<Phone> phones, Optional<Boolean> parentalResponsibility,
                              boolean doNotRelease) {

    public AuthorisedAdult {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(parentalResponsibility, "parentalResponsibility");
        phones = List.copyOf(phones);
        if (name.isBlank()) {
            throw new IllegalArgumentException("an authorised adult has a name");
        }
        if (mayCollect && phones.isEmpty()) {
            throw new IllegalArgumentException(name + " may collect " + pupilId + " but has no phone number");
        }
        if (mayCollect && doNotRelease) {
            throw new IllegalArgumentException(name + " cannot both collect " + pupilId + " and be one the pupil is "
                    + "never released to");
        }
    }

    /** An adult with at most one unlabelled phone, parental responsibility not recorded, not marked do not release. */
    public AuthorisedAdult(String pupilId, String name, String relationship, boolean mayCollect,
                           Optional<String> phone) {
        this(pupilId, name, relationship, mayCollect,
                phone.filter(p -> !p.isBlank()).map(Phone::of).stream().toList(), Optional.empty(), false);
    }

    /** The first number listed, the one rung first. */
    public Optional<String> phone() {
        return phones.stream().findFirst().map(Phone::number);
    }

    /** Every number with its label, "07700 900125 (mobile), 01632 960001 (work)"; empty when there is none. */
    public String phonesInWords() {
        return String.join(", ", phones.stream().map(Phone::inWords).toList());
    }
}
