package io.gifticon.providers;

import java.util.List;

/**
 * A request broke the provider's documented rules; thrown before anything is sent. Each problem names the
 * provider's field (e.g. {@code title}, {@code mms_title}, {@code callback_no}) and says the rule, with byte
 * limits in the encoding the request travels in.
 */
public class ProviderValidationException extends ProviderException {
    private final List<FieldProblem> problems;

    /** One broken rule: the provider's field name and what is wrong. */
    public record FieldProblem(String field, String message) {}

    public ProviderValidationException(String provider, List<FieldProblem> problems) {
        super(new ProviderError(
                ErrorCode.INVALID_REQUEST,
                provider,
                null,
                String.join("; ", problems.stream().map(FieldProblem::message).toList())));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
