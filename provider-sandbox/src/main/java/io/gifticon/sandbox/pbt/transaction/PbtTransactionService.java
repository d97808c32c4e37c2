package io.gifticon.sandbox.pbt.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.sandbox.control.Resettable;
import io.gifticon.sandbox.pbt.PbtEnvelope;
import io.gifticon.sandbox.pbt.PbtError;
import io.gifticon.sandbox.pbt.PbtException;
import io.gifticon.sandbox.pbt.SupportMode;
import io.gifticon.sandbox.pbt.config.PbtConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The server side of the simulated PBT popup (pbt-pos-integration.txt §3): the popup page forwards each message's
 * {@code data} here and relays the envelope to the POS. Keeps transactions so confirm and cancel follow the rules.
 */
@ApplicationScoped
public class PbtTransactionService implements Resettable {

    private static final int MIN_TRANSACTION_ID = 16;
    private static final int MAX_TRANSACTION_ID = 36;

    private final Map<String, PbtTransaction> transactions = new ConcurrentHashMap<>();
    private final PbtConfig config;
    private final Clock clock;

    public PbtTransactionService(PbtConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** {@code connection}: auth, transactionID, supportMode and its amount or itemList; opens the mode's part. */
    public PbtEnvelope connect(JsonNode data) {
        return envelope(data, () -> {
            String terminal = authenticate(data);
            String id = transactionId(data);
            SupportMode mode = SupportMode.of(text(data, "supportMode"))
                    .orElseThrow(() -> new PbtException(PbtError.REQUEST_TYPE));
            Integer payAmount = null;
            List<PbtItem> items = List.of();
            switch (mode) {
                case POINT_REDEEM -> payAmount = positive(data.get("payAmount"), PbtError.POINT_REDEEM_AMOUNT);
                case POINT_EARN -> payAmount = positive(data.get("payAmount"), PbtError.POINT_EARN_AMOUNT);
                case PREPAID -> payAmount = positive(data.get("payAmount"), PbtError.PREPAID_AMOUNT);
                case COUPON -> items = items(data.get("itemList"));
            }
            PbtTransaction transaction =
                    transactions.computeIfAbsent(id, key -> new PbtTransaction(key, terminal, now()));
            synchronized (transaction) {
                if (transaction.state() != PbtTransaction.State.OPEN || expired(transaction)) {
                    throw new PbtException(PbtError.TRANSACTION_ID);
                }
                transaction.open(mode, payAmount, items);
            }
            Log.infof("pbt connection %s %s terminal=%s", id, mode, terminal);
            Map<String, Object> fields = fields(mode, id);
            if (payAmount != null) {
                fields.put("payAmount", payAmount);
            }
            return fields;
        });
    }

    /** The cashier's entry (phone, card, coupon or gift card number) for the open part of {@code mode}. */
    public PbtEnvelope lookup(String transactionId, SupportMode mode, String input) {
        return envelope(transactionId, mode, () -> {
            PbtLookup found = PbtMembers.lookup(openPart(transactionId, mode), input);
            Map<String, Object> fields = fields(mode, transactionId);
            fields.put("kind", found.kind());
            fields.put("label", found.label());
            fields.put("points", found.points());
            fields.put("balance", found.balance());
            fields.put("coupons", found.coupons());
            return fields;
        });
    }

    /**
     * OK in the popup: checks the cashier's choice against the lookup and answers the mode's result field
     * (pointRedeem, pointEarn, couponDiscountPrice + couponItemCodes, prepaidPayPrice).
     */
    public PbtEnvelope approve(String transactionId, SupportMode mode, ApproveRequest request) {
        return envelope(transactionId, mode, () -> {
            PbtPart part = openPart(transactionId, mode);
            String input = PbtMembers.normalize(request.memberInput());
            PbtLookup found = PbtMembers.lookup(part, input);
            Map<String, Object> fields = fields(mode, transactionId);
            switch (mode) {
                case POINT_REDEEM -> {
                    int redeem = request.amount() == null ? 0 : request.amount();
                    if (redeem <= 0 || redeem > found.points() || redeem > part.payAmount()) {
                        throw new PbtException(PbtError.POINT_REDEEM_AMOUNT);
                    }
                    part.approvePoints(PbtMembers.mask(input), redeem, 0);
                    fields.put("pointRedeem", redeem);
                }
                case POINT_EARN -> {
                    int earn = (int) Math.floor(part.payAmount() * config.pointEarnRate());
                    part.approvePoints(PbtMembers.mask(input), 0, earn);
                    fields.put("pointEarn", earn);
                }
                case COUPON -> {
                    PbtCoupon coupon = found.coupons().stream()
                            .filter(c -> c.couponId().equals(request.couponId()))
                            .findFirst()
                            .orElseThrow(() -> new PbtException(PbtError.COUPON_HOLD));
                    part.approveCoupon(PbtMembers.mask(input), coupon);
                    // the document types couponDiscountPrice and prepaidPayPrice as String
                    fields.put("couponDiscountPrice", String.valueOf(coupon.discount()));
                    fields.put("couponItemCodes", coupon.itemCodes());
                }
                case PREPAID -> {
                    int max = Math.min(found.balance(), part.payAmount());
                    int amount = request.amount() == null ? max : request.amount();
                    if (amount <= 0 || amount > max) {
                        throw new PbtException(PbtError.PREPAID_AMOUNT);
                    }
                    part.approvePrepaid(PbtMembers.mask(input), amount);
                    fields.put("prepaidPayPrice", String.valueOf(amount));
                }
            }
            Log.infof("pbt %s %s approved", transactionId, mode);
            return fields;
        });
    }

    /** Cancel button (100050001) or autoCloseTime elapsed (100050002): the part is aborted, the error goes to the POS. */
    public PbtEnvelope abort(String transactionId, SupportMode mode, boolean timeout) {
        PbtError error = timeout ? PbtError.USER_TIMEOUT : PbtError.USER_CANCELLED;
        find(transactionId)
                .flatMap(t -> t.part(mode))
                .filter(p -> p.state() == PbtPart.State.PENDING)
                .ifPresent(p -> p.state(PbtPart.State.ABORTED));
        return PbtEnvelope.error(now(), error, fields(mode, transactionId));
    }

    /** {@code confirm} (§3.4): Y confirms an approved part, N releases it; then the transaction is confirmed. */
    public PbtEnvelope confirm(JsonNode data) {
        return envelope(data, () -> {
            authenticate(data);
            String id = transactionId(data);
            Map<SupportMode, Boolean> flags = new LinkedHashMap<>();
            flags.put(SupportMode.POINT_REDEEM, yn(data, "pointRedeemConfirmedYN", PbtError.POINT_REDEEM_CONFIRMED));
            flags.put(SupportMode.POINT_EARN, yn(data, "pointEarnConfirmedYN", PbtError.POINT_EARN_CONFIRMED));
            flags.put(SupportMode.COUPON, yn(data, "couponConfirmedYN", PbtError.COUPON_CONFIRMED));
            flags.put(SupportMode.PREPAID, yn(data, "prepaidConfirmedYN", PbtError.PREPAID_CONFIRMED));
            boolean receipt = yn(data, "eReceiptIssueYN", PbtError.E_RECEIPT);
            if (receipt) {
                items(data.get("itemList")); // "전자영수증 발행 시 필수"
            }
            payments(data.get("paymentList"));
            PbtTransaction transaction = find(id).orElseThrow(() -> new PbtException(PbtError.TRANSACTION_ID));
            synchronized (transaction) {
                if (transaction.state() != PbtTransaction.State.OPEN || expired(transaction)) {
                    throw new PbtException(PbtError.CONFIRM_FAILED);
                }
                for (Map.Entry<SupportMode, Boolean> flag : flags.entrySet()) {
                    boolean approved = transaction
                            .part(flag.getKey())
                            .map(p -> p.state() == PbtPart.State.APPROVED)
                            .orElse(false);
                    if (flag.getValue() && !approved) {
                        throw new PbtException(PbtError.CONFIRM_FAILED);
                    }
                }
                for (PbtPart part : transaction.parts()) {
                    if (part.state() == PbtPart.State.APPROVED) {
                        part.state(flags.get(part.mode()) ? PbtPart.State.CONFIRMED : PbtPart.State.RELEASED);
                    }
                }
                transaction.confirmed(now());
            }
            Log.infof("pbt %s confirmed", id);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("transactionID", id);
            return fields;
        });
    }

    /**
     * {@code cancel} (§3.5): every confirmed (or approved, not yet confirmed) part of the transaction is reversed;
     * unknown transactionID 100010003, already cancelled or nothing to cancel 300020011.
     */
    public PbtEnvelope cancel(JsonNode data) {
        return envelope(data, () -> {
            authenticate(data);
            String id = transactionId(data);
            PbtTransaction transaction = find(id).orElseThrow(() -> new PbtException(PbtError.TRANSACTION_ID));
            int redeem = 0;
            int earn = 0;
            int prepaid = 0;
            String couponId = null;
            String couponName = null;
            synchronized (transaction) {
                List<PbtPart> reversible = transaction.parts().stream()
                        .filter(p -> p.state() == PbtPart.State.CONFIRMED || p.state() == PbtPart.State.APPROVED)
                        .toList();
                if (transaction.state() == PbtTransaction.State.CANCELLED || reversible.isEmpty()) {
                    throw new PbtException(PbtError.CANCEL_FAILED);
                }
                for (PbtPart part : reversible) {
                    redeem += part.pointRedeem();
                    earn += part.pointEarn();
                    prepaid += part.prepaidPayPrice();
                    if (part.mode() == SupportMode.COUPON) {
                        couponId = part.couponId();
                        couponName = part.couponName();
                    }
                    part.state(PbtPart.State.CANCELLED);
                }
                transaction.cancelled(now());
            }
            Log.infof("pbt %s cancelled", id);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("transactionID", id);
            fields.put("pointRedeemCanceledNum", redeem);
            fields.put("pointEarnCanceledNum", earn);
            fields.put("couponCanceledID", couponId);
            fields.put("couponCanceledName", couponName);
            fields.put("prepaidCanceledNum", prepaid);
            return fields;
        });
    }

    public Optional<PbtTransaction> find(String transactionId) {
        return transactionId == null ? Optional.empty() : Optional.ofNullable(transactions.get(transactionId));
    }

    public List<PbtTransaction> all() {
        return transactions.values().stream()
                .sorted(Comparator.comparing(PbtTransaction::createdAt))
                .toList();
    }

    @Override
    public void reset() {
        transactions.clear();
    }

    /** Body of the popup's OK: the cashier's entry, and the amount (points, gift card) or the chosen coupon. */
    public record ApproveRequest(String memberInput, Integer amount, String couponId) {}

    private PbtPart openPart(String transactionId, SupportMode mode) {
        PbtTransaction transaction = find(transactionId).orElseThrow(() -> new PbtException(PbtError.TRANSACTION_ID));
        PbtPart part = transaction.part(mode).orElseThrow(() -> new PbtException(PbtError.REQUEST_TYPE));
        if (transaction.state() != PbtTransaction.State.OPEN
                || part.state() != PbtPart.State.PENDING
                || expired(transaction)) {
            throw new PbtException(PbtError.TRANSACTION_ID);
        }
        return part;
    }

    /** auth present (100020003), applicationKey (100010002 missing, 300010002 wrong), passwd, accessType. */
    private String authenticate(JsonNode data) {
        JsonNode auth = data == null ? null : data.get("auth");
        if (auth == null || !auth.isObject()) {
            throw new PbtException(PbtError.AUTH_MISSING);
        }
        String key = text(auth, "applicationKey");
        String passwd = text(auth, "passwd");
        String terminal = text(auth, "accessType");
        if (key == null) {
            throw new PbtException(PbtError.APPLICATION_KEY_FORMAT);
        }
        if (passwd == null) {
            throw new PbtException(PbtError.PASSWD_MISSING);
        }
        if (terminal == null) {
            throw new PbtException(PbtError.ACCESS_TYPE_MISSING);
        }
        if (!config.applicationKey().equals(key)) {
            throw new PbtException(PbtError.APPLICATION_KEY);
        }
        if (!config.passwd().equals(passwd)) {
            throw new PbtException(PbtError.TERMINAL_OR_PASSWD);
        }
        return terminal;
    }

    /** 16 to 36 characters (the document's range). */
    private static String transactionId(JsonNode data) {
        String id = text(data, "transactionID");
        if (id == null || id.length() < MIN_TRANSACTION_ID || id.length() > MAX_TRANSACTION_ID) {
            throw new PbtException(PbtError.TRANSACTION_ID);
        }
        return id;
    }

    private static List<PbtItem> items(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new PbtException(PbtError.ITEM_LIST_MISSING);
        }
        List<PbtItem> items = new ArrayList<>();
        for (JsonNode item : list) {
            String id = text(item, "itemID");
            String name = text(item, "itemName");
            if (id == null) {
                throw new PbtException(PbtError.ITEM_ID);
            }
            if (name == null) {
                throw new PbtException(PbtError.ITEM_NAME);
            }
            int unit = nonNegative(item.get("itemUnitPrice"), PbtError.ITEM_UNIT_PRICE);
            int count = positive(item.get("itemCount"), PbtError.ITEM_COUNT);
            int price = nonNegative(item.get("itemPrice"), PbtError.ITEM_PRICE);
            int options = 0;
            JsonNode optionList = item.get("itemOptionList");
            if (optionList != null && optionList.isArray()) {
                for (JsonNode option : optionList) {
                    JsonNode optionPrice = option.get("itemOptionPrice");
                    options += optionPrice != null && optionPrice.canConvertToInt() ? optionPrice.asInt() : 0;
                }
            }
            items.add(new PbtItem(id, name, unit, count, price, options));
        }
        return items;
    }

    private static void payments(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new PbtException(PbtError.PAYMENT_LIST_MISSING);
        }
        for (JsonNode payment : list) {
            String kind = text(payment, "payment");
            if (kind == null
                    || !List.of("CARD", "CASH", "POINT", "PREPAID", "COUPON").contains(kind)) {
                throw new PbtException(PbtError.PAYMENT);
            }
            nonNegative(payment.get("paymentPrice"), PbtError.PAYMENT_PRICE);
        }
    }

    private static boolean yn(JsonNode data, String field, PbtError error) {
        String value = text(data, field);
        if (!"Y".equals(value) && !"N".equals(value)) {
            throw new PbtException(error);
        }
        return "Y".equals(value);
    }

    private static int positive(JsonNode value, PbtError error) {
        int number = nonNegative(value, error);
        if (number == 0) {
            throw new PbtException(error);
        }
        return number;
    }

    private static int nonNegative(JsonNode value, PbtError error) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new PbtException(error);
        }
        return value.asInt();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static Map<String, Object> fields(SupportMode mode, String transactionId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (mode != null) {
            fields.put("supportMode", mode.name());
        }
        if (transactionId != null) {
            fields.put("transactionID", transactionId);
        }
        return fields;
    }

    private boolean expired(PbtTransaction transaction) {
        return transaction.createdAt().plus(config.transactionValidity()).isBefore(now());
    }

    private Instant now() {
        return clock.instant();
    }

    private PbtEnvelope envelope(JsonNode data, Supplier<Map<String, Object>> action) {
        try {
            return PbtEnvelope.ok(now(), action.get());
        } catch (PbtException e) {
            Log.debugf("pbt refused: %s", e.error().code());
            return PbtEnvelope.error(
                    now(),
                    e.error(),
                    fields(SupportMode.of(text(data, "supportMode")).orElse(null), text(data, "transactionID")));
        }
    }

    private PbtEnvelope envelope(String transactionId, SupportMode mode, Supplier<Map<String, Object>> action) {
        try {
            return PbtEnvelope.ok(now(), action.get());
        } catch (PbtException e) {
            Log.debugf("pbt %s refused: %s", transactionId, e.error().code());
            return PbtEnvelope.error(now(), e.error(), fields(mode, transactionId));
        }
    }
}
