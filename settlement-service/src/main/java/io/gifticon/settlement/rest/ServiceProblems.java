package io.gifticon.settlement.rest;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures of what settlement depends on, as problem+json: a provider's (an exchange log that cannot be read, a
 * bizmoney call) with the taxonomy code, and Kafka's (the dead-letter replay). An outage is 503 (504 for a timeout,
 * 429 for a provider's rate limit) with {@code retryable: true} and {@code Retry-After}, never 500. A provider's own
 * text never goes into an answer (it may carry anything, a PIN included): it is logged with its digits masked.
 */
public class ServiceProblems {
    private static final Logger LOG = Logger.getLogger(ServiceProblems.class);
    static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    public Response provider(ProviderException e, UriInfo uri) {
        ProviderError error = e.error();
        ErrorCode code = error.code();
        LOG.infof(
                "provider failure on %s: %s %s (provider code %s): %s",
                uri.getPath(), error.provider(), code, error.providerCode(), masked(error.providerMessage()));
        // the provider taxonomy has the same names and statuses in web-commons ErrorCode (issuance maps it alike)
        Problem problem = Problem.of(
                        io.gifticon.web.ErrorCode.byName(code.name()).orElse(io.gifticon.web.ErrorCode.PROVIDER_ERROR),
                        code.userMessage() + " (" + error.provider() + ")")
                .withProvider(error.provider(), error.providerCode(), code.retryable())
                .withInstance(uri.getPath());
        return respond(problem, code.retryable());
    }

    @ServerExceptionMapper
    public Response kafka(org.apache.kafka.common.KafkaException e, UriInfo uri) {
        LOG.warnf("Kafka failure on %s: %s", uri.getPath(), e.getClass().getSimpleName());
        return respond(
                Problem.of(io.gifticon.web.ErrorCode.KAFKA_UNAVAILABLE, "Kafka did not answer; try again later.")
                        .withInstance(uri.getPath()),
                true);
    }

    private static Response respond(Problem problem, boolean retryable) {
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (retryable) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** A provider's text for a log line: digit runs masked (a PIN, a phone number), one line, at most 200 chars. */
    static String masked(String text) {
        if (text == null) {
            return "";
        }
        String safe = text.replaceAll("\\d{4,}", "****").replaceAll("[\\r\\n\\t]+", " ");
        return safe.length() > 200 ? safe.substring(0, 200) + "…" : safe;
    }
}
