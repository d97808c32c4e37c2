package io.gifticon.sandbox.giftishow.rest;

import io.gifticon.sandbox.giftishow.catalog.Brand;
import io.gifticon.sandbox.giftishow.catalog.Goods;
import io.gifticon.sandbox.giftishow.coupon.IssuedCoupon;
import java.time.format.DateTimeFormatter;

/** Draws the placeholder images the sandbox serves in place of the provider's product, brand and coupon images. */
final class SvgImages {

    private SvgImages() {}

    static String goods(Goods goods, int size) {
        return card(
                size,
                size,
                hue(goods.brand().brandCode()),
                text(size / 2, size * 2 / 5, size / 11, true, goods.brand().brandName())
                        + text(size / 2, size * 3 / 5, size / 17, false, goods.goodsName())
                        + text(size / 2, size * 3 / 4, size / 17, false, String.format("%,d원", goods.salePrice())));
    }

    static String brand(Brand brand, int width, int height) {
        return card(
                width,
                height,
                hue(brand.brandCode()),
                text(width / 2, height / 2 + height / 12, Math.min(width, height) / 6, true, brand.brandName()));
    }

    /** The coupon as the recipient sees it: product, barcode drawn from the PIN, PIN and validity. */
    static String coupon(IssuedCoupon coupon) {
        String pin = coupon.order().pinNo();
        StringBuilder bars = new StringBuilder();
        int x = 40;
        for (char digit : (pin + pin).toCharArray()) {
            int width = 1 + (digit - '0') % 4;
            bars.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"250\" width=\"")
                    .append(width)
                    .append("\" height=\"90\" fill=\"#000\"/>");
            x += width + 2 + (digit - '0') % 3;
        }
        String formattedPin = pin.substring(0, 4) + " " + pin.substring(4, 8) + " " + pin.substring(8);
        String validUntil = coupon.validUntil().format(DateTimeFormatter.ofPattern("yyyy.MM.dd"));
        return card(
                400,
                480,
                hue(coupon.order().goodsCode()),
                text(200, 80, 26, true, coupon.order().brandName())
                        + text(200, 130, 20, false, coupon.order().goodsName())
                        + "<rect x=\"20\" y=\"230\" width=\"360\" height=\"130\" fill=\"#fff\"/>" + bars
                        + text(200, 400, 24, true, formattedPin)
                        + text(200, 440, 16, false, "유효기간 " + validUntil + " · 기프티쇼 비즈 샌드박스"));
    }

    private static String card(int width, int height, int hue, String content) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"hsl(" + hue + ",55%,88%)\"/>" + content + "</svg>";
    }

    private static String text(int x, int y, int size, boolean bold, String value) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" text-anchor=\"middle\""
                + " font-family=\"sans-serif\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + escape(value)
                + "</text>";
    }

    private static int hue(String key) {
        return Math.floorMod(key.hashCode(), 360);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
