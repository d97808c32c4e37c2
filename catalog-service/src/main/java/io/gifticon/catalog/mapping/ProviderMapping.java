package io.gifticon.catalog.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gifticon.providers.giftishow.GiftishowGoods;
import io.gifticon.providers.giftletter.GiftLetterGoods;
import io.gifticon.providers.giftletter.GiftLetterGoodsInfo;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Turns provider records into {@link ProductRecord}s: one price model, one state model, one validity model. */
public final class ProviderMapping {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ProviderMapping() {
    }

    /**
     * giftishow-biz-api.txt §1.5: salePrice is the consumer price, discountPrice what we pay; goodsStateCd SALE/SUS;
     * validPrdTypeCd 01 = limitDay days, 02 = until validPrdDay (yyyyMMdd).
     */
    public static ProductRecord giftishow(GiftishowGoods g, int rank) {
        long consumer = g.salePrice() == null ? 0 : g.salePrice();
        long cost = g.discountPrice() != null ? g.discountPrice() : g.realPrice() != null ? g.realPrice() : consumer;
        Integer days = null;
        LocalDate until = null;
        if ("02".equals(g.validPrdTypeCd())) {
            until = date(g.validPrdDay());
        } else {
            days = integer(g.limitDay());
        }
        return new ProductRecord("giftishow", g.goodsCode(), cut(g.goodsName(), 200), g.brandCode(),
                cut(g.brandName(), 100), cut(g.goodsTypeDtlNm(), 200), consumer, cost,
                g.onSale() ? ProductRecord.ON_SALE : ProductRecord.SUSPENDED, days, until,
                cut(g.goodsImgB() != null ? g.goodsImgB() : g.goodsImgS(), 500), cut(g.srchKeyword(), 1000), rank,
                json(g));
    }

    /**
     * giftletter-b2c.txt §7.1 (list: PRICE market price, STATUS Y/N) completed by §8.2 (getGoodsInfo: SPRICE 납품가,
     * EXDATE days or a date).
     */
    public static ProductRecord giftletter(String brandId, GiftLetterGoods listed, GiftLetterGoodsInfo info) {
        long consumer = info.price() != null ? info.price() : listed.price() == null ? 0 : listed.price();
        long cost = info.supplyPrice() != null ? info.supplyPrice() : consumer;
        Integer days = null;
        LocalDate until = null;
        String exdate = info.exdate() == null ? null : info.exdate().trim();
        if (exdate != null && !exdate.isEmpty()) {
            if (exdate.chars().allMatch(Character::isDigit) && exdate.length() <= 4) {
                days = integer(exdate);
            } else {
                until = date(exdate);
            }
        }
        boolean available = listed.available() && (info.status() == null || info.available());
        String name = info.goodsName() != null && !info.goodsName().isBlank() ? info.goodsName() : listed.goodsName();
        String brandName = info.brandName() != null && !info.brandName().isBlank() ? info.brandName()
                : listed.brandName();
        String image = listed.imgUrl() != null ? listed.imgUrl() : info.imgUrl();
        return new ProductRecord("giftletter", listed.goodsId(), cut(name, 200), brandId, cut(brandName, 100), null,
                consumer, cost, available ? ProductRecord.ON_SALE : ProductRecord.SUSPENDED, days, until,
                cut(image, 500), null, null, json(new GiftLetterRaw(listed, info)));
    }

    /** GiftLetter's two replies about one product, kept together as its raw record. */
    record GiftLetterRaw(GiftLetterGoods list, GiftLetterGoodsInfo info) {
    }

    static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t.replace('.', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
