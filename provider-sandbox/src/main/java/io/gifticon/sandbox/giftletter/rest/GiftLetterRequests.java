package io.gifticon.sandbox.giftletter.rest;

import io.gifticon.sandbox.giftletter.GiftLetterCode;
import io.gifticon.sandbox.giftletter.GiftLetterException;
import io.gifticon.sandbox.giftletter.config.GiftLetterConfig;
import io.gifticon.sandbox.giftletter.coupon.SendEPinCommand;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The GiftLetter parameter checks (giftletter-b2c.txt §3.1–§8.1): presence, lengths, digits, cid and enc. */
@ApplicationScoped
public class GiftLetterRequests {

    private static final Pattern MOBILE = Pattern.compile("01[016789]\\d{7,8}");
    private static final Pattern DIGITS = Pattern.compile("\\d{8,12}");
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9]{1,16}");

    private final GiftLetterConfig config;

    public GiftLetterRequests(GiftLetterConfig config) {
        this.config = config;
    }

    /** §3.1, checked in this order: presence, cid/enc (A001), count (P003), lengths (P001), mdn (P002), receive_tel (P001). */
    public SendEPinCommand sendEPin(MultiMap query) {
        String goodsId = required(query, "goods_id", 20);
        String coTid = required(query, "co_tid", 30);
        authenticate(query, goodsId + coTid);
        String count = required(query, "count", 10);
        if (!count.chars().allMatch(Character::isDigit)) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
        if (Integer.parseInt(count) != 1) {
            throw new GiftLetterException(GiftLetterCode.P003); // "기본값 1 고정"
        }
        String title = required(query, "title", 40);
        String content = required(query, "content", 500);
        String mdn = required(query, "mdn", 13);
        String receiveTel = required(query, "receive_tel", 13);
        String reserved = optional(query, "reserved", 20);
        if (!MOBILE.matcher(mdn).matches()) {
            throw new GiftLetterException(GiftLetterCode.P002);
        }
        if (!DIGITS.matcher(receiveTel).matches()) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
        return new SendEPinCommand(goodsId, title, content, mdn, receiveTel, coTid, reserved);
    }

    /** §4.1 / §5.1 / §6.1: enc = MD5(key + cid + order_id). */
    public String orderId(MultiMap query) {
        String orderId = required(query, "order_id", 16);
        authenticate(query, orderId);
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
        return orderId;
    }

    /** §6.1: send_type "D" only, msg ≤ 20. */
    public void resendOptions(MultiMap query) {
        if (!"D".equals(required(query, "send_type", 1))) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
        optional(query, "msg", 20);
    }

    public String reserved(MultiMap query) {
        return optional(query, "reserved", 20);
    }

    /** cid and enc = lowercase hex MD5(auth key + cid + {@code signed}); anything else is A001. */
    public void authenticate(MultiMap query, String signed) {
        String cid = query.get("cid");
        String enc = query.get("enc");
        if (cid == null || cid.isBlank() || enc == null || enc.isBlank()) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
        if (!config.cid().equals(cid) || !enc(cid, signed).equals(enc)) {
            throw new GiftLetterException(GiftLetterCode.A001);
        }
    }

    /** cid only (brand image, exchange log: no enc). */
    public void partner(MultiMap query) {
        if (!config.cid().equals(query.get("cid"))) {
            throw new GiftLetterException(GiftLetterCode.A001);
        }
    }

    public String enc(String cid, String signed) {
        return md5(config.authKey() + cid + signed);
    }

    static String md5(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 not available", e);
        }
    }

    static String required(MultiMap query, String name, int maxLength) {
        String value = query.get(name);
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
        return value;
    }

    private static String optional(MultiMap query, String name, int maxLength) {
        String value = query.get(name);
        if (value == null) {
            return "";
        }
        if (value.length() > maxLength) {
            throw new GiftLetterException(GiftLetterCode.P001);
        }
        return value;
    }
}
