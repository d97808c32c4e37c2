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

/**
 * A query parameter that, when given (not blank), is a whole number from {@code min} to {@code max}. Taken as text:
 * JAX-RS answers a parameter it cannot convert to a number with 404, and a client sending {@code size=abc} deserves
 * the 400 {@code VALIDATION_FAILED} every other invalid value gets.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {
    String message() default "a whole number from {min} to {max}";

    long min() default 0;

    long max() default Long.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeNumber, String> {
        private long min;
        private long max;

        /** The value of a valid parameter: {@code defaultValue} when it is absent or blank. */
        public static long valueOf(String text, long defaultValue) {
            return text == null || text.isBlank() ? defaultValue : Long.parseLong(text.trim());
        }

        @Override
        public void initialize(WholeNumber annotation) {
            this.min = annotation.min();
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                long v = Long.parseLong(value.trim());
                return v >= min && v <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
