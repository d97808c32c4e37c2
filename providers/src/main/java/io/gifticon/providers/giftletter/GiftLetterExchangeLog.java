package io.gifticon.providers.giftletter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily exchange log of one day (giftletter-b2c.txt §10): plain text, one redemption a line, fields separated by
 * '|' (the document's own sample shows tabs; both are read). Lines that cannot be read are counted by number, never
 * copied (they may hold a PIN).
 *
 * @param day               the day asked for
 * @param redemptions       the readable lines
 * @param unreadableLines   1-based numbers of the non-blank lines that could not be read
 */
public record GiftLetterExchangeLog(
        LocalDate day, List<GiftLetterRedemption> redemptions, List<Integer> unreadableLines) {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public GiftLetterExchangeLog {
        redemptions = List.copyOf(redemptions);
        unreadableLines = List.copyOf(unreadableLines);
    }

    /** Parses an already decoded body. */
    public static GiftLetterExchangeLog parse(LocalDate day, String body) {
        List<GiftLetterRedemption> redemptions = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        String[] lines = (body == null ? "" : body.replace("\uFEFF", "")).split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            GiftLetterRedemption redemption = line(line);
            if (redemption == null) {
                unreadable.add(i + 1);
            } else {
                redemptions.add(redemption);
            }
        }
        return new GiftLetterExchangeLog(day, redemptions, unreadable);
    }

    /**
     * Decodes the body: by the charset the server declared if any, else UTF-8 when the bytes are valid UTF-8, else
     * EUC-KR (the document declares none; Korean legacy pages are often EUC-KR).
     */
    public static String decode(byte[] body, String declaredCharset) {
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            try {
                return new String(body, Charset.forName(declaredCharset.strip().replace("\"", "")));
            } catch (RuntimeException unknownCharset) {
                // fall through to detection
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, Charset.forName("EUC-KR"));
        }
    }

    private static GiftLetterRedemption line(String line) {
        String[] fields = line.split("\\s*[|\\t]\\s*", 3);
        if (fields.length < 2) {
            return null;
        }
        String pin = fields[0].strip();
        String when = fields[1].replaceAll("[^0-9]", "");
        String branch = fields.length > 2 ? fields[2].strip() : "";
        if (pin.isEmpty() || !pin.matches("[0-9A-Za-z-]+")) {
            return null;
        }
        try {
            if (when.length() == 14) {
                LocalDateTime at = LocalDateTime.parse(when, DATE_TIME);
                return new GiftLetterRedemption(pin, at.toLocalDate(), at, branch);
            }
            if (when.length() == 8) {
                return new GiftLetterRedemption(pin, LocalDate.parse(when, DATE), null, branch);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
