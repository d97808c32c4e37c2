package io.gifticon.providers.giftletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known answers from {@code printf %s '<concatenation>' | md5sum}. */
class GiftLetterEncTest {

    @Test
    void shouldHashKeyCidGoodsIdAndCoTidForSendEPin() {
        // printf %s 'testkeytestcidG00001co-20261122-0001' | md5sum
        assertThat(GiftLetterEnc.of("testkey", "testcid", "G00001", "co-20261122-0001"))
                .isEqualTo("96021ea5c928cf40db708debb8cb6f7f");
    }

    @Test
    void shouldHashKeyCidAndOrderIdForCancelStatusAndResend() {
        // printf %s 'testkeytestcidBU4S12R1604001' | md5sum
        assertThat(GiftLetterEnc.of("testkey", "testcid", "BU4S12R1604001"))
                .isEqualTo("9b7f5045be71f4ac20f8a0a0fefc370e");
    }

    @Test
    void shouldBeLowercaseHexOf32Digits() {
        assertThat(GiftLetterEnc.of("testkey", "testcid", "99"))
                .isEqualTo("ede57ea45ab8bd3d5bd683751e90ed1b")
                .matches("[0-9a-f]{32}");
    }
}
