package io.gifticon.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One provider brand in the merged catalog. */
@Entity
@Table(name = "brand")
public class BrandEntity {
    @Id
    public String id;

    public String provider;

    @Column(name = "brand_code")
    public String brandCode;

    public String name;
    public String category;

    @Column(name = "image_url")
    public String imageUrl;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
