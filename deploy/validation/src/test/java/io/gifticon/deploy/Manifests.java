package io.gifticon.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses rendered manifests into the typed models of the Kubernetes API (fabric8) and of Strimzi, strictly: an
 * unknown or misspelled field anywhere, a string where a number or boolean belongs (or the other way round), a
 * wrong apiVersion or a kind this project does not use is a problem.
 */
final class Manifests {

    /** One rendered resource: its document, and the typed object when it parsed. */
    record Resource(String apiVersion, String kind, String name, JsonNode node, Object typed) {
        <T> T as(Class<T> type) {
            return type.cast(typed);
        }
    }

    /** The parse of one rendering: every resource, and every problem found. */
    record Result(List<Resource> resources, List<String> problems) {
        List<Resource> ofKind(String kind) {
            return resources.stream().filter(r -> r.kind().equals(kind)).toList();
        }

        <T> List<T> typed(String kind, Class<T> type) {
            return ofKind(kind).stream().map(r -> r.as(type)).toList();
        }
    }

    /** kind -> (apiVersion, model class): the kinds and API versions this project's manifests may use. */
    static final Map<String, Map.Entry<String, Class<?>>> KINDS = Map.ofEntries(
            Map.entry("Namespace", Map.entry("v1", Namespace.class)),
            Map.entry("ConfigMap", Map.entry("v1", ConfigMap.class)),
            Map.entry("Secret", Map.entry("v1", Secret.class)),
            Map.entry("Service", Map.entry("v1", Service.class)),
            Map.entry("Deployment", Map.entry("apps/v1", Deployment.class)),
            Map.entry("StatefulSet", Map.entry("apps/v1", StatefulSet.class)),
            Map.entry("Ingress", Map.entry("networking.k8s.io/v1", Ingress.class)),
            Map.entry("NetworkPolicy", Map.entry("networking.k8s.io/v1", NetworkPolicy.class)),
            Map.entry("HorizontalPodAutoscaler", Map.entry("autoscaling/v2", HorizontalPodAutoscaler.class)),
            Map.entry("PodDisruptionBudget", Map.entry("policy/v1", PodDisruptionBudget.class)),
            Map.entry("Kafka", Map.entry("kafka.strimzi.io/v1beta2", Kafka.class)),
            Map.entry("KafkaNodePool", Map.entry("kafka.strimzi.io/v1beta2", KafkaNodePool.class)),
            Map.entry("KafkaTopic", Map.entry("kafka.strimzi.io/v1beta2", KafkaTopic.class)),
            Map.entry("KafkaUser", Map.entry("kafka.strimzi.io/v1beta2", KafkaUser.class)));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper STRICT = strictMapper();

    private Manifests() {}

    private static ObjectMapper strictMapper() {
        ObjectMapper m = new ObjectMapper();
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // the API server does not turn "3" into 3 or 8080 into "8080": neither may we
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /** Parses and checks a multi-document YAML rendering. */
    static Result parse(String yaml) {
        List<Resource> resources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode node = docs.next();
                if (node == null || node.isNull() || node.isEmpty()) {
                    continue;
                }
                resources.add(parseOne(node, problems));
            }
        } catch (java.io.IOException e) {
            problems.add("not YAML: " + e.getMessage());
        }
        return new Result(resources, problems);
    }

    private static Resource parseOne(JsonNode node, List<String> problems) {
        String apiVersion = node.path("apiVersion").asText("");
        String kind = node.path("kind").asText("");
        String name = node.path("metadata").path("name").asText("");
        String id = kind + "/" + name;
        if (name.isEmpty()) {
            problems.add(id + ": metadata.name missing");
        }
        Map.Entry<String, Class<?>> known = KINDS.get(kind);
        if (known == null) {
            problems.add(id + ": kind '" + kind + "' is not one this project validates");
            return new Resource(apiVersion, kind, name, node, null);
        }
        if (!known.getKey().equals(apiVersion)) {
            problems.add(id + ": apiVersion '" + apiVersion + "', expected '" + known.getKey() + "'");
        }
        Object typed = null;
        try {
            typed = STRICT.treeToValue(node, known.getValue());
            List<String> unknown = new ArrayList<>();
            unknownFields(typed, "", unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
            for (String field : unknown) {
                problems.add(id + ": unknown field " + field);
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e.getMessage() == null
                    ? e.toString()
                    : e.getMessage().lines().findFirst().orElse("");
            String path =
                    e instanceof com.fasterxml.jackson.databind.JsonMappingException jme ? jme.getPathReference() : "";
            problems.add(id + ": does not match the " + known.getValue().getSimpleName() + " schema: " + msg
                    + (path.isEmpty() ? "" : " (at " + path + ")"));
        }
        return new Resource(apiVersion, kind, name, node, typed);
    }

    /**
     * The models keep fields they do not know in additionalProperties (Jackson any-setter) instead of failing: walk
     * the parsed object and report every such field with its path.
     */
    private static void unknownFields(Object o, String path, List<String> out, Set<Object> seen) {
        if (o == null
                || o instanceof String
                || o instanceof Number
                || o instanceof Boolean
                || o instanceof Enum<?>
                || !seen.add(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", out, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), out, seen);
            }
            return;
        }
        String pkg = o.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model") && !pkg.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0
                    || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            boolean getter = n.startsWith("get") && n.length() > 3;
            if (!getter) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (n.equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra) {
                    for (Object key : extra.keySet()) {
                        out.add((path.isEmpty() ? "" : path.substring(1) + ".") + key);
                    }
                }
                continue;
            }
            String field = Character.toLowerCase(n.charAt(3)) + n.substring(4);
            unknownFields(value, path + "." + field, out, seen);
        }
    }
}
