package lategate.domain.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The 2024 national codes, as listed in PSA Appendix 1 and Oak Meadow §7. */
class NationalCodesTest {

    @Test
    @DisplayName("L counts as present and U as unauthorised absence (PSA Appendix 1)")
    void lateCodesAndTheirCategories() {
        assertEquals(StatisticalCategory.PRESENT, AttendanceCode.L.category());
        assertEquals(StatisticalCategory.UNAUTHORISED_ABSENCE, AttendanceCode.U.category());
        assertEquals(StatisticalCategory.AUTHORISED_ABSENCE, AttendanceCode.M.category());
        assertEquals(StatisticalCategory.AUTHORISED_ABSENCE, AttendanceCode.I.category());
        assertEquals(StatisticalCategory.AUTHORISED_ABSENCE, AttendanceCode.C.category());
    }

    @Test
    @DisplayName("every code Oak Meadow §7 lists is known, written as the register writes it")
    void oakMeadowListIsCovered() {
        Set<String> known = Arrays.stream(AttendanceCode.values()).map(AttendanceCode::code).collect(Collectors.toSet());
        for (String code : "# / \\ L C C1 C2 E J1 I M K R B G O U N X T Q V P D Y2 Y3 Y4 Y5 Y6 Y7 Z".split(" ")) {
            assertTrue(known.contains(code), "missing code " + code);
        }
    }

    @Test
    @DisplayName("G, N, O and U are the unauthorised codes; X, Z, #, Q, D and the Y codes are not counted (2024 code set)")
    void categoriesFromTheBrief() {
        Set<String> unauthorised = Arrays.stream(AttendanceCode.values())
                .filter(c -> c.category() == StatisticalCategory.UNAUTHORISED_ABSENCE)
                .map(AttendanceCode::code).collect(Collectors.toSet());
        assertEquals(Set.of("G", "N", "O", "U"), unauthorised);
        for (String code : new String[] {"X", "Z", "#", "Y1", "Y7", "Q", "D"}) {
            assertEquals(StatisticalCategory.NOT_COUNTED, AttendanceCode.fromCode(code).orElseThrow().category(), code);
        }
        assertEquals(AttendanceCode.CLOSED, AttendanceCode.fromCode("#").orElseThrow());
    }
}
