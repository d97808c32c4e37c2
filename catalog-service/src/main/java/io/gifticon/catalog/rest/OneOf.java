package io.gifticon.catalog.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A query parameter that, when given, is exactly one of {@code value} (a closed list of wire names such as
 * {@code -price}). Taken as text and checked here, not converted to an enum by a {@code ParamConverter}: a converter
 * that refuses a value makes JAX-RS answer 404, and an unknown value is a 400 {@code VALIDATION_FAILED} listed with
 * the other invalid fields.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {
    String[] value();

    String message() default "one of {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {
        private Set<String> allowed;

        @Override
        public void initialize(OneOf annotation) {
            this.allowed = Set.of(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || allowed.contains(value);
        }
    }
}
