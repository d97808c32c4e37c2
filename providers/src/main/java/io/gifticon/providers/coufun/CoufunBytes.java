package io.gifticon.providers.coufun;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/** COUFUN length limits are bytes of EUC-KR (coufun-cancel.md §4 "최대길이 10byte"), not characters. */
public final class CoufunBytes {
    public static final Charset EUC_KR = Charset.forName("EUC-KR");

    private CoufunBytes() {}

    /** The EUC-KR length of {@code value}, or -1 when EUC-KR cannot encode it. */
    public static int length(String value) {
        CharsetEncoder encoder = EUC_KR.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return encoder.encode(CharBuffer.wrap(value)).remaining();
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    /** Adds a problem unless {@code value} is present and at most {@code max} EUC-KR bytes. */
    static void required(List<String> problems, String name, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(name + " is required");
            return;
        }
        int length = length(value);
        if (length < 0) {
            problems.add(name + " has characters EUC-KR cannot encode");
        } else if (length > max) {
            problems.add(name + " must be at most " + max + " bytes in EUC-KR (is " + length + ")");
        }
    }
}
