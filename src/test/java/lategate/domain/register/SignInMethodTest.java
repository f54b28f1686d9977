package lategate.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import lategate.app.ScanOrigin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The four ways an arrival is made, told apart where it comes in (docs/receptionist.md, "How a sign-in was made"). */
class SignInMethodTest {

    @Test
    @DisplayName("a serial scanner and the wedge's burst are scans, keys typed one at a time are typed, no scanner is the office")
    void fromWhereTheCodeCame() {
        assertEquals(SignInMethod.SCAN, ScanOrigin.scanner("gate", "late gate").method());
        assertEquals(SignInMethod.SCAN, ScanOrigin.scanner("gate", "keyboard").method());
        assertEquals(SignInMethod.TYPED, ScanOrigin.scanner("gate", ScanOrigin.TYPED).method());
        assertEquals(SignInMethod.OFFICE, ScanOrigin.noScanner("office").method());
        assertEquals("pupil (code typed at the kiosk)", ScanOrigin.scanner("gate", ScanOrigin.TYPED).pupilRecorder());
        assertEquals("pupil (badge scan)", ScanOrigin.scanner("gate", "keyboard").pupilRecorder());
    }

    @Test
    @DisplayName("an arrival held under a questioned clock keeps how it was made, from who the kiosk said recorded it")
    void heldArrivals() {
        assertEquals(SignInMethod.TYPED, SignInMethod.ofKioskRecorder("pupil (code typed at the kiosk); clock questioned, "
                + "time confirmed by Jo Bloggs"));
        assertEquals(SignInMethod.SCAN, SignInMethod.ofKioskRecorder("pupil (badge scan); clock questioned"));
        assertEquals(SignInMethod.STAFF, SignInMethod.ofKioskRecorder("Jo Bloggs, Office Manager; clock questioned"));
        assertEquals(Optional.of(SignInMethod.OFFICE), SignInMethod.ofId("office"));
        assertEquals(Optional.empty(), SignInMethod.ofId("fax"));
    }
}
