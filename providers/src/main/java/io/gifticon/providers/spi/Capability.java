package io.gifticon.providers.spi;

/** What a provider can do for the platform; {@link ProviderCapabilities} says which provider does what. */
public enum Capability {
    /** {@link CatalogSource#products}: the full catalogue in pages. */
    CATALOG_PAGES,
    /** {@link CatalogSource#productsOfBrand}: the products of one brand. */
    CATALOG_BY_BRAND,
    /** {@link CatalogSource#brands}. */
    BRANDS,
    /** {@link CouponIssuer#issue}. */
    ISSUE,
    /** {@link CouponIssuer#cancel}. */
    CANCEL,
    /** {@link CouponIssuer#status}. */
    STATUS,
    /** {@link CouponIssuer#resend}. */
    RESEND,
    /** {@link BalanceSource}. */
    BALANCE,
    /** {@link RedemptionLogSource}. */
    REDEMPTION_LOG,
    /** Used at a POS/kiosk through the provider's popup (PBT); no server-to-server call. */
    POS_POPUP
}
