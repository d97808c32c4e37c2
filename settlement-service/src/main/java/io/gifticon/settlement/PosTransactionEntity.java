package io.gifticon.settlement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PBT POS transaction as relayed by the POS page, with its confirm/cancel state. */
@Entity
@Table(name = "pos_transaction")
public class PosTransactionEntity extends PanacheEntityBase {
    @Id
    @Column(name = "transaction_id")
    public String transactionId;
    /** The API client (gateway X-Client-Id) that recorded it: the only one that may see, confirm or cancel it. */
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "support_mode")
    public String supportMode;

    @Column(name = "points_redeemed")
    public long pointsRedeemed;

    @Column(name = "points_earned")
    public long pointsEarned;

    @Column(name = "coupon_discount")
    public long couponDiscount;

    @Column(name = "prepaid_amount")
    public long prepaidAmount;

    @Column(name = "coupon_codes")
    public String couponCodes;
    /** What the page asked the popup for (payAmount or the items' total), when it relayed its request; won. */
    @Column(name = "requested_amount")
    public Long requestedAmount;

    public String status;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
