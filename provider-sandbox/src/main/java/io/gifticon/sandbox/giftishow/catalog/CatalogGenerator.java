package io.gifticon.sandbox.giftishow.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/** Generates a deterministic Giftishow catalog of Korean brands and products from a seed. */
public final class CatalogGenerator {

    /** Always present, on sale: 스타벅스 카페 아메리카노 T, 4,500원, bought for 4,230원. */
    public static final String AMERICANO_CODE = "G00000280811";
    /** Always present, suspended (goodsStateCd SUS): for tests of sending a product that is not on sale. */
    public static final String SUSPENDED_CODE = "G00000000001";

    /** Products have no end of sale: the document's example value. */
    private static final String END_DATE = "2999-12-30T15:00:00.000+0000";

    private static final String GIFT_CARD_VALID_UNTIL = "20301231";

    private enum Category {
        CAFE(1, "커피/음료"),
        BAKERY(2, "베이커리/도넛/떡"),
        ICE_CREAM(3, "아이스크림/빙수"),
        CONVENIENCE(4, "편의점/마트"),
        CHICKEN_PIZZA(5, "피자/버거/치킨"),
        BEAUTY(6, "뷰티/헬스"),
        GIFT_VOUCHER(7, "상품권/금액권"),
        DINING(8, "외식/레스토랑");

        final int seq;
        final String label;

        Category(int seq, String label) {
            this.seq = seq;
            this.label = label;
        }
    }

    /** EXCHANGE: one item (물품교환형); VOUCHER: an amount (금액권); GIFT_CARD: an amount valid until a date. */
    private enum Kind {
        EXCHANGE,
        VOUCHER,
        GIFT_CARD
    }

    private record ProductTemplate(String name, int price, String unit, Kind kind) {}

    private record BrandTemplate(
            String code,
            String name,
            Category category,
            String affiliateId,
            String affiliate,
            String detailType,
            List<ProductTemplate> products) {}

    private record Item(BrandTemplate brand, ProductTemplate product) {}

    private static ProductTemplate item(String name, int price, String unit) {
        return new ProductTemplate(name, price, unit, Kind.EXCHANGE);
    }

    private static ProductTemplate voucher(String name, int price) {
        return new ProductTemplate(name, price, "매", Kind.VOUCHER);
    }

    private static ProductTemplate giftCard(String name, int price) {
        return new ProductTemplate(name, price, "매", Kind.GIFT_CARD);
    }

    private static final List<BrandTemplate> BRANDS = List.of(
            new BrandTemplate(
                    "BR00001",
                    "스타벅스",
                    Category.CAFE,
                    "SBUX",
                    "스타벅스",
                    "커피",
                    List.of(
                            item("카페 아메리카노 T", 4500, "잔"),
                            item("카페 라떼 T", 5000, "잔"),
                            item("카푸치노 T", 5000, "잔"),
                            item("카라멜 마키아또 T", 5900, "잔"),
                            item("자바 칩 프라푸치노 T", 6300, "잔"),
                            item("돌체 라떼 T", 5900, "잔"),
                            item("아이스 카페 아메리카노 T", 4500, "잔"),
                            voucher("e카드 1만원 교환권", 10000))),
            new BrandTemplate(
                    "BR00002",
                    "투썸플레이스",
                    Category.CAFE,
                    "TWOSO",
                    "투썸플레이스",
                    "커피",
                    List.of(
                            item("아메리카노 R", 4500, "잔"),
                            item("카페라떼 R", 5000, "잔"),
                            item("스트로베리 초콜릿 생크림 (조각)", 6800, "개"),
                            item("떠먹는 아이스박스", 7300, "개"),
                            item("아메리카노 R 2잔 + 스트로베리 초콜릿 생크림 (조각)", 15800, "개"))),
            new BrandTemplate(
                    "BR00003",
                    "메가MGC커피",
                    Category.CAFE,
                    "MEGA",
                    "메가MGC커피",
                    "커피",
                    List.of(
                            item("(HOT)아메리카노", 2000, "잔"),
                            item("(ICE)아메리카노", 2000, "잔"),
                            item("(ICE)메가리카노", 3000, "잔"),
                            item("(ICE)카페라떼", 2900, "잔"),
                            item("퐁크러쉬(플레인)", 4400, "잔"))),
            new BrandTemplate(
                    "BR00004",
                    "이디야커피",
                    Category.CAFE,
                    "EDIYA",
                    "이디야커피",
                    "커피",
                    List.of(item("아메리카노 (R)", 3200, "잔"), item("카페라떼 (R)", 3700, "잔"), item("토피넛 라떼 (R)", 4200, "잔"))),
            new BrandTemplate(
                    "BR00005",
                    "빽다방",
                    Category.CAFE,
                    "PAIK",
                    "빽다방",
                    "커피",
                    List.of(item("아이스 앗!메리카노", 2000, "잔"), item("빽's 라떼", 3000, "잔"))),
            new BrandTemplate(
                    "BR00006",
                    "파리바게뜨",
                    Category.BAKERY,
                    "PB",
                    "파리바게뜨",
                    "베이커리",
                    List.of(
                            voucher("모바일 금액권 1만원", 10000),
                            voucher("모바일 금액권 3만원", 30000),
                            item("딸기 생크림 케이크", 30000, "개"))),
            new BrandTemplate(
                    "BR00007",
                    "뚜레쥬르",
                    Category.BAKERY,
                    "TLJ",
                    "뚜레쥬르",
                    "베이커리",
                    List.of(voucher("모바일 금액권 1만원", 10000), item("고구마 케이크", 28000, "개"))),
            new BrandTemplate(
                    "BR00008",
                    "던킨",
                    Category.BAKERY,
                    "DUNKN",
                    "던킨",
                    "도넛",
                    List.of(item("도넛 6개 팩", 9000, "개"), item("먼치킨 10개", 3600, "개"))),
            new BrandTemplate(
                    "BR00009",
                    "배스킨라빈스",
                    Category.ICE_CREAM,
                    "BR31",
                    "배스킨라빈스",
                    "아이스크림",
                    List.of(
                            item("싱글레귤러", 3900, "개"),
                            item("파인트", 9800, "개"),
                            item("쿼터", 18500, "개"),
                            item("패밀리", 26000, "개"),
                            item("하프갤론", 31500, "개"))),
            new BrandTemplate(
                    "BR00010",
                    "설빙",
                    Category.ICE_CREAM,
                    "SULBI",
                    "설빙",
                    "빙수",
                    List.of(item("인절미설빙", 10900, "개"), item("애플망고치즈설빙", 15900, "개"))),
            new BrandTemplate(
                    "BR00011",
                    "GS25",
                    Category.CONVENIENCE,
                    "GS25",
                    "GS25",
                    "편의점",
                    List.of(
                            voucher("모바일 상품권 5천원", 5000),
                            voucher("모바일 상품권 1만원", 10000),
                            item("빙그레)바나나맛우유 240ml", 1700, "개"))),
            new BrandTemplate(
                    "BR00012",
                    "CU",
                    Category.CONVENIENCE,
                    "CU",
                    "CU",
                    "편의점",
                    List.of(
                            voucher("모바일 상품권 5천원", 5000),
                            voucher("모바일 상품권 1만원", 10000),
                            item("서울우유 200ml", 1100, "개"))),
            new BrandTemplate(
                    "BR00013",
                    "세븐일레븐",
                    Category.CONVENIENCE,
                    "ELEVE",
                    "세븐일레븐/바이더웨이",
                    "편의점",
                    List.of(item("광동)비타500 100ml 병", 800, "개"), voucher("모바일 상품권 5천원", 5000))),
            new BrandTemplate(
                    "BR00014",
                    "이마트24",
                    Category.CONVENIENCE,
                    "EM24",
                    "이마트24",
                    "편의점",
                    List.of(voucher("모바일 금액권 1만원", 10000))),
            new BrandTemplate(
                    "BR00015",
                    "도미노피자",
                    Category.CHICKEN_PIZZA,
                    "DOMIN",
                    "도미노피자",
                    "피자",
                    List.of(
                            item("포테이토 L", 31900, "판"),
                            item("슈퍼디럭스 L", 32900, "판"),
                            item("포테이토 L + 콜라 1.25L", 34400, "개"))),
            new BrandTemplate(
                    "BR00016",
                    "BBQ",
                    Category.CHICKEN_PIZZA,
                    "BBQ",
                    "BBQ",
                    "치킨",
                    List.of(item("황금올리브치킨", 23000, "마리"), item("황금올리브치킨 + 콜라 1.25L", 25500, "개"))),
            new BrandTemplate(
                    "BR00017",
                    "교촌치킨",
                    Category.CHICKEN_PIZZA,
                    "KYOCH",
                    "교촌치킨",
                    "치킨",
                    List.of(item("교촌오리지날", 19000, "마리"), item("허니콤보", 23000, "마리"), item("레드콤보", 23000, "마리"))),
            new BrandTemplate(
                    "BR00018",
                    "BHC",
                    Category.CHICKEN_PIZZA,
                    "BHC",
                    "BHC",
                    "치킨",
                    List.of(item("뿌링클", 21000, "마리"), item("맛초킹", 21000, "마리"))),
            new BrandTemplate(
                    "BR00019",
                    "맥도날드",
                    Category.CHICKEN_PIZZA,
                    "MCD",
                    "맥도날드",
                    "버거",
                    List.of(item("빅맥 세트", 7200, "개"), item("맥스파이시 상하이버거 세트", 7200, "개"))),
            new BrandTemplate(
                    "BR00020",
                    "버거킹",
                    Category.CHICKEN_PIZZA,
                    "BK",
                    "버거킹",
                    "버거",
                    List.of(item("와퍼 세트", 9100, "개"), item("콰트로치즈와퍼 세트", 9500, "개"))),
            new BrandTemplate(
                    "BR00021",
                    "올리브영",
                    Category.BEAUTY,
                    "OLIVE",
                    "올리브영",
                    "뷰티",
                    List.of(giftCard("기프트카드 1만원", 10000), giftCard("기프트카드 3만원", 30000), giftCard("기프트카드 5만원", 50000))),
            new BrandTemplate(
                    "BR00022",
                    "컬쳐랜드",
                    Category.GIFT_VOUCHER,
                    "CULTU",
                    "컬쳐랜드",
                    "상품권",
                    List.of(voucher("문화상품권 5천원", 5000), voucher("문화상품권 1만원", 10000))),
            new BrandTemplate(
                    "BR00023",
                    "아웃백스테이크하우스",
                    Category.DINING,
                    "OUTBK",
                    "아웃백스테이크하우스",
                    "패밀리레스토랑",
                    List.of(voucher("모바일 금액권 5만원", 50000))),
            new BrandTemplate(
                    "BR00024",
                    "빕스",
                    Category.DINING,
                    "VIPS",
                    "빕스",
                    "패밀리레스토랑",
                    List.of(item("샐러드바 평일 런치 1인", 29900, "개"))));

    private static final ProductTemplate SUSPENDED_PRODUCT = item("슈크림 라떼 T", 6300, "잔");

    private CatalogGenerator() {}

    /** The generated catalog: brands and products, products in catalog order. */
    public record Catalog(List<Brand> brands, List<Goods> goods) {}

    /**
     * Generates {@code size} products (at least the two fixed ones) and all brands; the same seed gives the same
     * catalog. Images point to {@code publicBaseUrl}.
     */
    public static Catalog generate(int size, long seed, String publicBaseUrl) {
        Random random = new Random(seed);
        String base =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        List<Brand> brands = new ArrayList<>();
        for (int i = 0; i < BRANDS.size(); i++) {
            BrandTemplate t = BRANDS.get(i);
            String img = base + "/giftishow/Resource/brand/" + t.code();
            brands.add(new Brand(
                    600 + i * 7,
                    t.code(),
                    t.name(),
                    t.category().seq,
                    t.category().label,
                    i + 1,
                    img + "_banner.svg",
                    img + "_icon.svg",
                    img + "_thumb.svg"));
        }

        List<Item> items = BRANDS.stream()
                .flatMap(b -> b.products().stream().map(p -> new Item(b, p)))
                .toList();
        int total = Math.max(2, size);
        List<Integer> ranks =
                new ArrayList<>(IntStream.rangeClosed(1, total).boxed().toList());
        Collections.shuffle(ranks, random);

        Set<String> codes = new HashSet<>(Set.of(AMERICANO_CODE, SUSPENDED_CODE));
        List<Goods> goods = new ArrayList<>(total);
        int goodsNo = 20_000;
        goods.add(
                build(items.get(0), 1, AMERICANO_CODE, goodsNo, 6, Goods.ON_SALE, ranks.get(0), brands, base, random));
        goods.add(build(
                new Item(BRANDS.get(0), SUSPENDED_PRODUCT),
                1,
                SUSPENDED_CODE,
                goodsNo + 1,
                6,
                Goods.SUSPENDED,
                ranks.get(1),
                brands,
                base,
                random));
        goodsNo += 2;
        for (int i = 1; goods.size() < total; i++) {
            Item item = items.get(i % items.size());
            int quantity = i / items.size() + 1;
            String code;
            do {
                code = String.format("G%011d", 100_000 + random.nextInt(900_000));
            } while (!codes.add(code));
            goodsNo += 1 + random.nextInt(40);
            int rate = item.product().kind() == Kind.EXCHANGE ? 6 + random.nextInt(7) : 1 + random.nextInt(2);
            goods.add(build(
                    item, quantity, code, goodsNo, rate, Goods.ON_SALE, ranks.get(goods.size()), brands, base, random));
        }
        return new Catalog(List.copyOf(brands), List.copyOf(goods));
    }

    private static Goods build(
            Item item,
            int quantity,
            String code,
            int goodsNo,
            int rate,
            String state,
            int popular,
            List<Brand> brands,
            String base,
            Random random) {
        BrandTemplate bt = item.brand();
        ProductTemplate pt = item.product();
        Brand brand = brands.stream()
                .filter(b -> b.brandCode().equals(bt.code()))
                .findFirst()
                .orElseThrow();
        String name = quantity == 1 ? pt.name() : pt.name() + " " + quantity + pt.unit();
        int salePrice = pt.price() * quantity;
        boolean exchange = pt.kind() == Kind.EXCHANGE;
        int vipRate = exchange ? rate + 3 : rate;
        int platinumRate = exchange ? rate + 5 : Math.min(rate + 1, 2);
        String typeCd = exchange ? "GNR" : "AMT";
        String typeNm = exchange ? "일반상품(물품교환형)" : "금액권";
        boolean untilDate = pt.kind() == Kind.GIFT_CARD;
        String img = base + "/giftishow/Resource/goods/" + code + "/" + code;
        String content = "해당 쿠폰은 " + bt.name() + " 일부 매장에서는 취급하지 않는 상품일 수 있습니다."
                + (exchange ? " 매장 사정에 따라 동일 가격 상품으로 교환될 수 있습니다." : " 잔액은 유효기간 내 재사용 가능합니다.");
        return new Goods(
                code,
                goodsNo,
                name,
                brand,
                content,
                typeCd,
                typeNm,
                bt.detailType(),
                bt.affiliateId(),
                bt.affiliate(),
                String.format("S%09d", 2_700 + brands.indexOf(brand)),
                bt.name(),
                String.join(", ", bt.name(), name, bt.detailType(), bt.category().label),
                String.format("M%09d", 100_000 + random.nextInt(900_000)),
                salePrice,
                salePrice,
                rate,
                discounted(salePrice, rate),
                rate,
                discounted(salePrice, rate),
                vipRate,
                discounted(salePrice, vipRate),
                platinumRate,
                discounted(salePrice, platinumRate),
                untilDate ? Goods.VALID_UNTIL_DATE : Goods.VALID_FOR_DAYS,
                untilDate ? 0 : exchange ? 30 : 60,
                untilDate ? GIFT_CARD_VALID_UNTIL : null,
                END_DATE,
                state,
                popular,
                img + "_250.svg",
                img + ".svg",
                img + "_250.svg");
    }

    /** Price after a discount in percent; giftishow-biz-api.txt §1: "최종 구매 가격 (원단위 절삭)" — the won digit is cut. */
    static int discounted(int salePrice, int ratePercent) {
        return salePrice * (100 - ratePercent) / 100 / 10 * 10;
    }
}
