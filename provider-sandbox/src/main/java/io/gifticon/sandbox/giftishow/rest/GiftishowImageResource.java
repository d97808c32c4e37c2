package io.gifticon.sandbox.giftishow.rest;

import io.gifticon.sandbox.giftishow.catalog.GiftishowCatalog;
import io.gifticon.sandbox.giftishow.coupon.CouponService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** Serves the images the catalog and the coupons point to (goodsImgS/B, brand images, couponImgUrl) as SVG placeholders. */
@Path("/giftishow/Resource")
@Produces("image/svg+xml")
public class GiftishowImageResource {

    private final GiftishowCatalog catalog;
    private final CouponService coupons;

    public GiftishowImageResource(GiftishowCatalog catalog, CouponService coupons) {
        this.catalog = catalog;
        this.coupons = coupons;
    }

    /** {@code G00000280811_250.svg} (250×250) or {@code G00000280811.svg} (500×500), as in §1 goodsImgS/goodsImgB. */
    @GET
    @Path("/goods/{goodsCode}/{file}")
    public String goods(@PathParam("goodsCode") String goodsCode, @PathParam("file") String file) {
        return catalog.goods(goodsCode)
                .map(goods -> SvgImages.goods(goods, file.contains("_250") ? 250 : 500))
                .orElseThrow(NotFoundException::new);
    }

    /** {@code BR00001_banner.svg}, {@code BR00001_icon.svg} or {@code BR00001_thumb.svg}. */
    @GET
    @Path("/brand/{file}")
    public String brand(@PathParam("file") String file) {
        String brandCode = file.contains("_") ? file.substring(0, file.indexOf('_')) : file;
        boolean banner = file.contains("_banner");
        return catalog.brand(brandCode)
                .map(brand -> SvgImages.brand(brand, banner ? 600 : 200, 200))
                .orElseThrow(NotFoundException::new);
    }

    /** The coupon image of a coupon sent with gubun I (§8.5 couponImgUrl). */
    @GET
    @Path("/coupon/{file}")
    public String coupon(@PathParam("file") String file) {
        String orderNo = file.endsWith(".svg") ? file.substring(0, file.length() - 4) : file;
        return coupons.findByOrderNo(orderNo).map(SvgImages::coupon).orElseThrow(NotFoundException::new);
    }
}
