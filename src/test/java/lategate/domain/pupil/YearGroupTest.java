package lategate.domain.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Year groups as MIS exports write them, kept as the School Census writes an NC year group (DfE, School Census
 * business and technical specification, "NC year group actual": R, 1 to 14).
 */
class YearGroupTest {

    @ParameterizedTest(name = "\"{0}\" is year {1}")
    @CsvSource({"Year 3,3", "Y3,3", "Yr 3,3", "3,3", "Year 03,3", "year 3,3", "YEAR3,3", "Y 3,3", "NCY 3,3",
            "11,11", "Year 13,13", "14,14", "Reception,R", "Rec,R", "R,R", "YR,R", "r,R", "Year R,R", "Y R,R"})
    @DisplayName("however the MIS writes a year group, lategate keeps the School Census's R or 1 to 14")
    void normalised(String written, String kept) {
        assertEquals(Optional.of(kept), YearGroup.read(written));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"0", "15", "Year Seven", "3N", "X", "Year", "Y", "", "Year 3B", "Nursery", "N1", "N2"})
    @DisplayName("anything that is not R or a year from 1 to 14 is refused, never kept as typed")
    void refused(String written) {
        assertEquals(Optional.empty(), YearGroup.read(written));
    }

    @ParameterizedTest(name = "\"{0}\" is named a nursery year")
    @ValueSource(strings = {"Nursery", "N1", "N2", "Nursery 2"})
    @DisplayName("a nursery year (the Census's N1 and N2) is refused with the reason: below compulsory school age")
    void nurseryNamed(String written) {
        assertTrue(YearGroup.whyNot(written).contains("is a nursery year"), YearGroup.whyNot(written));
    }
}
