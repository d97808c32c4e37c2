package io.gifticon.catalog.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.gifticon.providers.spi.ProviderCapabilities;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A provider name the platform knows ({@link ProviderCapabilities#providers()}), when given. {@code blankMeansAll}:
 * a blank value is "every provider" and the name is compared trimmed (a sync request); otherwise it is compared as
 * sent.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = KnownProvider.Validator.class)
public @interface KnownProvider {
    String message() default "one of the platform's providers";

    boolean blankMeansAll() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A bean (it needs the providers), one per constraint: {@code initialize} keeps the constraint's options. */
    @Dependent
    class Validator implements ConstraintValidator<KnownProvider, String> {
        private final ProviderCapabilities capabilities;
        private boolean blankMeansAll;

        public Validator(ProviderCapabilities capabilities) {
            this.capabilities = capabilities;
        }

        @Override
        public void initialize(KnownProvider annotation) {
            this.blankMeansAll = annotation.blankMeansAll();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || (blankMeansAll && value.isBlank())) {
                return true;
            }
            if (capabilities.providers().contains(blankMeansAll ? value.trim() : value)) {
                return true;
            }
            List<String> known = capabilities.providers().stream().sorted().toList();
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("one of " + known).addConstraintViolation();
            return false;
        }
    }
}
