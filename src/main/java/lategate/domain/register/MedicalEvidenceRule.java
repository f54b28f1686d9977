package lategate.domain.register;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;

/**
 * A school's rule that M (medical or dental appointment) is authorised only once the appointment
 * card or letter has been seen: "must be supported by providing the school with sight of, or a copy
 * of, the appointment card or letter - only then will the absence be authorised" (one school's
 * policy, cited from its settings: {@code [amendments] m_needs_evidence}). Where a school has no
 * such rule, M needs no evidence here. It applies wherever staff write M: an amendment and a
 * sign-out.
 *
 * @param required whether M needs evidence at this school
 * @param citation how messages cite the school's rule, e.g. "Attendance Policy §12.2"
 */
public record MedicalEvidenceRule(boolean required, String citation) {

    /** A school whose settings ask for no evidence before M. */
    public static final MedicalEvidenceRule NOT_REQUIRED = new MedicalEvidenceRule(false, "");

    public MedicalEvidenceRule {
        Objects.requireNonNull(citation, "citation");
    }

    /**
     * Why {@code code} cannot be written without evidence, when it is M, the school requires
     * evidence and none was seen. The words say what is missing; the caller says how to give it.
     */
    public Optional<String> refusal(AttendanceCode code, boolean evidenceSeen) {
        if (!required || code != AttendanceCode.M || evidenceSeen) {
            return Optional.empty();
        }
        return Optional.of("M (medical or dental appointment) is authorised only once the appointment card or letter "
                + "has been seen (" + citation + ")");
    }
}
