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
import java.time.temporal.ChronoUnit;

/**
 * A window of business days {@code from}–{@code to} (both inclusive, each a {@link BusinessDay}), at most
 * {@link #days()} long and in order. {@code to} defaults to today in the settlement zone, {@code from} to
 * {@link #defaultDays()} days up to {@code to}. On a record or class implementing {@link Window}.
 */
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DayWindow.Validator.class)
public @interface DayWindow {
    int days();

    int defaultDays();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The two parameters of a window, as the client sent them. */
    interface Window {
        String from();

        String to();

        /** The first and last day, defaults applied (call after validation). */
        default LocalDate[] resolve(LocalDate today, int defaultDays) {
            LocalDate last = BusinessDay.Days.parse(to());
            if (last == null) {
                last = today;
            }
            LocalDate first = BusinessDay.Days.parse(from());
            if (first == null) {
                first = last.minusDays(defaultDays - 1);
            }
            return new LocalDate[] {first, last};
        }
    }

    @Dependent
    class Validator implements ConstraintValidator<DayWindow, Window> {
        // looked up when a value is checked: the validator factory is built before configuration mappings exist
        private final Instance<SettlementConfig> config;
        private final Clock clock;
        private int days;
        private int defaultDays;

        public Validator(Instance<SettlementConfig> config, Clock clock) {
            this.config = config;
            this.clock = clock;
        }

        @Override
        public void initialize(DayWindow annotation) {
            days = annotation.days();
            defaultDays = annotation.defaultDays();
        }

        @Override
        public boolean isValid(Window window, ConstraintValidatorContext context) {
            if (window == null) {
                return true;
            }
            LocalDate[] range;
            try {
                range = window.resolve(LocalDate.now(clock.withZone(config.get().zone())), defaultDays);
            } catch (DateTimeParseException e) {
                return true; // the day's own constraint tells
            }
            String message = null;
            if (range[0].isAfter(range[1])) {
                message = "must not be after to (" + range[1] + "), was " + range[0];
            } else if (ChronoUnit.DAYS.between(range[0], range[1]) + 1 > days) {
                message = "at most " + days + " days at once, asked for " + range[0] + " to " + range[1];
            }
            if (message == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode("from")
                    .addConstraintViolation();
            return false;
        }
    }
}
