package lategate.domain.codes;

import static lategate.domain.codes.StatisticalCategory.APPROVED_EDUCATIONAL_ACTIVITY;
import static lategate.domain.codes.StatisticalCategory.AUTHORISED_ABSENCE;
import static lategate.domain.codes.StatisticalCategory.NOT_COUNTED;
import static lategate.domain.codes.StatisticalCategory.PRESENT;
import static lategate.domain.codes.StatisticalCategory.UNAUTHORISED_ABSENCE;

import java.util.Optional;

/**
 * The national attendance codes, 2024 set (School Attendance (Pupil Registration) (England)
 * Regulations 2024), as schools' policies list them (docs/domain.md, "Attendance codes"). Q and Y1-Y7 ("unable to
 * attend because of unavoidable causes") and D (dual registered, an administrative code) are not
 * counted as possible sessions under the 2024 code set; docs/domain.md names only the Y codes there.
 * Where a code may be written is in {@code lategate.domain.register.CodeRules}.
 */
public enum AttendanceCode {
    PRESENT_AM("/", "Present in the morning session", PRESENT),
    PRESENT_PM("\\", "Present in the afternoon session", PRESENT),
    L("L", "Late arrival before the register has closed", PRESENT),

    K("K", "Attending education provision arranged by the local authority", APPROVED_EDUCATIONAL_ACTIVITY),
    V("V", "Attending an educational visit or trip", APPROVED_EDUCATIONAL_ACTIVITY),
    P("P", "Participating in a supervised sporting activity", APPROVED_EDUCATIONAL_ACTIVITY),
    W("W", "Attending work experience", APPROVED_EDUCATIONAL_ACTIVITY),
    B("B", "Attending any other approved supervised educational activity", APPROVED_EDUCATIONAL_ACTIVITY),

    C1("C1", "Leave of absence: regulated performance or regulated employment abroad", AUTHORISED_ABSENCE),
    M("M", "Leave of absence: medical or dental appointment", AUTHORISED_ABSENCE),
    J1("J1", "Leave of absence: interview for employment or admission to another institution", AUTHORISED_ABSENCE),
    S("S", "Leave of absence: study leave for a public examination", AUTHORISED_ABSENCE),
    C2("C2", "Leave of absence: part-time timetable", AUTHORISED_ABSENCE),
    C("C", "Leave of absence: exceptional circumstances", AUTHORISED_ABSENCE),
    T("T", "Parent travelling for occupational purposes", AUTHORISED_ABSENCE),
    R("R", "Religious observance", AUTHORISED_ABSENCE),
    I("I", "Illness (not a medical or dental appointment)", AUTHORISED_ABSENCE),
    E("E", "Suspended or permanently excluded, no alternative provision made", AUTHORISED_ABSENCE),

    G("G", "Holiday not granted by the school", UNAUTHORISED_ABSENCE),
    N("N", "Reason for absence not yet provided", UNAUTHORISED_ABSENCE),
    O("O", "Absent in other or unknown circumstances", UNAUTHORISED_ABSENCE),
    U("U", "Arrived in school after registers closed", UNAUTHORISED_ABSENCE),

    X("X", "Non-compulsory school age pupil not required to attend", NOT_COUNTED),
    Q("Q", "Unable to attend: lack of access arrangements", NOT_COUNTED),
    Y1("Y1", "Unable to attend: transport normally provided not available", NOT_COUNTED),
    Y2("Y2", "Unable to attend: widespread disruption to travel", NOT_COUNTED),
    Y3("Y3", "Unable to attend: part of the school premises closed", NOT_COUNTED),
    Y4("Y4", "Unable to attend: whole school site unexpectedly closed", NOT_COUNTED),
    Y5("Y5", "Unable to attend: in criminal justice detention", NOT_COUNTED),
    Y6("Y6", "Unable to attend: public health guidance or law", NOT_COUNTED),
    Y7("Y7", "Unable to attend: any other unavoidable cause", NOT_COUNTED),
    D("D", "Dual registered: at another school", NOT_COUNTED),
    Z("Z", "Prospective pupil not on the admission register", NOT_COUNTED),
    CLOSED("#", "Planned whole or partial school closure", NOT_COUNTED);

    private final String code;
    private final String meaning;
    private final StatisticalCategory category;

    AttendanceCode(String code, String meaning, StatisticalCategory category) {
        this.code = code;
        this.meaning = meaning;
        this.category = category;
    }

    /** The code as written in the register, e.g. "L", "C1", "#". */
    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public StatisticalCategory category() {
        return category;
    }

    public boolean authorisesAbsence() {
        return category == AUTHORISED_ABSENCE;
    }

    public static Optional<AttendanceCode> fromCode(String code) {
        for (AttendanceCode c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
