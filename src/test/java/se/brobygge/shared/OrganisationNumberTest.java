package se.brobygge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Organisation numbers of associations and employers: the check digit, the form, and what is not one. */
class OrganisationNumberTest {

    @Test
    void acceptsRealNumbersInTheirUsualFormsAndWritesThemWithTheHyphen() {
        // Skatteverket 202100-5448, Riksidrottsförbundet 802003-6284 (a non-profit association)
        assertThat(OrganisationNumber.normalise("202100-5448")).contains("202100-5448");
        assertThat(OrganisationNumber.normalise("2021005448")).contains("202100-5448");
        assertThat(OrganisationNumber.normalise(" 802003-6284 ")).contains("802003-6284");
        assertThat(OrganisationNumber.normalise("202100 5448")).contains("202100-5448");
        assertThat(OrganisationNumber.normalise("16202100-5448"))
                .as("twelve digits, prefix 16")
                .contains("202100-5448");
        assertThat(OrganisationNumber.normalise("162021005448")).contains("202100-5448");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "202100-5449",
                "802003-6285",
                "12345",
                "20210-05448",
                "abcdef-ghij",
                "",
                "202100--5448",
                "17202100-5448",
                "2021-00-5448",
                "202100-54480"
            })
    void refusesWrongCheckDigitOrFormat(String input) {
        assertThat(OrganisationNumber.normalise(input)).isEmpty();
        assertThat(OrganisationNumber.isValid(input)).isFalse();
    }

    @Test
    void refusesPersonalIdentityNumbersWhoseThirdDigitIsBelowTwo() {
        // 811218-9876 passes the Luhn check but is a personal identity number (month 12)
        assertThat(OrganisationNumber.luhnValid("8112189876")).isTrue();
        assertThat(OrganisationNumber.isValid("811218-9876")).isFalse();
    }
}
