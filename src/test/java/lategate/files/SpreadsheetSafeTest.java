package lategate.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cell a spreadsheet would run as a formula is written as text; anything else as it is. */
class SpreadsheetSafeTest {

    @Test
    @DisplayName("a formula such as =HYPERLINK(...) gets a leading quote so it shows as text")
    void formulaBecomesText() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetSafe.cell("=HYPERLINK(\"http://x\")"));
    }

    @Test
    @DisplayName("a phone number starting with + gets a leading quote, as a spreadsheet would compute it")
    void plusBecomesText() {
        assertEquals("'+44 7700", SpreadsheetSafe.cell("+44 7700"));
    }

    @Test
    @DisplayName("a cell starting with - gets a leading quote, even when it is a number")
    void minusBecomesText() {
        assertEquals("'-5", SpreadsheetSafe.cell("-5"));
    }

    @Test
    @DisplayName("a cell starting with @ gets a leading quote, as Excel reads @SUM(A1) as a function")
    void atBecomesText() {
        assertEquals("'@SUM(A1)", SpreadsheetSafe.cell("@SUM(A1)"));
    }

    @Test
    @DisplayName("a cell starting with a tab or a carriage return gets a leading quote")
    void tabAndCarriageReturnBecomeText() {
        assertEquals("'\t=1+1", SpreadsheetSafe.cell("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetSafe.cell("\r=1+1"));
    }

    @ParameterizedTest(name = "\"{0}\" is unchanged")
    @ValueSource(strings = {"O'Neill", "Zoë", "", "Nguyễn, Thị", "1+1", "a=b", "Bus late - M road", "PSA001"})
    @DisplayName("names, text and formula characters after the first are left as they are")
    void ordinaryCellsUnchanged(String value) {
        assertEquals(value, SpreadsheetSafe.cell(value));
    }

    @Test
    @DisplayName("a missing value is refused rather than written as the word null")
    void nullRefused() {
        assertThrows(NullPointerException.class, () -> SpreadsheetSafe.cell(null));
    }
}
