package io.gifticon.settlement.rest.validation;

import io.gifticon.providers.spi.Capability;
import io.gifticon.providers.spi.ProviderCapabilities;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.TreeSet;

/**
 * A provider the platform knows ({@link ProviderCapabilities}), with the capabilities the route needs (none: any
 * provider). Surrounding spaces are ignored. Null or blank passes (a {@code @NotBlank} says whether it is required).
 * The message names the providers that would do, never the client's value.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownProvider.Validator.class)
public @interface KnownProvider {
    /** What the provider must support, e.g. {@link Capability#BALANCE} for a reconciliation. */
    Capability[] capabilities() default {};

    /** What the route is for, in the message: "must be a provider with &lt;what&gt;: one of [...]". */
    String what() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Dependent
    class Validator implements ConstraintValidator<KnownProvider, String> {
        private final ProviderCapabilities providers;
        private List<Capability> needed;
        private String what;

        public Validator(ProviderCapabilities providers) {
            this.providers = providers;
        }

        @Override
        public void initialize(KnownProvider annotation) {
            needed = List.of(annotation.capabilities());
            what = annotation.what();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (fits(value.strip())) {
                return true;
            }
            TreeSet<String> fitting = new TreeSet<>();
            providers.providers().stream().filter(this::fits).forEach(fitting::add);
            String message =
                    (what.isEmpty() ? "must be one of " : "must be a provider with " + what + ": one of ") + fitting;
            context.disableDefaultConstraintViolation();
            // provider ids are configuration (letters and digits), no message expression
            context.buildConstraintViolationWithTemplate(
                            message.replace("{", "").replace("}", "").replace("$", ""))
                    .addConstraintViolation();
            return false;
        }

        private boolean fits(String provider) {
            return providers.providers().contains(provider)
                    && needed.stream().allMatch(c -> providers.supports(provider, c));
        }
    }
}
