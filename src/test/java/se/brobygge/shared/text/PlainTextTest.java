package se.brobygge.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void aLineLosesControlCharactersAndLineBreaksBecomeSpaces() {
        assertThat(PlainText.line("Ali\u0000ce")).isEqualTo("Alice");
        assertThat(PlainText.line(" Amal\u0007\u001B[31m \u007F\u0085Hassan\u009B "))
                .isEqualTo("Amal[31m  Hassan");
        assertThat(PlainText.line("Första raden\r\nandra\tkolumn")).isEqualTo("Första raden andra kolumn");
    }

    @Test
    void aTextKeepsLineBreaksAndTabsAndUnifiesCarriageReturns() {
        assertThat(PlainText.text("Hej!\r\n\tRad två\rRad tre\u0000\u0008")).isEqualTo("Hej!\n\tRad två\nRad tre");
    }

    @Test
    void lettersOfEveryScriptAndBidiMarksStay() {
        String arabic = "\u2067مرحبا\u2069 Åsa \u200Fé";
        assertThat(PlainText.line(arabic)).isEqualTo(arabic);
        assertThat(PlainText.text(arabic)).isEqualTo(arabic);
    }
}
