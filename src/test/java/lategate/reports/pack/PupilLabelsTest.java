package lategate.reports.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PupilLabelsTest {

    @Test
    @DisplayName("labels run A to Z, then AA, AB, … like spreadsheet columns, so every pupil has their own")
    void letters() {
        assertEquals(List.of("A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA"), List.of(0, 1, 25, 26, 51, 52, 701, 702)
                .stream().map(PupilLabels::letters).toList());
    }
}
