package io.gifticon.sandbox.pbt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reply envelope of every PBT message (pbt-pos-integration.txt §2.2):
 * {@code {status, result, timestamp, data:{errorCode, errorMsg, errorMsgUser, ...}}}.
 */
public record PbtEnvelope(String status, String result, String timestamp, Map<String, Object> data) {

    public static PbtEnvelope ok(Instant now, Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("errorCode", 200);
        data.put("errorMsg", "OK");
        data.put("errorMsgUser", "OK");
        data.putAll(fields);
        return new PbtEnvelope("200", "OK", String.valueOf(now.getEpochSecond()), data);
    }

    public static PbtEnvelope error(Instant now, PbtError error, Map<String, Object> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("errorCode", error.code());
        data.put("errorMsg", error.message());
        data.put("errorMsgUser", error.userMessage());
        data.putAll(fields);
        return new PbtEnvelope(error.status(), error.message(), String.valueOf(now.getEpochSecond()), data);
    }
}
