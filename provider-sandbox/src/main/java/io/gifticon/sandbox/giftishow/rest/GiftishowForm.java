package io.gifticon.sandbox.giftishow.rest;

import io.gifticon.sandbox.giftishow.GiftishowCode;
import io.gifticon.sandbox.giftishow.GiftishowException;
import io.vertx.core.MultiMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The parameters of one Giftishow request: the form fields, with query parameters as a fallback. */
final class GiftishowForm {

    private final Map<String, String> values;

    private GiftishowForm(Map<String, String> values) {
        this.values = values;
    }

    static GiftishowForm of(MultivaluedMap<String, String> body, MultiMap query) {
        Map<String, String> values = new HashMap<>();
        if (query != null) {
            query.forEach(e -> values.putIfAbsent(e.getKey(), e.getValue()));
        }
        if (body != null) {
            body.forEach((name, list) -> {
                if (list != null && !list.isEmpty()) {
                    values.put(name, list.get(0));
                }
            });
        }
        return new GiftishowForm(values);
    }

    static GiftishowForm of(Map<String, String> values) {
        return new GiftishowForm(new HashMap<>(values));
    }

    /** The value, or empty when the field is absent or blank. */
    Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The value; giftishow-biz-api.txt 부록 1 ERR0201 when absent ("필수 파라미터가 누락되었습니다"). */
    String required(String name) {
        return optional(name).orElseThrow(() -> new GiftishowException(GiftishowCode.ERR0201));
    }
}
