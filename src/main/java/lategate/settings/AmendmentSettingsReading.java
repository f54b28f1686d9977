package lategate.settings;

import java.util.Optional;
import java.util.Set;
import lategate.domain.register.MedicalEvidenceRule;

/**
 * Reads the optional {@code [amendments]} table: whether M (medical or dental appointment) needs
 * the appointment card or letter seen before it is written ({@code m_needs_evidence}, a school's
 * policy, cited by {@code m_evidence_source}). Without the table, M needs no evidence here.
 */
final class AmendmentSettingsReading {

    private AmendmentSettingsReading() {
    }

    /** @param citation how messages cite the school's rule, from {@code m_evidence_source} */
    static MedicalEvidenceRule medicalEvidence(Section root, String citation) {
        Optional<Section> table = root.table("amendments", false);
        if (table.isEmpty()) {
            return MedicalEvidenceRule.NOT_REQUIRED;
        }
        Section a = table.get();
        a.allowOnly(Set.of("m_needs_evidence", "m_evidence_source"));
        boolean required = a.bool("m_needs_evidence", false).orElse(false);
        return required ? new MedicalEvidenceRule(true, citation) : MedicalEvidenceRule.NOT_REQUIRED;
    }
}
