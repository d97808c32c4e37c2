package io.gifticon.settlement.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gifticon.providers.pbt.PbtSupportMode;
import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what the POS page relays after the PBT popup approved a transaction (pbt-pos-integration.txt), strictly:
 * plain JSON (Jackson, no repair: a client's body is not a provider's document), no duplicate names, bounded
 * nesting, numbers and strings; then checks it against what the popup protocol allows. Linear in the body's size.
 *
 * <p>The body is either the popup's reply ({@code {status, result, timestamp, data}}, §2.2) or
 * {@code {"request": <the connection message the page posted, without auth>, "reply": <the popup's reply>}}; with
 * the request, the reply's amounts are checked against what was asked (§3.1.2, §3.1.3, §3.2.2, §3.3.2).
 *
 * <p>Answers: 400 {@code MALFORMED_REQUEST} (not JSON), 400 {@code VALIDATION_FAILED} (a field missing, of the wrong
 * type or out of range), 422 {@code POS_FAILED} (the popup reported a failure: nothing to record), 422
 * {@code POS_REPLY_MISMATCH} (fields of another mode or of a cancel reply, an amount above what was asked, a reply
 * that is not the request's); every error names its field.
 */
public final class PosRelayReader {
    /** §3.1.2 … §3.5.1 transactionID: "최소 16자 ~ 최대 36자"; ours are URL-safe (they travel in paths). */
    static final Pattern TRANSACTION_ID = Pattern.compile("[0-9A-Za-z._-]{16,36}");
    /** The document types every amount {@code Int} (or a String of digits, §3.2.2 / §3.3.2 reply tables). */
    static final long MAX_INT = Integer.MAX_VALUE;

    static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");
    static final int MAX_ERRORS = 20;
    static final int MAX_ITEMS = 100;
    static final int MAX_OPTIONS = 20;
    static final int MAX_COUPON_CODES = 50;
    /** pos_transaction.coupon_codes holds the codes joined with commas. */
    static final int MAX_COUPON_CODES_LENGTH = 500;

    /** The reply fields of each mode's connection (§3.1.2 pointRedeem, §3.1.3 pointEarn, §3.2.2, §3.3.2). */
    static final Map<PbtSupportMode, List<String>> MODE_FIELDS = Map.of(
            PbtSupportMode.POINT_REDEEM, List.of("pointRedeem"),
            PbtSupportMode.POINT_EARN, List.of("pointEarn", "pointEarnNum"),
            PbtSupportMode.COUPON, List.of("couponDiscountPrice", "couponItemCodes"),
            PbtSupportMode.PREPAID, List.of("prepaidPayPrice"));

    static final Map<PbtSupportMode, String> MODE_SECTION = Map.of(
            PbtSupportMode.POINT_REDEEM,
            "§3.1.2",
            PbtSupportMode.POINT_EARN,
            "§3.1.3",
            PbtSupportMode.COUPON,
            "§3.2.2",
            PbtSupportMode.PREPAID,
            "§3.3.2");
    /** §3.5.1: the reply to a cancel, never a transaction to record. */
    static final List<String> CANCEL_FIELDS = List.of(
            "pointRedeemCanceledNum",
            "pointEarnCanceledNum",
            "couponCanceledID",
            "couponCanceledName",
            "prepaidCanceledNum");

    static final Set<String> ENVELOPE_FIELDS = Set.of("request", "reply");

    static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16)
                            .maxNumberLength(32)
                            .maxStringLength(4096)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** What the reader enforces beyond the document: the largest amount one transaction may carry, and whether the request must be relayed. */
    public record Limits(long maxAmount, boolean requestRequired) {}

    private PosRelayReader() {}

    public static PosRelay read(String body, Limits limits) {
        if (body == null || body.isBlank()) {
            throw malformed("the body is required: the popup's reply {status, result, timestamp, data} "
                    + "(pbt-pos-integration.txt §2.2), or {request, reply}");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed(
                    "the body is not valid JSON" + where(e.getLocation()) + ": " + shorten(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw malformed("the body must be a JSON object: the popup's reply, or {request, reply}");
        }
        Findings f = new Findings();
        JsonNode replyNode = root;
        JsonNode requestNode = null;
        String replyAt = "";
        if (root.has("request") && !root.has("reply")) {
            f.invalid("reply", "is required with request: relay {request, reply}");
            f.throwIfInvalid();
        }
        if (root.has("reply")) {
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ENVELOPE_FIELDS.contains(name)) {
                    f.invalid(name, "is not a field of {request, reply}");
                }
            }
            replyNode = root.get("reply");
            requestNode = root.get("request");
            replyAt = "reply.";
            if (!replyNode.isObject()) {
                f.invalid("reply", "must be the popup's reply object {status, result, timestamp, data}");
            }
            if (requestNode != null && !requestNode.isNull() && !requestNode.isObject()) {
                f.invalid("request", "must be the connection message the page posted to the popup");
            }
            if (requestNode != null && requestNode.isNull()) {
                requestNode = null;
            }
            f.throwIfInvalid();
        }
        if (requestNode == null && limits.requestRequired()) {
            f.invalid("request", "is required: relay {request, reply} (settlement.pos.request-required)");
        }
        Reply reply = reply(replyNode, replyAt, limits, f);
        Request request = requestNode == null ? null : request(requestNode, "request.", limits, f);
        f.throwIfInvalid();
        if (request != null) {
            crossCheck(request, reply, replyAt, f);
        }
        f.throwIfMismatched();
        return new PosRelay(
                reply.transactionId,
                reply.mode,
                reply.amount(PbtSupportMode.POINT_REDEEM),
                reply.amount(PbtSupportMode.POINT_EARN),
                reply.amount(PbtSupportMode.COUPON),
                reply.amount(PbtSupportMode.PREPAID),
                reply.couponCodes,
                request == null ? null : request.requestedAmount());
    }

    // ---- the reply (§2.2 and the mode's section) -----------------------------------------------------------------

    private record Reply(String transactionId, PbtSupportMode mode, long approved, List<String> couponCodes) {
        long amount(PbtSupportMode of) {
            return mode == of ? approved : 0;
        }
    }

    private static Reply reply(JsonNode node, String at, Limits limits, Findings f) {
        String status = code(node.get("status"), at + "status", true, f);
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            f.invalid(at + "data", "is required: the object with errorCode and the mode's result (§2.2)");
            f.throwIfInvalid();
        }
        String errorCode = code(data.get("errorCode"), at + "data.errorCode", false, f);
        f.throwIfInvalid();
        // §2.2: status "200" is the only success, errorCode 200 likewise (the others are 4xx / 9-digit codes)
        if (!"200".equals(status) || errorCode != null && !"200".equals(errorCode)) {
            throw new DomainException(
                    ErrorCode.POS_FAILED,
                    "the popup reported " + shorten(cashierMessage(node, data)) + " (status " + status + ", errorCode "
                            + errorCode + "); nothing was recorded");
        }
        text(node.get("result"), at + "result", f);
        text(data.get("errorMsg"), at + "data.errorMsg", f);
        text(data.get("errorMsgUser"), at + "data.errorMsgUser", f);
        timestamp(node.get("timestamp"), at + "timestamp", f);
        PbtSupportMode mode = mode(data.get("supportMode"), at + "data.supportMode", f);
        String id = transactionId(data.get("transactionID"), at + "data.transactionID", f);
        for (String field : CANCEL_FIELDS) {
            if (present(data, field)) {
                f.mismatch(
                        at + "data." + field,
                        "belongs to a cancel reply (§3.5.1), which is not recorded: cancel "
                                + "with POST /api/v1/pos/transactions/{transactionId}/cancel");
            }
        }
        if (mode == null) {
            return new Reply(id, null, 0, null);
        }
        for (var other : MODE_FIELDS.entrySet()) {
            if (other.getKey() == mode) {
                continue;
            }
            for (String field : other.getValue()) {
                if (present(data, field)) {
                    f.mismatch(
                            at + "data." + field,
                            "is a field of a " + other.getKey() + " reply (" + MODE_SECTION.get(other.getKey())
                                    + "), not of a " + mode + " reply");
                }
            }
        }
        String section = MODE_SECTION.get(mode);
        long approved = 0;
        List<String> codes = null;
        switch (mode) {
            case POINT_REDEEM -> approved = amount(data, "pointRedeem", at + "data.", section, true, limits, f);
            case POINT_EARN -> {
                // §3.1.3: the field table and the example name it pointEarn, the summary table pointEarnNum
                boolean named = present(data, "pointEarn");
                boolean summaryName = present(data, "pointEarnNum");
                long earn = amount(data, "pointEarn", at + "data.", section, !summaryName, limits, f);
                long earnNum = amount(data, "pointEarnNum", at + "data.", section, false, limits, f);
                if (named && summaryName && earn != earnNum) {
                    f.mismatch(
                            at + "data.pointEarnNum",
                            "must equal pointEarn (" + section + " names the earned " + "points both ways)");
                }
                approved = named ? earn : earnNum;
            }
            case COUPON -> {
                approved = amount(data, "couponDiscountPrice", at + "data.", section, true, limits, f);
                codes = couponCodes(data.get("couponItemCodes"), at + "data.couponItemCodes", f);
            }
            case PREPAID -> approved = amount(data, "prepaidPayPrice", at + "data.", section, true, limits, f);
        }
        return new Reply(id, mode, approved, codes);
    }

    private static List<String> couponCodes(JsonNode node, String at, Findings f) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() > MAX_COUPON_CODES) {
            f.invalid(at, "must be a list of at most " + MAX_COUPON_CODES + " product codes (§3.2.2 String[])");
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode code = node.get(i);
            if (!code.isTextual()
                    || code.asText().isBlank()
                    || code.asText().length() > 40
                    || code.asText().indexOf(',') >= 0) {
                f.invalid(at + "[" + i + "]", "must be a product code of 1-40 characters without commas");
            } else {
                codes.add(code.asText());
            }
        }
        if (String.join(",", codes).length() > MAX_COUPON_CODES_LENGTH) {
            f.invalid(at, "must hold at most " + MAX_COUPON_CODES_LENGTH + " characters of codes in all");
        }
        return codes;
    }

    // ---- the connection request (§2.4, §3.1.2, §3.1.3, §3.2.2, §3.3.2) ---------------------------------------------

    private record Request(String transactionId, PbtSupportMode mode, long payAmount, long itemsTotal) {
        long requestedAmount() {
            return mode == PbtSupportMode.COUPON ? itemsTotal : payAmount;
        }
    }

    private static Request request(JsonNode node, String at, Limits limits, Findings f) {
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual() || !"connection".equals(type.asText())) {
            f.invalid(at + "type", "must be \"connection\": the message that opened the popup (§3.1.2 요청 메세지 유형)");
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            f.invalid(at + "data", "is required: {supportMode, transactionID, payAmount | itemList}");
            return null;
        }
        if (data.has("auth")) {
            f.invalid(at + "data.auth", "must not be relayed: the PBT credentials (§2.4 auth) stay in the POS page");
        }
        JsonNode autoClose = node.get("autoCloseTime");
        if (autoClose != null
                && !autoClose.isNull()
                && (!autoClose.isIntegralNumber() || !autoClose.canConvertToInt() || autoClose.asInt() <= 0)) {
            f.invalid(at + "autoCloseTime", "must be a positive number of milliseconds (Int)");
        }
        PbtSupportMode mode = mode(data.get("supportMode"), at + "data.supportMode", f);
        String id = transactionId(data.get("transactionID"), at + "data.transactionID", f);
        if (mode == null) {
            return null;
        }
        String section = MODE_SECTION.get(mode);
        if (mode == PbtSupportMode.COUPON) {
            if (present(data, "payAmount")) {
                f.mismatch(at + "data.payAmount", "is not part of a COUPON request (§3.2.2 sends the itemList)");
            }
            return new Request(id, mode, 0, items(data.get("itemList"), at + "data.itemList", limits, f));
        }
        if (present(data, "itemList")) {
            f.mismatch(
                    at + "data.itemList",
                    "is part of a COUPON request (§3.2.2), not of a " + mode + " request (" + section
                            + " sends payAmount)");
        }
        long pay = amount(data, "payAmount", at + "data.", section, true, limits, f);
        if (present(data, "payAmount") && pay == 0) {
            f.invalid(at + "data.payAmount", "must be more than 0 (" + section + ")");
        }
        return new Request(id, mode, pay, 0);
    }

    /** §3.2.2 itemList: itemPrice = itemUnitPrice × itemCount, options likewise; the total is items plus options. */
    private static long items(JsonNode list, String at, Limits limits, Findings f) {
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_ITEMS) {
            f.invalid(
                    at,
                    "is required: 1-" + MAX_ITEMS + " items {itemID, itemName, itemUnitPrice, itemCount, "
                            + "itemPrice, itemOptionList?} (§3.2.2)");
            return 0;
        }
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            String item = at + "[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                f.invalid(item, "must be an item object (§3.2.2)");
                continue;
            }
            name(node.get("itemID"), item + ".itemID", 50, f);
            name(node.get("itemName"), item + ".itemName", 100, f);
            long unit = amount(node, "itemUnitPrice", item + ".", "§3.2.2", true, limits, f);
            long count = count(node.get("itemCount"), item + ".itemCount", f);
            long price = amount(node, "itemPrice", item + ".", "§3.2.2", true, limits, f);
            if (count > 0 && f.fine(item) && price != unit * count) {
                f.mismatch(
                        item + ".itemPrice",
                        "must be itemUnitPrice × itemCount (" + unit + " × " + count + " = " + unit * count
                                + ", §3.2.2 example 3000 × 3 = 9000)");
            }
            total += price;
            JsonNode options = node.get("itemOptionList");
            if (options == null || options.isNull()) {
                continue;
            }
            if (!options.isArray() || options.size() > MAX_OPTIONS) {
                f.invalid(item + ".itemOptionList", "must be a list of at most " + MAX_OPTIONS + " options (§3.2.2)");
                continue;
            }
            for (int j = 0; j < options.size(); j++) {
                String option = item + ".itemOptionList[" + j + "]";
                JsonNode o = options.get(j);
                if (!o.isObject()) {
                    f.invalid(option, "must be an option object (§3.2.2)");
                    continue;
                }
                name(o.get("itemOptionID"), option + ".itemOptionID", 50, f);
                name(o.get("itemOptionName"), option + ".itemOptionName", 100, f);
                long optionUnit = amount(o, "itemOptionUnitPrice", option + ".", "§3.2.2", true, limits, f);
                long optionCount = count(o.get("itemOptionCount"), option + ".itemOptionCount", f);
                long optionPrice = amount(o, "itemOptionPrice", option + ".", "§3.2.2", true, limits, f);
                if (optionCount > 0 && f.fine(option) && optionPrice != optionUnit * optionCount) {
                    f.mismatch(
                            option + ".itemOptionPrice",
                            "must be itemOptionUnitPrice × itemOptionCount ("
                                    + optionUnit + " × " + optionCount + " = " + optionUnit * optionCount
                                    + ", §3.2.2 example 500 × 2 = 1000)");
                }
                total += optionPrice;
            }
        }
        return total;
    }

    /** The reply must be the answer to the relayed request, and approve no more than was asked. */
    private static void crossCheck(Request request, Reply reply, String replyAt, Findings f) {
        if (!request.transactionId().equals(reply.transactionId())) {
            f.mismatch(
                    replyAt + "data.transactionID",
                    "must be the request's transactionID " + request.transactionId() + " (§3: the reply echoes it)");
        }
        if (request.mode() != reply.mode()) {
            f.mismatch(replyAt + "data.supportMode", "must be the request's supportMode " + request.mode());
            return;
        }
        long approved = reply.approved();
        switch (reply.mode()) {
            case POINT_REDEEM -> {
                if (approved > request.payAmount()) {
                    f.mismatch(
                            replyAt + "data.pointRedeem",
                            "must not be above the request's payAmount " + request.payAmount()
                                    + " (§3.1.2: payAmount is the most that may be paid with points)");
                }
            }
            case POINT_EARN -> {
                if (approved > request.payAmount()) {
                    f.mismatch(
                            replyAt + "data.pointEarn",
                            "must not be above the request's payAmount " + request.payAmount()
                                    + " (§3.1.3: points are earned on the amount paid)");
                }
            }
            case PREPAID -> {
                if (approved > request.payAmount()) {
                    f.mismatch(
                            replyAt + "data.prepaidPayPrice",
                            "must not be above the request's payAmount " + request.payAmount()
                                    + " (§3.3.2: the amount to pay, or the most that may be paid)");
                }
            }
            case COUPON -> {
                if (approved > request.itemsTotal()) {
                    f.mismatch(
                            replyAt + "data.couponDiscountPrice",
                            "must not be above the items' total " + request.itemsTotal()
                                    + " (§3.2.2: the coupon discounts the ordered items)");
                }
            }
        }
    }

    // ---- fields ------------------------------------------------------------------------------------------------

    /** §2.2 status (String "200") and errorCode (Int 200 in §2.2, String in the §3 tables): either form. */
    private static String code(JsonNode node, String at, boolean required, Findings f) {
        if (node == null || node.isNull()) {
            if (required) {
                f.invalid(at, "is required (\"200\" on success, §2.2)");
            }
            return null;
        }
        if (node.isTextual() && node.asText().length() <= 10 || node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asText().strip();
        }
        f.invalid(at, "must be a code: a string or a whole number (§2.2)");
        return null;
    }

    private static void text(JsonNode node, String at, Findings f) {
        if (node != null
                && !node.isNull()
                && (!node.isTextual() || node.asText().length() > 500)) {
            f.invalid(at, "must be a text of at most 500 characters (§2.2 String)");
        }
    }

    /** §2.2 timestamp: "UNIX TIME STAMP", String(10) in the tables, a number in the §2.2 example. */
    private static void timestamp(JsonNode node, String at, Findings f) {
        boolean ok = node != null
                && (node.isTextual() && DIGITS.matcher(node.asText()).matches()
                        || node.isIntegralNumber()
                                && node.canConvertToLong()
                                && node.asLong() >= 0
                                && node.asLong() <= 9_999_999_999L);
        if (!ok) {
            f.invalid(at, "is required: the UNIX time in seconds, at most 10 digits (§2.2)");
        }
    }

    private static PbtSupportMode mode(JsonNode node, String at, Findings f) {
        Optional<PbtSupportMode> mode = node == null || !node.isTextual()
                ? Optional.empty()
                : Arrays.stream(PbtSupportMode.values())
                        .filter(m -> m.name().equals(node.asText()))
                        .findFirst();
        if (mode.isEmpty()) {
            f.invalid(at, "must be one of " + Arrays.toString(PbtSupportMode.values()) + " (거래 요청 타입, §3)");
        }
        return mode.orElse(null);
    }

    private static String transactionId(JsonNode node, String at, Findings f) {
        if (node == null
                || !node.isTextual()
                || !TRANSACTION_ID.matcher(node.asText()).matches()) {
            f.invalid(at, "must be 16-36 characters (§3.1.2 \"최소 16자 ~ 최대 36자\") of letters, digits, '.', '_', '-'");
            return null;
        }
        return node.asText();
    }

    private static void name(JsonNode node, String at, int max, Findings f) {
        if (node == null
                || !node.isTextual()
                || node.asText().isBlank()
                || node.asText().length() > max) {
            f.invalid(at, "is required: a text of 1-" + max + " characters (§3.2.2 String)");
        }
    }

    private static long count(JsonNode node, String at, Findings f) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            f.invalid(at, "must be a whole number from 1 to " + MAX_INT + " (§3.2.2 Int)");
            return 0;
        }
        return node.asInt();
    }

    /**
     * An amount in won (or points): a whole number from 0 to Int's largest, as a JSON number or a string of digits
     * (the §3.2.2 / §3.3.2 reply tables type couponDiscountPrice and prepaidPayPrice String); at most
     * {@code settlement.pos.max-amount}.
     */
    private static long amount(
            JsonNode parent, String field, String at, String section, boolean required, Limits limits, Findings f) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                f.invalid(at + field, "is required (" + section + ")");
            }
            return 0;
        }
        long value = -1;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.asLong();
        } else if (node.isTextual() && DIGITS.matcher(node.asText()).matches()) {
            value = Long.parseLong(node.asText());
        }
        if (value < 0 || value > MAX_INT) {
            f.invalid(at + field, "must be a whole number of won from 0 to " + MAX_INT + " (" + section + " Int)");
            return 0;
        }
        if (value > limits.maxAmount()) {
            f.invalid(at + field, "must be at most " + limits.maxAmount() + " won (settlement.pos.max-amount)");
            return 0;
        }
        return value;
    }

    private static boolean present(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && !node.isNull();
    }

    private static String cashierMessage(JsonNode reply, JsonNode data) {
        for (JsonNode candidate :
                new JsonNode[] {data.get("errorMsgUser"), data.get("errorMsg"), reply.get("result")}) {
            if (candidate != null
                    && candidate.isTextual()
                    && !candidate.asText().isBlank()) {
                return candidate.asText();
            }
        }
        return "a failure";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    private static DomainException malformed(String detail) {
        return new DomainException(ErrorCode.MALFORMED_REQUEST, detail);
    }

    /** Field errors, at most {@value #MAX_ERRORS} of each kind kept: a hostile body cannot make a huge answer. */
    private static final class Findings {
        private final List<Problem.FieldError> invalid = new ArrayList<>();
        private final List<Problem.FieldError> mismatched = new ArrayList<>();
        private int invalidCount;
        private int mismatchedCount;

        void invalid(String field, String message) {
            invalidCount++;
            if (invalid.size() < MAX_ERRORS) {
                invalid.add(new Problem.FieldError(field, message));
            }
        }

        void mismatch(String field, String message) {
            mismatchedCount++;
            if (mismatched.size() < MAX_ERRORS) {
                mismatched.add(new Problem.FieldError(field, message));
            }
        }

        /** No invalid field at or under {@code prefix} so far (its relations are worth checking). */
        boolean fine(String prefix) {
            return invalid.stream().noneMatch(e -> e.field().startsWith(prefix + "."));
        }

        void throwIfInvalid() {
            if (invalidCount > 0) {
                // field errors: a DomainException carries none (web-commons), so the problem itself
                throw new DomainException(
                        ErrorCode.VALIDATION_FAILED, summary(invalid, invalidCount), List.copyOf(invalid));
            }
        }

        void throwIfMismatched() {
            if (mismatchedCount > 0) {
                throw new DomainException(
                        ErrorCode.POS_REPLY_MISMATCH, summary(mismatched, mismatchedCount), List.copyOf(mismatched));
            }
        }

        private static String summary(List<Problem.FieldError> kept, int count) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < Math.min(3, kept.size()); i++) {
                s.append(i == 0 ? "" : "; ")
                        .append(kept.get(i).field())
                        .append(' ')
                        .append(kept.get(i).message());
            }
            if (count > 3) {
                s.append("; and ")
                        .append(count - 3)
                        .append(" more")
                        .append(count > kept.size() ? " (" + kept.size() + " listed)" : "");
            }
            return s.toString();
        }
    }
}
