package lategate.reports.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    @DisplayName("markup, ampersands and both quotes are escaped; accents and emoji pass through")
    void escapes() {
        assertEquals("&lt;b&gt;Zoë &amp; &quot;Bo&quot;&lt;/b&gt;", Html.escape("<b>Zoë & \"Bo\"</b>"));
        assertEquals("O&#39;Neill", Html.escape("O'Neill"));
        assertEquals("Nguyễn 😀", Html.escape("Nguyễn 😀"));
        assertEquals("&amp;amp;", Html.escape("&amp;"), "escaped once more, never taken as already escaped");
    }

    @Test
    @DisplayName("characters HTML forbids become U+FFFD; tab and newline stay")
    void forbidden() {
        assertEquals("a\ufffdb\tc\nd\ufffd\ufffd", Html.escape("a\u0000b\tc\nd\ud800\u007f"));
    }
}
