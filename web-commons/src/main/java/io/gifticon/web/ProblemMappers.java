package io.gifticon.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as {@code application/problem+json}; nothing escapes as a bare 500 page. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** At most this many invalid fields are listed in one problem; the detail gives the count of all. */
    public static final int MAX_LISTED_ERRORS = 20;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem().withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        return respond(e.problem().withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(validationProblem(errors).withInstance(uri.getPath()));
    }

    /**
     * The one 400 shape for invalid input, from any service: {@code VALIDATION_FAILED} with the invalid fields,
     * at most {@link #MAX_LISTED_ERRORS} of them (a request with 50,000 broken elements gets a small answer).
     */
    public static Problem validationProblem(List<Problem.FieldError> errors) {
        String detail = errors.size() <= MAX_LISTED_ERRORS
                ? errors.size() + " field(s) are invalid"
                : errors.size() + " field(s) are invalid; the first " + MAX_LISTED_ERRORS + " are listed";
        return Problem.of(ErrorCode.VALIDATION_FAILED, detail)
                .withErrors(List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS))));
    }

    // Quarkus' Jackson integration ships mappers for these two; ours must be at least as specific to win
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparseableJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Problem problem = Problem.of(ErrorCode.MALFORMED_REQUEST, e.getOriginalMessage())
                .withRetryable(false)
                .withInstance(uri.getPath());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            problem = problem.withErrors(List.of(new Problem.FieldError(field, "has an invalid value")));
        }
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String reason = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String code = switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL" : "REQUEST_REJECTED";
        };
        return respond(Problem.of(status, code, reason, status >= 500 ? reason : e.getMessage())
                .withInstance(uri.getPath()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Outages.isUnavailable(e)) {
            // PostgreSQL or Kafka unreachable, restarting, or the pool exhausted: not a bug, and the same request
            // may succeed in a moment (a coupon stored before the failure is found again by its Idempotency-Key)
            LOG.warnf("%s: a server we depend on is unavailable (%s)", uri.getPath(), describe(e));
            return respond(Problem.of(
                            ErrorCode.SERVICE_UNAVAILABLE,
                            "A server this service depends on is not reachable right now; retry with the same "
                                    + "Idempotency-Key.")
                    .withRetryable(true)
                    .withInstance(uri.getPath()));
        }
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return respond(Problem.of(
                        ErrorCode.INTERNAL,
                        "The request failed unexpectedly; it is safe to retry with the same Idempotency-Key.")
                .withRetryable(true)
                .withInstance(uri.getPath()));
    }

    /** The problem as its response; a retryable 503 says when to come back ({@code Retry-After}). */
    public static Response respond(Problem problem) {
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 503 && Boolean.TRUE.equals(problem.retryable())) {
            response.header("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
        }
        return response.build();
    }

    /** The problem with {@code Retry-After} in whole seconds (at least 1), e.g. a 429 of a per-coupon limit. */
    public static Response respond(Problem problem, java.time.Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .header("Retry-After", String.valueOf(seconds))
                .build();
    }

    private static String describe(Throwable e) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 5; t = t.getCause(), depth++) {
            chain.append(depth == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
        }
        return chain.toString();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.request.recipients[1].phone": drop the method and parameter nodes. An element's index sits on
        // the node after the container (isInIterable), so it is appended to what was built so far.
        StringBuilder field = new StringBuilder();
        String lastName = "request";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                lastName = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() == 0 ? "" : ".").append(name);
            }
        }
        return field.length() == 0 ? lastName : field.toString();
    }
}
