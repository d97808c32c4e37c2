package io.gifticon.web.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, while reading JSON, every string PostgreSQL's UTF-8 text cannot store ({@link StorableText}): string
 * values and map keys of any typed field, and every string (member names included) inside free-form values
 * ({@code JsonNode}, {@code ObjectNode}, {@code ArrayNode}, {@code Object}). The failure is an
 * {@link UnstorableTextException} with the field's path, answered as 400 {@code VALIDATION_FAILED}.
 */
public final class StorableTextModule extends SimpleModule {

    public StorableTextModule() {
        super("gifticon-storable-text");
        addDeserializer(String.class, new Strings());
        addKeyDeserializer(String.class, new Keys());
        addDeserializer(JsonNode.class, new Trees<>(JsonNode.class));
        addDeserializer(ObjectNode.class, new Trees<>(ObjectNode.class));
        addDeserializer(ArrayNode.class, new Trees<>(ArrayNode.class));
        addDeserializer(Object.class, new Untyped());
    }

    private static final class Strings extends StdDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, StringDeserializer.instance.deserialize(p, ctxt), "");
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    private static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            Optional<String> problem = StorableText.problem(key);
            if (problem.isPresent()) {
                throw new UnstorableTextException(ctxt.getParser(), "(a member name) " + problem.get(), "");
            }
            return key;
        }
    }

    private static final class Trees<T extends JsonNode> extends StdDeserializer<T> {
        private final JsonDeserializer<? extends JsonNode> delegate;

        Trees(Class<T> type) {
            super(type);
            this.delegate = JsonNodeDeserializer.getDeserializer(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T tree = (T) delegate.deserialize(p, ctxt);
            check(p, tree, new StringBuilder());
            return tree;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) {
            try {
                return (T) delegate.getNullValue(ctxt);
            } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void check(JsonParser p, JsonNode node, StringBuilder path) throws IOException {
            if (node.isTextual()) {
                checked(p, node.textValue(), path.toString());
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> member = it.next();
                    int length = path.length();
                    checkName(p, member.getKey(), path.toString());
                    path.append(length == 0 ? "" : ".").append(member.getKey());
                    check(p, member.getValue(), path);
                    path.setLength(length);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    int length = path.length();
                    path.append('[').append(i).append(']');
                    check(p, node.get(i), path);
                    path.setLength(length);
                }
            }
        }
    }

    /** {@code Object} fields: maps, lists and scalars as Jackson reads them without a type, then checked. */
    private static final class Untyped extends StdDeserializer<Object> {
        /** Not resolved on purpose: reads maps, lists and strings itself instead of asking the context again. */
        private final UntypedObjectDeserializer vanilla = new UntypedObjectDeserializer();

        Untyped() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = vanilla.deserialize(p, ctxt);
            check(p, value, new StringBuilder());
            return value;
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer types)
                throws IOException {
            return vanilla.deserializeWithType(p, ctxt, types);
        }

        private static void check(JsonParser p, Object value, StringBuilder path) throws IOException {
            if (value instanceof String text) {
                checked(p, text, path.toString());
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> member : map.entrySet()) {
                    String name = String.valueOf(member.getKey());
                    int length = path.length();
                    checkName(p, name, path.toString());
                    path.append(length == 0 ? "" : ".").append(name);
                    check(p, member.getValue(), path);
                    path.setLength(length);
                }
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    int length = path.length();
                    path.append('[').append(i).append(']');
                    check(p, list.get(i), path);
                    path.setLength(length);
                }
            }
        }
    }

    private static String checked(JsonParser p, String text, String innerPath) throws UnstorableTextException {
        Optional<String> problem = StorableText.problem(text);
        if (problem.isPresent()) {
            throw new UnstorableTextException(p, problem.get(), innerPath);
        }
        return text;
    }

    private static void checkName(JsonParser p, String name, String innerPath) throws UnstorableTextException {
        Optional<String> problem = StorableText.problem(name);
        if (problem.isPresent()) {
            throw new UnstorableTextException(p, "(a member name) " + problem.get(), innerPath);
        }
    }
}
