package io.gifticon.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kafka topics an app uses in production, read from its application.properties: the prod values (keys without a
 * profile, overridden by {@code %prod.} keys; {@code %test.}, {@code %dev.}, {@code %local.} ... are ignored), every
 * SmallRye Kafka channel's {@code topic} / {@code topics} (the channel name when neither is set) and, for an incoming
 * channel with {@code failure-strategy=dead-letter-queue}, its dead-letter topic ({@code dead-letter-queue.topic},
 * SmallRye's default {@code dead-letter-topic-<channel>} when not set); the consumer group of every incoming channel
 * and any transactional id.
 */
final class KafkaUsage {

    private static final Pattern CHANNEL_KEY =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.(\"[^\"]+\"|[^.]+)\\.(.+)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^:}]+(?::([^}]*))?}");

    /** One use of a topic: which channel, and how (e.g. "incoming", "outgoing", "dead-letter-queue"). */
    record Use(String topic, String channel, String how) {
        @Override
        public String toString() {
            return topic + " (" + how + " of channel " + channel + ")";
        }
    }

    /** A consumer group of an incoming channel; {@code prefixOnly} when it ends in an expression (a random suffix). */
    record Group(String name, String channel, boolean prefixOnly) {
        @Override
        public String toString() {
            return name + (prefixOnly ? "*" : "") + " (group of channel " + channel + ")";
        }
    }

    final List<Use> uses = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    /** Kafka transactional ids the app configures (each needs a TransactionalId ACL). */
    final List<String> transactionalIds = new ArrayList<>();
    /** Problems that make a channel's topics impossible to know from the file (e.g. a topic pattern). */
    final List<String> problems = new ArrayList<>();

    KafkaUsage(String applicationProperties) {
        Map<String, String> prod = prodValues(applicationProperties);
        prod.forEach((key, value) -> {
            if (key.endsWith("transactional.id")) {
                transactionalIds.add(resolve(value));
            }
        });
        Map<String, Map<String, String>> channels = new TreeMap<>(); // "incoming channel" -> attribute -> value
        for (Map.Entry<String, String> e : prod.entrySet()) {
            Matcher m = CHANNEL_KEY.matcher(e.getKey());
            if (m.matches()) {
                String channel = m.group(2).replace("\"", "");
                channels.computeIfAbsent(m.group(1) + " " + channel, k -> new LinkedHashMap<>())
                        .put(m.group(3), resolve(e.getValue()));
            }
        }
        for (Map.Entry<String, Map<String, String>> c : channels.entrySet()) {
            String direction = c.getKey().substring(0, c.getKey().indexOf(' '));
            String channel = c.getKey().substring(c.getKey().indexOf(' ') + 1);
            Map<String, String> attrs = c.getValue();
            String connector = attrs.get("connector");
            if (connector != null && !connector.equals("smallrye-kafka")) {
                continue; // not Kafka (no connector: Quarkus attaches the only one present, Kafka here)
            }
            if ("true".equalsIgnoreCase(attrs.get("pattern"))) {
                problems.add(channel + ": topic pattern " + attrs.get("topic") + " cannot be checked");
                continue;
            }
            List<String> topics = new ArrayList<>();
            if (attrs.containsKey("topic")) {
                topics.add(attrs.get("topic"));
            } else if (attrs.containsKey("topics")) {
                for (String t : attrs.get("topics").split(",")) {
                    if (!t.isBlank()) {
                        topics.add(t.strip());
                    }
                }
            } else {
                topics.add(channel); // SmallRye: the channel name
            }
            topics.forEach(t -> uses.add(new Use(t, channel, direction)));
            if (direction.equals("incoming")) {
                // SmallRye/Quarkus: the channel's group.id, else kafka.group.id, else the application name
                String raw = attrs.containsKey("group.id")
                        ? attrs.get("group.id")
                        : prod.getOrDefault("kafka.group.id", prod.getOrDefault("quarkus.application.name", channel));
                String group = resolve(raw);
                int expression = group.indexOf("${");
                groups.add(
                        expression >= 0
                                ? new Group(group.substring(0, expression), channel, true)
                                : new Group(group, channel, false));
            }
            String strategy = attrs.getOrDefault("failure-strategy", "fail");
            if (direction.equals("incoming") && strategy.equals("dead-letter-queue")) {
                uses.add(new Use(
                        attrs.getOrDefault("dead-letter-queue.topic", "dead-letter-topic-" + channel),
                        channel,
                        "dead-letter-queue"));
            } else if (direction.equals("incoming") && strategy.equals("delayed-retry-topic")) {
                problems.add(channel + ": failure-strategy delayed-retry-topic is not understood by this check yet");
            }
        }
    }

    Set<String> topics() {
        Set<String> t = new TreeSet<>();
        uses.forEach(u -> t.add(u.topic()));
        return t;
    }

    /** Production values: un-profiled keys, then %prod keys (also in a profile list like %prod,staging) over them. */
    static Map<String, String> prodValues(String applicationProperties) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(applicationProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        Map<String, String> prodOverrides = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                values.put(key, p.getProperty(key));
                continue;
            }
            int dot = key.indexOf('.');
            if (dot < 0) {
                continue;
            }
            List<String> profiles = List.of(key.substring(1, dot).split(","));
            if (profiles.contains("prod")) {
                prodOverrides.put(key.substring(dot + 1), p.getProperty(key));
            }
        }
        values.putAll(prodOverrides);
        return values;
    }

    /** {@code ${NAME:default}} -> default (what the app uses unless the deployment sets NAME). */
    private static String resolve(String value) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) == null ? m.group() : m.group(1)));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    /** The topic names declared as constants of the event contract ({@code events} module's Topics class). */
    static Set<String> contractTopics() {
        return new TreeSet<>(constants("Topics").values());
    }

    /**
     * Owner (the one producing app) of each event topic, from the contract's {@code EventSources.OWNERS}
     * ({@code Topics.COUPON_EVENTS, ISSUANCE} with {@code ISSUANCE = "issuance-service"}).
     */
    static Map<String, String> contractOwners() {
        Map<String, String> topics = constants("Topics");
        Map<String, String> sources = constants("EventSources");
        String java = Repo.read(Repo.ROOT.resolve("events/src/main/java/io/gifticon/events/EventSources.java"));
        Matcher m = Pattern.compile("Topics\\.(\\w+)\\s*,\\s*(\\w+)\\s*[,)]").matcher(java);
        Map<String, String> owners = new TreeMap<>();
        while (m.find()) {
            owners.put(
                    Objects.requireNonNull(topics.get(m.group(1)), m.group(1)),
                    Objects.requireNonNull(sources.get(m.group(2)), m.group(2)));
        }
        return owners;
    }

    /** {@code static final String NAME = "value"} constants of a class of the events module: NAME -> value. */
    private static Map<String, String> constants(String className) {
        String java = Repo.read(Repo.ROOT.resolve("events/src/main/java/io/gifticon/events/" + className + ".java"));
        Matcher m = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"")
                .matcher(java);
        Map<String, String> constants = new LinkedHashMap<>();
        while (m.find()) {
            constants.put(m.group(1), m.group(2));
        }
        return constants;
    }
}
