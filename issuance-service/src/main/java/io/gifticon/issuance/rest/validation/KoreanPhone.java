package io.gifticon.issuance.rest.validation;

import io.gifticon.providers.PhoneNumbers;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Korean telephone number of the numbering plan ({@link PhoneNumbers}): digits, optionally grouped by {@code -}
 * or spaces. {@code recipient = true}: mobiles only (010, 011, 016–019), the numbers a coupon message reaches.
 * Null passes (a {@code @NotBlank} says whether the field is required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KoreanPhone.Validator.class)
public @interface KoreanPhone {
    String SENDER = "must be a Korean telephone number: an area number (02, 031-064), 15xx/16xx/18xx-xxxx, 070, "
            + "0502-0508, 080 or a mobile; digits, optionally grouped by '-' or spaces";
    String RECIPIENT =
            "must be a Korean mobile number (010, 011, 016-019); digits, optionally grouped by '-' or " + "spaces";

    boolean recipient() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the number against the plan. */
    class Validator implements ConstraintValidator<KoreanPhone, String> {
        private boolean recipient;
        private String message;

        @Override
        public void initialize(KoreanPhone annotation) {
            recipient = annotation.recipient();
            message = annotation.message().isEmpty() ? (recipient ? RECIPIENT : SENDER) : annotation.message();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (isValid(value, recipient)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }

        public static boolean isValid(String value, boolean recipient) {
            String digits = PhoneNumbers.digits(value);
            return digits != null
                    && (recipient ? PhoneNumbers.isValidRecipient(digits) : PhoneNumbers.isValidSender(digits));
        }
    }
}
