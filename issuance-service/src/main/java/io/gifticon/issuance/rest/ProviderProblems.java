package io.gifticon.issuance.rest;

import io.gifticon.providers.ProviderException;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A provider rule broken before any call (or an unsupported provider) as problem+json with the taxonomy code. */
public class ProviderProblems {

    @ServerExceptionMapper
    public Response provider(ProviderException e, UriInfo uri) {
        var error = e.error();
        return ProblemMappers.respond(Problem.of(error.code().httpStatus(), error.code().name(),
                error.code().userMessage(), error.providerMessage())
                .withProvider(error.provider(), error.providerCode(), error.retryable())
                .withInstance(uri.getPath()));
    }
}
