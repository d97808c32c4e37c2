package io.gifticon.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A coupon as the ledger stores it. The PIN is kept only encrypted; the recipient's number only masked. */
@Entity
@Table(name = "coupon")
public class CouponEntity {
    @Id
    public UUID id;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;
    /** True once a failure that never reached the provider gave the idempotency key back for a retry. */
    @Column(name = "idempotency_released")
    public boolean idempotencyReleased;

    @Enumerated(EnumType.STRING)
    public CouponStatus status;

    public String provider;

    @Column(name = "product_id")
    public String productId;
    /** The product as the catalog described it when the coupon was requested. */
    @Column(name = "product_name")
    public String productName;

    @Column(name = "brand_name")
    public String brandName;

    @Column(name = "consumer_price")
    public Long consumerPrice;
    /** What we pay the provider, in won (the catalog's cost price). */
    @Column(name = "cost_price")
    public Long costPrice;

    @Column(name = "provider_goods_code")
    public String providerGoodsCode;

    public String delivery;

    @Column(name = "recipient_phone_masked")
    public String recipientPhoneMasked;

    @Column(name = "recipient_phone_encrypted")
    public String recipientPhoneEncrypted;
    /** The full number, in memory only while the coupon is being sent. */
    @Transient
    public String recipientPhone;

    @Column(name = "sender_phone")
    public String senderPhone;

    public String title;
    public String message;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @Column(name = "client_reference")
    public String clientReference;

    @Column(name = "provider_transaction_id")
    public String providerTransactionId;

    @Column(name = "provider_order_no")
    public String providerOrderNo;

    @Column(name = "pin_encrypted")
    public String pinEncrypted;

    @Column(name = "pin_hash")
    public String pinHash;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_provider_code")
    public String errorProviderCode;

    @Column(name = "error_message")
    public String errorMessage;

    @Column(name = "reconcile_attempts")
    public int reconcileAttempts;

    @Column(name = "next_reconcile_at")
    public Instant nextReconcileAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
