package io.gifticon.catalog.rest;

import io.gifticon.catalog.repository.ProductSearch;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query of a product search, validated (Bean Validation): an invalid parameter is a 400 {@code VALIDATION_FAILED}
 * listing every invalid one. Text lengths are the columns' own sizes (V1): a longer value cannot match, and is not
 * worth a query.
 */
@ProductQuery.PriceRange
public record ProductQuery(
        @QueryParam("q") @Size(max = 100, message = "at most 100 characters") String q,

        @QueryParam("brand") @Size(max = 100, message = "at most 100 characters (a brand id or name)")
        String brand,

        @QueryParam("category") @Size(max = 200, message = "at most 200 characters") String category,

        @QueryParam("provider") @KnownProvider String provider,

        @QueryParam("minPrice") @WholeNumber(message = "a whole number of won, 0 or more")
        String minPrice,

        @QueryParam("maxPrice") @WholeNumber(message = "a whole number of won, 0 or more")
        String maxPrice,

        @QueryParam("status")
        @OneOf(
                value = {"ON_SALE", "SUSPENDED", "DISCONTINUED"},
                message = "one of ON_SALE, SUSPENDED, DISCONTINUED")
        String status,

        @QueryParam("sort")
        @OneOf(
                value = {"price", "-price", "name", "-name", "popularity", "-popularity"},
                message = "one of price, -price, name, -name, popularity, -popularity")
        String sort,

        @QueryParam("page") @WholeNumber(max = ProductQuery.MAX_PAGE)
        String page,

        @QueryParam("size") @WholeNumber(min = 1, max = ProductQuery.MAX_SIZE)
        String size) {

    /** Deep pages cost an offset scan; nobody pages this far, a client that does narrows the search. */
    public static final int MAX_PAGE = 10_000;

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** The search criteria of a valid query: blank text means "any", page 0 and 20 products by default. */
    public ProductSearch criteria() {
        return new ProductSearch(
                blankToNull(q),
                blankToNull(brand),
                blankToNull(category),
                provider,
                price(minPrice),
                price(maxPrice),
                status,
                (int) WholeNumber.Validator.valueOf(page, 0),
                (int) WholeNumber.Validator.valueOf(size, DEFAULT_SIZE),
                sort);
    }

    private static Long price(String text) {
        return text == null || text.isBlank() ? null : WholeNumber.Validator.valueOf(text, 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** {@code minPrice} not above {@code maxPrice} when both are valid numbers. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PriceRange.Validator.class)
    public @interface PriceRange {
        String message() default "must not be above maxPrice";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<PriceRange, ProductQuery> {
            @Override
            public boolean isValid(ProductQuery query, ConstraintValidatorContext context) {
                Long min = parsed(query.minPrice());
                Long max = parsed(query.maxPrice());
                if (min == null || max == null || min <= max) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("minPrice")
                        .addConstraintViolation();
                return false;
            }

            private static Long parsed(String text) {
                try {
                    return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
    }
}
