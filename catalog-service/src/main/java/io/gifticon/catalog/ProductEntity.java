package io.gifticon.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One provider product in the merged catalog. */
@Entity
@Table(name = "product")
public class ProductEntity {
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
    public String raw;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
