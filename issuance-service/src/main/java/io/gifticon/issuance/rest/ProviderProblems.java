package io.gifticon.issuance.rest;

import io.gifticon.issuance.service.RetryLaterException;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderValidationException;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A provider rule broken before any call, or a provider's refusal of a follow-up (resend, refresh), as
 * problem+json with the taxonomy code. The detail is our own text: the rule that was broken (validation), or the
 * fixed message of the code — never the provider's reply text (issue 12 §6).
 */
public class ProviderProblems {

    @ServerExceptionMapper
    public Response provider(ProviderException e, UriInfo uri) {
        return ProblemMappers.respond(problemOf(e.error(), e).withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e, UriInfo uri) {
        return ProblemMappers.respond(e.problem().withInstance(uri.getPath()), e.retryAfter());
    }

    static Problem problemOf(ProviderError error, ProviderException e) {
        Problem problem = Problem.of(webCode(error.code()), detailOf(error))
                .withProvider(error.provider(), error.providerCode(), error.retryable());
        if (e instanceof ProviderValidationException invalid) {
            List<Problem.FieldError> fields = invalid.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message()))
                    .toList();
            problem = problem.withErrors(fields);
        }
        return problem;
    }

    /** The platform's code of a provider taxonomy code: the same name and HTTP status (web-commons ErrorCode). */
    static io.gifticon.web.ErrorCode webCode(io.gifticon.providers.ErrorCode code) {
        return io.gifticon.web.ErrorCode.byName(code.name()).orElse(io.gifticon.web.ErrorCode.PROVIDER_ERROR);
    }

    /** Our validation text when the error never came from a provider's reply; the code's fixed text otherwise. */
    static String detailOf(ProviderError error) {
        return error.providerCode() == null
                        && error.code() == io.gifticon.providers.ErrorCode.INVALID_REQUEST
                        && error.providerMessage() != null
                ? error.providerMessage()
                : error.code().userMessage();
    }
}
