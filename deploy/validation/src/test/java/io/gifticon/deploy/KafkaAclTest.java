package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kafka in the cluster (issue 12 §9: a plain listener without authentication let any pod write a coupon.redeemed fact
 * that settlement and issuance believed). Rules out: a listener without TLS or authentication, a pod other than the
 * four apps connecting, an app without its own identity, an app using another app's credentials, a user that may
 * write a topic it does not own, read a topic it does not consume, join a group that is not its own, or hold any
 * right beyond Read/Write; and an app that uses a topic or group its ACLs do not cover (it would fail in the cluster).
 */
class KafkaAclTest {

    /**
     * Kafka clients an app builds in code rather than through a channel of its application.properties, with the
     * source that proves they are still there: app -> (what it reads, its group, source file, text of that file).
     */
    record CodeClient(String app, String reads, String group, String source, String evidence) {}

    static final List<CodeClient> CODE_CLIENTS = List.of(new CodeClient(
            "settlement-service",
            "coupon-events-dlq",
            "settlement-dlq-replay",
            "settlement-service/src/main/java/io/gifticon/settlement/service/DeadLetterReplay.java",
            "GROUP = \"settlement-dlq-replay\""));

    /** The Secret Strimzi's User Operator writes for a KafkaUser (Kafka resource: userOperator.secretPrefix). */
    static String userSecret(Kafka kafka, String user) {
        String prefix = kafka.getSpec().getEntityOperator().getUserOperator().getSecretPrefix();
        return (prefix == null ? "" : prefix) + user;
    }

    /** What each Kafka app needs, from its application.properties, the contract and the code clients above. */
    static Map<String, KafkaAcls.Needs> needs() {
        Map<String, KafkaAcls.Needs> needs = new TreeMap<>();
        for (String app : TopicsTest.KAFKA_APPS) {
            KafkaUsage usage = TopicsTest.usage(app);
            Set<String> write = new TreeSet<>();
            Set<String> read = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            usage.uses.forEach(u -> (u.how().equals("incoming") ? read : write).add(u.topic()));
            usage.groups.forEach(g -> groups.add(g.prefixOnly() ? g.name() + "*" : g.name()));
            CODE_CLIENTS.stream().filter(c -> c.app().equals(app)).forEach(c -> {
                read.add(c.reads());
                groups.add(c.group());
            });
            needs.put(app, new KafkaAcls.Needs(write, read, groups, new TreeSet<>(usage.transactionalIds)));
        }
        return needs;
    }

    /** topic -> owning app: the contract's EventSources for event topics, the dead-lettering app for its DLQs. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>(KafkaUsage.contractOwners());
        for (String app : TopicsTest.KAFKA_APPS) {
            TopicsTest.usage(app).uses.stream()
                    .filter(u -> u.how().equals("dead-letter-queue"))
                    .forEach(u -> assertThat(owners.put(u.topic(), app))
                            .as("dead-letter topic " + u.topic() + " of " + app + " has another owner")
                            .isNull());
        }
        return owners;
    }

    @Test
    void theCodeClientsAreStillInTheCode() {
        for (CodeClient c : CODE_CLIENTS) {
            assertThat(Repo.read(Repo.ROOT.resolve(c.source()))).as(c.source()).contains(c.evidence());
        }
    }

    @Test
    void everyEventTopicHasOneOwnerAndItIsTheAppThatProducesIt() {
        Map<String, String> owners = KafkaUsage.contractOwners();
        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(KafkaUsage.contractTopics());
        for (String app : TopicsTest.KAFKA_APPS) {
            TopicsTest.usage(app).uses.stream()
                    .filter(u -> u.how().equals("outgoing"))
                    .forEach(u -> assertThat(owners.get(u.topic()))
                            .as(app + " produces " + u.topic())
                            .isEqualTo(app));
        }
        assertThat(new TreeSet<>(owners.values())).as("producers").isSubsetOf(TopicsTest.KAFKA_APPS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOnlyListenerIsTlsWithScramAndOpenToTheAppsOnly(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Kafka kafka = r.typed("Kafka", Kafka.class).get(0);
        List<GenericKafkaListener> listeners = kafka.getSpec().getKafka().getListeners();
        assertThat(listeners).as("listeners (no plain one)").hasSize(1);
        GenericKafkaListener listener = listeners.get(0);
        assertThat(listener.isTls()).as("TLS").isTrue();
        assertThat(listener.getAuth()).as("authentication").isInstanceOf(KafkaListenerAuthenticationScramSha512.class);
        assertThat(kafka.getSpec().getKafka().getAuthorization())
                .as("ACLs enforced")
                .isInstanceOf(KafkaAuthorizationSimple.class);
        assertThat(((KafkaAuthorizationSimple) kafka.getSpec().getKafka().getAuthorization()).getSuperUsers())
                .as("super users bypass every ACL")
                .isNullOrEmpty();
        assertThat(listener.getNetworkPolicyPeers())
                .as("who may connect")
                .isNotEmpty()
                .allSatisfy(peer -> {
                    assertThat(peer.getNamespaceSelector()).isNull();
                    assertThat(peer.getIpBlock()).isNull();
                    for (Deployment d : r.typed("Deployment", Deployment.class)) {
                        boolean selected = Labels.matches(
                                peer.getPodSelector(),
                                d.getSpec().getTemplate().getMetadata().getLabels());
                        assertThat(selected)
                                .as(d.getMetadata().getName() + " may connect to Kafka")
                                .isEqualTo(TopicsTest.KAFKA_APPS.contains(
                                        d.getMetadata().getName()));
                    }
                });
        Map<String, String> kafkaConfig = configMap(r, "kafka-config");
        assertThat(kafkaConfig)
                .containsEntry(
                        "KAFKA_BOOTSTRAP_SERVERS",
                        kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.getPort())
                .containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyAppLogsInAsItsOwnKafkaUserAndTrustsTheClusterCa(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Kafka kafka = r.typed("Kafka", Kafka.class).get(0);
        Map<String, KafkaUser> users = new LinkedHashMap<>();
        r.typed("KafkaUser", KafkaUser.class)
                .forEach(u -> users.put(u.getMetadata().getName(), u));
        assertThat(users.keySet())
                .as("one KafkaUser per app, nobody else")
                .containsExactlyInAnyOrderElementsOf(TopicsTest.KAFKA_APPS);
        for (String app : TopicsTest.KAFKA_APPS) {
            KafkaUser user = users.get(app);
            assertThat(user.getMetadata().getLabels())
                    .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(user.getSpec().getAuthentication())
                    .as(app)
                    .isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            Map<String, EnvVar> env = env(r, app);
            assertThat(env.get("KAFKA_SASL_JAAS_CONFIG"))
                    .as(app + " KAFKA_SASL_JAAS_CONFIG")
                    .isNotNull();
            var jaas = env.get("KAFKA_SASL_JAAS_CONFIG").getValueFrom().getSecretKeyRef();
            assertThat(jaas.getName())
                    .as(app + " uses its own KafkaUser's Secret")
                    .isEqualTo(userSecret(kafka, app));
            assertThat(jaas.getKey()).isEqualTo("sasl.jaas.config");
            var ca = env.get("KAFKA_SSL_TRUSTSTORE_CERTIFICATES").getValueFrom().getSecretKeyRef();
            assertThat(ca.getName())
                    .as(app + " trusts the cluster CA")
                    .isEqualTo(kafka.getMetadata().getName() + "-cluster-ca-cert");
            assertThat(ca.getKey()).isEqualTo("ca.crt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyUserMayDoExactlyWhatItsAppDoes(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, KafkaAcls.Needs> needs = needs();
        Map<String, String> owners = owners();
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> writers = new TreeMap<>();
        for (KafkaUser user : r.typed("KafkaUser", KafkaUser.class)) {
            String name = user.getMetadata().getName();
            List<KafkaAcls.Grant> grants = KafkaAcls.grants(user);
            problems.addAll(KafkaAcls.problems(
                    name,
                    grants,
                    needs.getOrDefault(name, new KafkaAcls.Needs(Set.of(), Set.of(), Set.of(), Set.of())),
                    owners));
            grants.stream()
                    .filter(g -> g.type().equals("topic") && g.operation().equals("Write"))
                    .forEach(g -> writers.computeIfAbsent(g.name(), k -> new TreeSet<>())
                            .add(name));
        }
        assertThat(problems).as("ACL problems in overlay " + overlay).isEmpty();
        writers.forEach(
                (topic, who) -> assertThat(who).as("who may write " + topic).hasSize(1));
        assertThat(writers.keySet())
                .as("every topic has its writer")
                .containsExactlyInAnyOrderElementsOf(owners.keySet());
    }

    @Test
    void noAppUsesKafkaTransactions() {
        // transactional ids would need TransactionalId ACLs; KafkaAcls checks them, this keeps them visible
        TopicsTest.KAFKA_APPS.forEach(app ->
                assertThat(TopicsTest.usage(app).transactionalIds).as(app).isEmpty());
    }

    // ---- the checker itself, against forged users: each line is an attack it must refuse

    private static final Map<String, String> OWNERS = Map.of(
            "coupon-events",
            "issuance-service",
            "settlement-events",
            "settlement-service",
            "coupon-events-dlq",
            "settlement-service");
    private static final KafkaAcls.Needs SETTLEMENT = new KafkaAcls.Needs(
            Set.of("settlement-events", "coupon-events-dlq"),
            Set.of("coupon-events"),
            Set.of("settlement-ledger"),
            Set.of());
    private static final List<KafkaAcls.Grant> SETTLEMENT_GRANTS = List.of(
            new KafkaAcls.Grant("topic", "settlement-events", "literal", "Write"),
            new KafkaAcls.Grant("topic", "coupon-events-dlq", "literal", "Write"),
            new KafkaAcls.Grant("topic", "coupon-events", "literal", "Read"),
            new KafkaAcls.Grant("group", "settlement-ledger", "literal", "Read"));

    private static List<String> withExtra(KafkaAcls.Grant extra) {
        List<KafkaAcls.Grant> grants = new ArrayList<>(SETTLEMENT_GRANTS);
        grants.add(extra);
        return KafkaAcls.problems("settlement-service", grants, SETTLEMENT, OWNERS);
    }

    @Test
    void theCheckerPassesExactlyEnough() {
        assertThat(KafkaAcls.problems("settlement-service", SETTLEMENT_GRANTS, SETTLEMENT, OWNERS))
                .isEmpty();
    }

    @Test
    void theCheckerRefusesWritingATopicOwnedByAnotherApp() {
        // the attack of issue 12 §9: a forged coupon.redeemed on coupon-events "from settlement"
        assertThat(withExtra(new KafkaAcls.Grant("topic", "coupon-events", "literal", "Write")))
                .containsExactly("settlement-service may write coupon-events, which issuance-service owns");
    }

    @Test
    void theCheckerRefusesWildcardsPrefixesAndBroadOperations() {
        assertThat(withExtra(new KafkaAcls.Grant("topic", "*", "literal", "Write")))
                .singleElement()
                .asString()
                .contains("wildcard");
        assertThat(withExtra(new KafkaAcls.Grant("topic", "settlement-", "prefix", "Write")))
                .singleElement()
                .asString()
                .contains("prefix reaches other topics");
        assertThat(withExtra(new KafkaAcls.Grant("topic", "settlement-events", "literal", "All")))
                .singleElement()
                .asString()
                .contains("only Read and Write");
        assertThat(withExtra(new KafkaAcls.Grant("topic", "settlement-events", "literal", "Delete")))
                .singleElement()
                .asString()
                .contains("only Read and Write");
        assertThat(withExtra(new KafkaAcls.Grant("cluster", "kafka-cluster", "literal", "Write")))
                .singleElement()
                .asString()
                .contains("cluster");
        assertThat(withExtra(new KafkaAcls.Grant("transactionalId", "tx", "literal", "Write")))
                .singleElement()
                .asString()
                .contains("no such transactional id");
    }

    @Test
    void theCheckerRefusesReadsAndGroupsBeyondWhatTheAppConsumes() {
        assertThat(withExtra(new KafkaAcls.Grant("topic", "settlement-events", "literal", "Read")))
                .containsExactly("settlement-service may read settlement-events, which it does not consume");
        assertThat(withExtra(new KafkaAcls.Grant("group", "gateway-webhooks", "literal", "Read")))
                .singleElement()
                .asString()
                .startsWith("settlement-service may join group gateway-webhooks");
        assertThat(withExtra(new KafkaAcls.Grant("group", "settlement-", "prefix", "Read")))
                .singleElement()
                .asString()
                .startsWith("settlement-service may join group settlement-*");
    }

    @Test
    void theCheckerReportsWhatIsMissing() {
        List<KafkaAcls.Grant> none = List.of();
        assertThat(KafkaAcls.problems("settlement-service", none, SETTLEMENT, OWNERS))
                .containsExactlyInAnyOrder(
                        "settlement-service cannot write settlement-events, which it produces",
                        "settlement-service cannot write coupon-events-dlq, which it produces",
                        "settlement-service cannot read coupon-events, which it consumes",
                        "settlement-service cannot join its consumer group settlement-ledger");
    }

    @Test
    void theCheckerTreatsAGroupWithARandomSuffixAsAPrefix() {
        KafkaUsage usage = new KafkaUsage("""
                mp.messaging.incoming.sse.connector=smallrye-kafka
                mp.messaging.incoming.sse.topic=coupon-events
                mp.messaging.incoming.sse.group.id=gateway-sse-${quarkus.uuid}
                mp.messaging.incoming.hooks.connector=smallrye-kafka
                mp.messaging.incoming.hooks.topic=coupon-events
                mp.messaging.incoming.hooks.group.id=gateway-webhooks
                %test.mp.messaging.incoming.hooks.group.id=gateway-webhooks-test
                """);
        assertThat(usage.groups)
                .extracting(g -> g.name() + (g.prefixOnly() ? "*" : ""))
                .containsExactlyInAnyOrder("gateway-sse-*", "gateway-webhooks");
        KafkaAcls.Needs gateway = new KafkaAcls.Needs(
                Set.of(), Set.of("coupon-events"), Set.of("gateway-sse-*", "gateway-webhooks"), Set.of());
        List<KafkaAcls.Grant> literalOnly = List.of(
                new KafkaAcls.Grant("topic", "coupon-events", "literal", "Read"),
                new KafkaAcls.Grant("group", "gateway-webhooks", "literal", "Read"),
                new KafkaAcls.Grant("group", "gateway-sse-", "literal", "Read"));
        assertThat(KafkaAcls.problems("gateway", literalOnly, gateway, OWNERS))
                .contains("gateway cannot join its consumer group gateway-sse-*");
    }

    private static Map<String, EnvVar> env(Manifests.Result r, String app) {
        Deployment d = r.typed("Deployment", Deployment.class).stream()
                .filter(x -> x.getMetadata().getName().equals(app))
                .findFirst()
                .orElseThrow();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, EnvVar> env = new LinkedHashMap<>();
        (c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()).forEach(e -> env.put(e.getName(), e));
        return env;
    }

    static Map<String, String> configMap(Manifests.Result r, String prefix) {
        return r.typed("ConfigMap", ConfigMap.class).stream()
                .filter(c ->
                        c.getMetadata().getName().matches(java.util.regex.Pattern.quote(prefix) + "(-[a-z0-9]{10})?"))
                .map(ConfigMap::getData)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }
}
