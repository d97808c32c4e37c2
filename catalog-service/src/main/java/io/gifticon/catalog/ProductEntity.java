package io.gifticon.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One provider product in the merged catalog; the provider's raw record is {@link ProductRawEntity}. */
@Entity
@Table(name = "product")
public class ProductEntity {
    public static final String ON_SALE = "ON_SALE";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String DISCONTINUED = "DISCONTINUED";

    @Id
    public String id;

    public String provider;

    @Column(name = "goods_code")
    public String goodsCode;

    public String name;

    @Column(name = "brand_id")
    public String brandId;

    @Column(name = "brand_name")
    public String brandName;

    public String category;

    @Column(name = "consumer_price")
    public long consumerPrice;

    @Column(name = "cost_price")
    public long costPrice;

    public String status;

    @Column(name = "valid_days")
    public Integer validDays;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "search_keywords")
    public String searchKeywords;
    /** Rank in the provider's listing (1 = first); null when the provider gives no order. Popularity tie-breaker. */
    @Column(name = "listing_rank")
    public Integer listingRank;
    /**
     * Coupons issued for this product (coupon.issued events, {@code PopularityService}); maintained by the database
     * (V3), never written through the entity, so a sync cannot overwrite a count it did not read.
     */
    @Column(insertable = false, updatable = false)
    public long popularity;
    /** Generated (V2): lower-cased name, brand and keywords; GIN-indexed by its 1-2 character pieces (V3). */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
