package io.gifticon.sandbox.giftletter.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates a deterministic GiftLetter catalog of Korean brands and products from a seed. */
public final class GiftLetterCatalogGenerator {

    /** [GS25] 모바일상품권 1만원, on sale (the document's example id). */
    public static final String GS25_10000 = "0000000582";
    /** [GS칼텍스] 주유상품권 1만원, on sale; its brand reports exchange days only. */
    public static final String OIL_10000 = "0000000586";
    /** [CU] 도시락 교환권, not on sale (STATUS N). */
    public static final String DISCONTINUED = "0000000592";

    private static final int FIRST_GOODS_ID = 582;
    private static final String VOUCHER_END = "2030-12-31";

    private record Product(String name, int price, String memo, boolean available, boolean voucher) {}

    private record BrandTemplate(
            String name, String memo, boolean dateOnly, List<String> branches, List<Product> products) {}

    private static Product item(String name, int price) {
        return new Product(name, price, "", true, false);
    }

    private static Product voucher(String name, int price) {
        return new Product(name, price, "", true, true);
    }

    private static List<String> branches(String... names) {
        return List.of(names);
    }

    private static final String CONVENIENCE_MEMO = "전국 매장에서 사용 가능합니다. 일부 매장(휴게소, 특수매장)은 사용이 제한될 수 있습니다.";
    private static final String CAFE_MEMO = "매장 사정에 따라 동일 가격 이상의 다른 메뉴로 교환 시 차액이 발생할 수 있습니다.";

    private static final List<BrandTemplate> BRANDS = List.of(
            new BrandTemplate(
                    "GS25",
                    CONVENIENCE_MEMO,
                    false,
                    branches("광주영주", "중동현대", "부산대", "전북대"),
                    List.of(
                            voucher("모바일상품권 1만원", 10000),
                            voucher("모바일상품권 2만원", 20000),
                            voucher("모바일상품권 5천원", 5000),
                            voucher("모바일상품권 3만원", 30000))),
            new BrandTemplate(
                    "GS칼텍스",
                    "GS칼텍스 직영/자영 주유소에서 사용 가능합니다.",
                    true,
                    branches("금정이마트", "시화이마트", "풍무홈플러스"),
                    List.of(voucher("주유상품권 1만원", 10000), voucher("주유상품권 3만원", 30000), voucher("주유상품권 5만원", 50000))),
            new BrandTemplate(
                    "CU",
                    CONVENIENCE_MEMO,
                    false,
                    branches("강남역점", "홍대입구점", "제주컨벤션센터점"),
                    List.of(
                            voucher("모바일상품권 5천원", 5000),
                            voucher("모바일상품권 1만원", 10000),
                            item("빙그레 바나나맛우유 240ml", 1700),
                            new Product("도시락 교환권", 4800, "판매가 종료된 상품입니다.", false, false))),
            new BrandTemplate(
                    "세븐일레븐",
                    CONVENIENCE_MEMO,
                    false,
                    branches("종로점", "서면점"),
                    List.of(voucher("모바일상품권 1만원", 10000), item("롯데 칠성사이다 500ml", 2000))),
            new BrandTemplate(
                    "파리바게뜨",
                    "파리바게뜨 전국 매장에서 사용 가능합니다. (일부 매장 제외)",
                    false,
                    branches("마산양덕홈플러스", "잠실역점", "분당정자점"),
                    List.of(
                            voucher("모바일 금액권 1만원", 10000),
                            voucher("모바일 금액권 3만원", 30000),
                            item("딸기 생크림 케이크", 30000),
                            item("치즈케이크 조각", 5500))),
            new BrandTemplate(
                    "뚜레쥬르",
                    "뚜레쥬르 전국 매장에서 사용 가능합니다.",
                    false,
                    branches("신촌점", "수원역점"),
                    List.of(voucher("모바일 금액권 1만원", 10000), item("고구마 케이크", 28000))),
            new BrandTemplate(
                    "배스킨라빈스",
                    "배스킨라빈스 전국 매장에서 사용 가능합니다. (휴게소, 공항 매장 제외)",
                    false,
                    branches("강남점", "해운대점", "대전둔산점"),
                    List.of(item("싱글레귤러", 3900), item("파인트", 9800), item("쿼터", 18500), item("패밀리", 26000))),
            new BrandTemplate(
                    "이디야커피",
                    CAFE_MEMO,
                    false,
                    branches("역삼점", "광화문점"),
                    List.of(item("아메리카노 (R)", 3200), item("카페라떼 (R)", 3700), item("토피넛 라떼 (R)", 4200))),
            new BrandTemplate(
                    "투썸플레이스",
                    CAFE_MEMO,
                    false,
                    branches("여의도점", "판교점"),
                    List.of(item("아메리카노 R", 4500), item("스트로베리 초콜릿 생크림 (조각)", 6800))),
            new BrandTemplate(
                    "메가MGC커피",
                    CAFE_MEMO,
                    false,
                    branches("건대점", "인하대점"),
                    List.of(item("(ICE)아메리카노", 2000), item("(ICE)카페라떼", 2900))),
            new BrandTemplate(
                    "교촌치킨",
                    "배달 주문 시 배달비는 별도입니다.",
                    false,
                    branches("대구동성로점", "광주상무점"),
                    List.of(item("허니콤보 + 콜라 1.25L", 25000), item("교촌오리지날", 19000))),
            new BrandTemplate(
                    "도미노피자",
                    "방문 포장 및 배달 주문 시 사용 가능합니다.",
                    false,
                    branches("목동점", "일산점"),
                    List.of(item("포테이토 L + 콜라 1.25L", 31900))),
            new BrandTemplate(
                    "롯데리아",
                    "전국 롯데리아 매장에서 사용 가능합니다. (휴게소 제외)",
                    false,
                    branches("청량리역점", "울산삼산점"),
                    List.of(item("불고기버거 세트", 7200), item("새우버거 세트", 7200))),
            new BrandTemplate(
                    "CGV",
                    "CGV 전국 극장에서 2D 일반 영화 관람 시 사용 가능합니다.",
                    true,
                    branches("용산아이파크몰", "센텀시티"),
                    List.of(voucher("일반 영화관람권", 15000), voucher("영화관람권 2매", 30000))));

    private GiftLetterCatalogGenerator() {}

    /**
     * The brands named by {@code brandIds} (in built-in order) with their products, then extra amount vouchers
     * (2만원, 3만원 … across the brands) until {@code size} products; never fewer than the built-in products of those brands.
     */
    public static List<GiftLetterGoods> generate(List<Integer> brandIds, int size, long seed) {
        Random random = new Random(seed);
        List<GiftLetterBrand> brands = new ArrayList<>();
        List<GiftLetterGoods> goods = new ArrayList<>();
        int nextId = FIRST_GOODS_ID;
        for (int i = 0; i < Math.min(brandIds.size(), BRANDS.size()); i++) {
            BrandTemplate template = BRANDS.get(i);
            GiftLetterBrand brand = new GiftLetterBrand(
                    brandIds.get(i), template.name(), template.memo(), template.dateOnly(), template.branches());
            brands.add(brand);
            for (Product product : template.products()) {
                goods.add(goods(nextId++, brand, product, random));
            }
        }
        for (int extra = 0; goods.size() < size && !brands.isEmpty(); extra++) {
            GiftLetterBrand brand = brands.get(extra % brands.size());
            int amount = 2 + extra / brands.size() * 2 + extra % 2;
            goods.add(goods(nextId++, brand, voucher("모바일 금액권 " + amount + "만원", amount * 10000), random));
        }
        return List.copyOf(goods);
    }

    private static GiftLetterGoods goods(int id, GiftLetterBrand brand, Product product, Random random) {
        // supply price: 2–8 % below the market price, cut to 10 won
        int supplyPrice = product.price() * (92 + random.nextInt(7)) / 100 / 10 * 10;
        return new GiftLetterGoods(
                String.format("%010d", id),
                "[" + brand.name() + "] " + product.name(),
                brand,
                product.price(),
                supplyPrice,
                brand.dateOnlyExchange() ? "1" : "2",
                product.voucher() ? VOUCHER_END : "60",
                product.memo(),
                product.available());
    }
}
