package io.gifticon.settlement.rest.validation;

import io.gifticon.settlement.config.SettlementConfig;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A business day {@code YYYY-MM-DD} from {@link #FIRST} to tomorrow in the settlement zone (the business day may be
 * ahead of the server's). Surrounding spaces are ignored. Null or blank passes (a {@code @NotBlank} says whether it is
 * required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BusinessDay.Validator.class)
public @interface BusinessDay {
    /** No settlement data is older: a date before it is a typo or a probe. */
    LocalDate FIRST = LocalDate.of(2000, 1, 1);

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reading the text once it is valid. */
    final class Days {
        private Days() {}

        /** The day, or null when the text is blank (call after validation). */
        public static LocalDate parse(String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }
    }

    @Dependent
    class Validator implements ConstraintValidator<BusinessDay, String> {
        // looked up when a value is checked: the validator factory is built before configuration mappings exist
        private final Instance<SettlementConfig> config;
        private final Clock clock;

        public Validator(Instance<SettlementConfig> config, Clock clock) {
            this.config = config;
            this.clock = clock;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            LocalDate last = LocalDate.now(clock.withZone(config.get().zone())).plusDays(1);
            String message;
            try {
                LocalDate day = Days.parse(value);
                if (!day.isBefore(FIRST) && !day.isAfter(last)) {
                    return true;
                }
                message = "must be from " + FIRST + " to " + last;
            } catch (DateTimeParseException e) {
                message = "must be a date YYYY-MM-DD";
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
