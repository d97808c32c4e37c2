package io.gifticon.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The provider's record of a product as received, for audit; in a table of its own so that search rows stay narrow. */
@Entity
@Table(name = "product_raw")
public class ProductRawEntity {
    @Id
    @Column(name = "product_id")
    public String productId;

    public String raw;

    public static ProductRawEntity of(String productId, String raw) {
        ProductRawEntity e = new ProductRawEntity();
        e.productId = productId;
        e.raw = raw;
        return e;
    }
}
