package io.gifticon.providers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Korean numbering plan (전기통신번호관리세칙; KISA's number plan table): valid and invalid numbers of every
 * kind, senders and recipients, and the accepted written forms.
 */
class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} is a sender number ({1})")
    @CsvSource({
        // 지역번호: Seoul 02 + 7 or 8 digits
        "0212345678, AREA",
        "022345678, AREA",
        // 지역번호: every other area code + 7 or 8 digits
        "0311234567, AREA",
        "03123456789, AREA",
        "0321234567, AREA",
        "0332345678, AREA",
        "0412345678, AREA",
        "0422345678, AREA",
        "0432345678, AREA",
        "0442345678, AREA",
        "0512345678, AREA",
        "05123456789, AREA",
        "0522345678, AREA",
        "0532345678, AREA",
        "0542345678, AREA",
        "0552345678, AREA",
        "0612345678, AREA",
        "0622345678, AREA",
        "0632345678, AREA",
        "0642345678, AREA",
        // 전국대표번호 15xx / 16xx / 18xx-xxxx, 8 digits without an area code
        "15880108, REPRESENTATIVE",
        "15447000, REPRESENTATIVE",
        "16001234, REPRESENTATIVE",
        "16661234, REPRESENTATIVE",
        "18001234, REPRESENTATIVE",
        "18991234, REPRESENTATIVE",
        // 인터넷전화 070 + 8 digits
        "07012345678, INTERNET",
        "07087654321, INTERNET",
        // 개인번호 0502–0508 + 7 or 8 digits
        "05021234567, PERSONAL",
        "050512345678, PERSONAL",
        "05081234567, PERSONAL",
        // 수신자부담 080 + 7 or 8 digits
        "0800235000, FREE_CALL",
        "08012345678, FREE_CALL",
        // 이동전화 010 + 8 digits, 011 / 016–019 + 7 or 8 digits
        "01012345678, MOBILE",
        "01098765432, MOBILE",
        "0112345678, MOBILE",
        "01123456789, MOBILE",
        "0162345678, MOBILE",
        "0172345678, MOBILE",
        "0182345678, MOBILE",
        "01923456789, MOBILE"
    })
    void shouldAcceptEveryKindOfTheNumberingPlanAsASender(String digits, PhoneNumbers.Kind kind) {
        assertThat(PhoneNumbers.kindOf(digits)).isEqualTo(kind);
        assertThat(PhoneNumbers.isValidSender(digits)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a number of the plan")
    @ValueSource(
            strings = {
                // area numbers: wrong length, an exchange starting 0, area codes that do not exist
                "02123456",
                "02123456789",
                "0201234567",
                "0311234",
                "0341234567",
                "0451234567",
                "0562345678",
                "0652345678",
                "0212",
                // representative numbers: 7 or 9 digits, prefixes outside 15/16/18
                "1588010",
                "158801080",
                "14001234",
                "17001234",
                "19001234",
                // 070 with 7 digits or 9; 050 outside 0502–0508; 080 with 6 digits
                "0701234567",
                "070123456789",
                "05011234567",
                "05091234567",
                "080123456",
                // mobiles: wrong length, subscriber part starting 0, 012–015
                "0101234567",
                "010123456789",
                "01001234567",
                "01212345678",
                "01512345678",
                // paid information 060, 030, special numbers, foreign, letters, empty
                "0601234567",
                "03012345678",
                "112",
                "114",
                "+821012345678",
                "82101234567",
                "010-abcd-5678",
                "",
                "0000000000"
            })
    void shouldRefuseNumbersOutsideThePlan(String digits) {
        assertThat(PhoneNumbers.isValidSender(digits)).isFalse();
        assertThat(PhoneNumbers.isValidRecipient(digits)).isFalse();
    }

    @ParameterizedTest(name = "{0} can receive a coupon")
    @ValueSource(strings = {"01012345678", "0112345678", "01623456789", "0172345678", "01823456789", "0192345678"})
    void shouldAcceptMobilesAsRecipients(String digits) {
        assertThat(PhoneNumbers.isValidRecipient(digits)).isTrue();
    }

    @ParameterizedTest(name = "{0} cannot receive a coupon")
    @ValueSource(strings = {"0212345678", "15880108", "07012345678", "05051234567", "0800235000", "0311234567"})
    void shouldRefuseEveryNonMobileAsRecipient(String digits) {
        assertThat(PhoneNumbers.isValidSender(digits)).isTrue();
        assertThat(PhoneNumbers.isValidRecipient(digits)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is written {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "010-1234-5678|01012345678",
                "1588-0108|15880108",
                "02-123-4567|021234567",
                "02 1234 5678|0212345678",
                "0505-123-4567|05051234567",
                "070 1234 5678|07012345678",
                "01012345678|01012345678"
            })
    void shouldReadTheWrittenFormsAsDigits(String written, String digits) {
        assertThat(PhoneNumbers.digits(written)).isEqualTo(digits);
    }

    @ParameterizedTest(name = "\"{0}\" is not a written number")
    @ValueSource(
            strings = {
                "-01012345678",
                "010--1234-5678",
                "010-1234-5678-",
                "010.1234.5678",
                "(02)1234-5678",
                "010 -1234",
                "01012345678\u0000",
                "０１０１２３４５６７８",
                "010-1234-5678-9999-0000-1"
            })
    void shouldRefuseOtherSeparatorsAndFullWidthDigits(String written) {
        assertThat(PhoneNumbers.digits(written)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"01012345678, 010****5678", "15880108, 158*0108", "0212345678, 021***5678"})
    void shouldMaskAllButTheFirstThreeAndLastFourDigits(String digits, String masked) {
        assertThat(PhoneNumbers.mask(digits)).isEqualTo(masked);
    }
}
