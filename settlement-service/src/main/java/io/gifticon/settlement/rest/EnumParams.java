package io.gifticon.settlement.rest;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemMappers;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Query and path parameters of this service's enum types ({@code rest/}), by name in any case ({@code open},
 * {@code OPEN}); blank is absent. Any other value is the one 400 of every service ({@code VALIDATION_FAILED},
 * web-commons' shape) naming the parameter and the values it takes: a conversion that failed would otherwise be a 404
 * for a query parameter (JAX-RS) and never reach Bean Validation.
 */
@Provider
public class EnumParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !rawType.getPackageName().equals(EnumParams.class.getPackageName())) {
            return null;
        }
        return (ParamConverter<T>) new EnumConverter(rawType, nameOf(annotations));
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return "parameter";
    }

    private static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {
        private final Class<E> type;
        private final String name;

        EnumConverter(Class<E> type, String name) {
            this.type = type;
            this.name = name;
        }

        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String wanted = value.strip().toUpperCase(Locale.ROOT);
            return Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> invalid(name, "must be one of " + values()));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name().toLowerCase(Locale.ROOT);
        }

        private List<String> values() {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .toList();
        }
    }

    /** The validation answer for one parameter, as a response of its own (exception mappers do not see it). */
    static WebApplicationException invalid(String name, String message) {
        return new WebApplicationException(ProblemMappers.respond(
                ProblemMappers.validationProblem(List.of(new Problem.FieldError(name, message)))));
    }
}
