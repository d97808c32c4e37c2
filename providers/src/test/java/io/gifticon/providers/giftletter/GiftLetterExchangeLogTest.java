package io.gifticon.providers.giftletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.providers.Samples;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** giftletter-b2c.txt §10.2: one redemption a line, PIN | time | branch. */
class GiftLetterExchangeLogTest {
    private static final LocalDate DAY = LocalDate.of(2015, 2, 21);

    @Test
    void shouldReadTheDocumentSampleWithItsTabs() {
        GiftLetterExchangeLog log = GiftLetterExchangeLog.parse(DAY, Samples.text("giftletter/exchange-daily.txt"));

        assertThat(log.redemptions()).hasSize(10);
        assertThat(log.unreadableLines()).isEmpty();
        GiftLetterRedemption first = log.redemptions().get(0);
        assertThat(first.pin()).isEqualTo("910587397432");
        assertThat(first.redeemedAt()).isEqualTo(LocalDateTime.of(2015, 2, 21, 15, 12, 3));
        assertThat(first.branch()).isEqualTo("광주영주");
        assertThat(log.redemptions().get(9).branch()).isEqualTo("부산대");
    }

    @Test
    void shouldReadPipesBareDatesBlankLinesAndStrayWhitespace() {
        String body = "\uFEFF910587397432|20150221151203|광주영주\r\n"
                + "\r\n"
                + "   910587731646 | 20150221 | 금정 이마트  \n"
                + "910587901351|20150221165614|\n"
                + "910587994507|20150221183134\n"
                + "   \n";

        GiftLetterExchangeLog log = GiftLetterExchangeLog.parse(DAY, body);

        assertThat(log.redemptions()).hasSize(4);
        assertThat(log.redemptions().get(1).pin()).isEqualTo("910587731646");
        assertThat(log.redemptions().get(1).date()).isEqualTo(DAY);
        assertThat(log.redemptions().get(1).redeemedAt()).isNull();
        assertThat(log.redemptions().get(1).branch()).isEqualTo("금정 이마트");
        assertThat(log.redemptions().get(2).branch()).isEmpty();
        assertThat(log.redemptions().get(3).branch()).isEmpty();
    }

    @Test
    void shouldCountUnreadableLinesWithoutCopyingThem() {
        GiftLetterExchangeLog log = GiftLetterExchangeLog.parse(
                DAY, "910587397432|20150221151203|a\nnot a line\n910587397433|2015-13-45|b\n910587397434|x|c\n");

        assertThat(log.redemptions()).hasSize(1);
        assertThat(log.unreadableLines()).containsExactly(2, 3, 4);
    }

    @Test
    void shouldReadAnEmptyDay() {
        assertThat(GiftLetterExchangeLog.parse(DAY, "").redemptions()).isEmpty();
        assertThat(GiftLetterExchangeLog.parse(DAY, "\n\n").unreadableLines()).isEmpty();
    }

    @Test
    void shouldDecodeByTheDeclaredCharsetElseUtf8ElseEucKr() {
        String line = "910587397432|20150221151203|광주영주";
        Charset eucKr = Charset.forName("EUC-KR");

        assertThat(GiftLetterExchangeLog.decode(line.getBytes(eucKr), "euc-kr")).isEqualTo(line);
        assertThat(GiftLetterExchangeLog.decode(line.getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(line);
        assertThat(GiftLetterExchangeLog.decode(line.getBytes(eucKr), null)).isEqualTo(line);
    }

    @Test
    void shouldNeverPrintAPin() {
        GiftLetterRedemption redemption = GiftLetterExchangeLog.parse(DAY, "910587397432|20150221|x")
                .redemptions()
                .get(0);
        assertThat(redemption.toString()).doesNotContain("910587397432").contains("****7432");
    }
}
