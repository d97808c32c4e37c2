package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may reach what in the cluster (deploy/README.md, threat model). Rules out: a pod other than the gateway (or
 * issuance, for catalog) calling a service's public port; anything but the monitoring namespace reaching a
 * management port; a port opened to all; a database reachable from pods other than the apps; the gateway reaching a
 * pod other than the services, its database, Kafka and DNS (a webhook URL aimed inside the cluster); any app
 * reaching private, link-local (169.254.169.254 metadata), CGNAT or loopback addresses through its internet rules.
 */
class NetworkPoliciesTest {

    static final int PUBLIC_PORT = 8080;
    static final int MANAGEMENT_PORT = OverlaysTest.MANAGEMENT_PORT;
    /** Ranges that the "internet" rules must cut out of 0.0.0.0/0 and ::/0. */
    static final Set<String> PRIVATE_V4 = Set.of(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.168.0.0/16",
            "224.0.0.0/4",
            "240.0.0.0/4");

    static final Set<String> PRIVATE_V6 =
            Set.of("::1/128", "::ffff:0:0/96", "64:ff9b::/96", "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8");
    /** Where an app's database lives, per overlay: dev the postgresql StatefulSet, prod the CloudNativePG pods. */
    static final Map<String, Map<String, String>> DATABASE_PODS = Map.of(
            "dev", Map.of("app.kubernetes.io/name", "postgresql"),
            "prod", Map.of("cnpg.io/cluster", "gifticon-db"));

    static final Map<String, String> KAFKA_BROKERS =
            Map.of("strimzi.io/cluster", "gifticon", "strimzi.io/broker-role", "true", "strimzi.io/kind", "Kafka");
    static final Map<String, String> KUBE_DNS = Map.of("k8s-app", "kube-dns");

    private static List<NetworkPolicy> policies(Manifests.Result r) {
        return r.typed("NetworkPolicy", NetworkPolicy.class);
    }

    /** Every pod template of the rendering, by workload name. */
    private static Map<String, Map<String, String>> pods(Manifests.Result r) {
        Map<String, Map<String, String>> pods = new LinkedHashMap<>();
        for (Deployment d : r.typed("Deployment", Deployment.class)) {
            pods.put(
                    d.getMetadata().getName(),
                    d.getSpec().getTemplate().getMetadata().getLabels());
        }
        for (StatefulSet s : r.typed("StatefulSet", StatefulSet.class)) {
            PodTemplateSpec t = s.getSpec().getTemplate();
            pods.put(s.getMetadata().getName(), t.getMetadata().getLabels());
        }
        return pods;
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports == null
                ? List.of()
                : ports.stream().map(p -> p.getPort().getIntVal()).toList();
    }

    /** The ingress rules of the policies selecting pods with these labels, with the policy's name. */
    private static Map<String, NetworkPolicyIngressRule> ingressRules(Manifests.Result r, Map<String, String> pod) {
        Map<String, NetworkPolicyIngressRule> rules = new LinkedHashMap<>();
        for (NetworkPolicy p : policies(r)) {
            if (Labels.matches(p.getSpec().getPodSelector(), pod) && p.getSpec().getIngress() != null) {
                for (int i = 0; i < p.getSpec().getIngress().size(); i++) {
                    rules.put(
                            p.getMetadata().getName() + "#" + i,
                            p.getSpec().getIngress().get(i));
                }
            }
        }
        return rules;
    }

    private static Map<String, NetworkPolicyEgressRule> egressRules(Manifests.Result r, Map<String, String> pod) {
        Map<String, NetworkPolicyEgressRule> rules = new LinkedHashMap<>();
        for (NetworkPolicy p : policies(r)) {
            if (Labels.matches(p.getSpec().getPodSelector(), pod) && p.getSpec().getEgress() != null) {
                for (int i = 0; i < p.getSpec().getEgress().size(); i++) {
                    rules.put(
                            p.getMetadata().getName() + "#" + i,
                            p.getSpec().getEgress().get(i));
                }
            }
        }
        return rules;
    }

    /** Whether a peer without a namespace selector selects this namespace's pod (a pod of another one if it has). */
    private static boolean selectsPodHere(NetworkPolicyPeer peer, Map<String, String> pod) {
        return peer.getNamespaceSelector() == null
                && peer.getIpBlock() == null
                && Labels.matches(peer.getPodSelector(), pod);
    }

    private static boolean isNamespace(LabelSelector selector, String namespace) {
        return selector != null
                && Map.of("kubernetes.io/metadata.name", namespace).equals(selector.getMatchLabels())
                && (selector.getMatchExpressions() == null
                        || selector.getMatchExpressions().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ingressAndEgressAreDeniedUnlessARuleAllowsThem(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        assertThat(policies(r)).as("a default deny of ingress for every pod").anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
        });
        for (Deployment d : r.typed("Deployment", Deployment.class)) {
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(policies(r))
                    .as(d.getMetadata().getName() + ": a default deny of egress")
                    .anySatisfy(p -> {
                        assertThat(Labels.matches(p.getSpec().getPodSelector(), labels))
                                .isTrue();
                        assertThat(p.getSpec().getPolicyTypes()).contains("Egress");
                        assertThat(p.getSpec().getEgress()).isNullOrEmpty();
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRuleNamesItsPeersAndPorts(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        for (NetworkPolicy p : policies(r)) {
            String name = p.getMetadata().getName();
            (p.getSpec().getIngress() == null
                            ? List.<NetworkPolicyIngressRule>of()
                            : p.getSpec().getIngress())
                    .forEach(rule -> {
                        assertThat(rule.getFrom())
                                .as(name + ": ingress from everywhere")
                                .isNotEmpty();
                        assertThat(rule.getPorts())
                                .as(name + ": ingress on every port")
                                .isNotEmpty();
                    });
            (p.getSpec().getEgress() == null
                            ? List.<NetworkPolicyEgressRule>of()
                            : p.getSpec().getEgress())
                    .forEach(rule -> {
                        assertThat(rule.getTo())
                                .as(name + ": egress to everywhere")
                                .isNotEmpty();
                        assertThat(rule.getPorts())
                                .as(name + ": egress on every port")
                                .isNotEmpty();
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aPublicPortTakesOnlyItsCallers(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, Map<String, String>> pods = pods(r);
        for (String app : OverlaysTest.APPS) {
            Set<String> callers = new TreeSet<>();
            ingressRules(r, pods.get(app)).forEach((policy, rule) -> {
                if (!ports(rule.getPorts()).contains(PUBLIC_PORT)) {
                    return;
                }
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertThat(peer.getIpBlock())
                            .as(policy + ": an address range on the public port")
                            .isNull();
                    if (peer.getNamespaceSelector() != null) {
                        assertThat(app)
                                .as(policy + ": another namespace on a public port")
                                .isEqualTo("gateway");
                        assertThat(isNamespace(peer.getNamespaceSelector(), "ingress-nginx"))
                                .as(policy + ": the gateway takes the ingress controller's traffic only")
                                .isTrue();
                        callers.add("ingress-nginx");
                        continue;
                    }
                    pods.forEach((other, labels) -> {
                        if (selectsPodHere(peer, labels)) {
                            callers.add(other);
                        }
                    });
                }
            });
            List<String> expected = app.equals("gateway") ? List.of("ingress-nginx") : OverlaysTest.CALLERS.get(app);
            assertThat(callers)
                    .as(app + ":" + PUBLIC_PORT + " takes calls from")
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aManagementPortTakesOnlyTheMonitoringNamespace(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, Map<String, String>> pods = pods(r);
        for (Deployment d : r.typed("Deployment", Deployment.class)) {
            String app = d.getMetadata().getName();
            Set<Integer> open = new TreeSet<>();
            List<String> from = new ArrayList<>();
            ingressRules(r, pods.get(app)).forEach((policy, rule) -> {
                open.addAll(ports(rule.getPorts()));
                if (!ports(rule.getPorts()).contains(MANAGEMENT_PORT)) {
                    return;
                }
                assertThat(ports(rule.getPorts()))
                        .as(policy + ": the management rule opens nothing else")
                        .containsExactly(MANAGEMENT_PORT);
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertThat(peer.getIpBlock()).as(policy).isNull();
                    assertThat(isNamespace(peer.getNamespaceSelector(), "monitoring"))
                            .as(policy + ": management port only from the monitoring namespace")
                            .isTrue();
                    from.add(policy);
                }
            });
            assertThat(from).as(app + ": Prometheus may scrape it").isNotEmpty();
            assertThat(open).as(app + ": ports opened at all").isSubsetOf(PUBLIC_PORT, MANAGEMENT_PORT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDatabaseTakesOnlyTheApps(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, Map<String, String>> pods = pods(r);
        Map<String, String> database = DATABASE_PODS.get(overlay);
        Set<String> callers = new TreeSet<>();
        ingressRules(r, database).forEach((policy, rule) -> {
            if (!ports(rule.getPorts()).contains(5432)) {
                return;
            }
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertThat(peer.getNamespaceSelector())
                        .as(policy + ": PostgreSQL from another namespace")
                        .isNull();
                assertThat(peer.getIpBlock()).as(policy).isNull();
                if (Labels.matches(peer.getPodSelector(), database)) {
                    continue; // the database's own instances (replication)
                }
                pods.forEach((other, labels) -> {
                    if (selectsPodHere(peer, labels)) {
                        callers.add(other);
                    }
                });
            }
        });
        assertThat(callers)
                .as("PostgreSQL takes connections from")
                .containsExactlyInAnyOrderElementsOf(OverlaysTest.APPS);
        for (String app : OverlaysTest.APPS) {
            assertThat(egressRules(r, pods.get(app)).values())
                    .as(app + " may reach its database")
                    .anySatisfy(rule -> {
                        assertThat(ports(rule.getPorts())).containsExactly(5432);
                        assertThat(rule.getTo()).allSatisfy(peer -> {
                            assertThat(peer.getIpBlock()).isNull();
                            assertThat(Labels.matches(peer.getPodSelector(), database))
                                    .isTrue();
                        });
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayReachesOnlyTheServicesItsDatabaseKafkaDnsAndTheInternet(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, Map<String, String>> pods = pods(r);
        Map<String, String> database = DATABASE_PODS.get(overlay);
        egressRules(r, pods.get("gateway")).forEach((policy, rule) -> {
            List<Integer> ports = ports(rule.getPorts());
            assertThat(ports).as(policy + ": no management port").doesNotContain(MANAGEMENT_PORT);
            for (NetworkPolicyPeer peer : rule.getTo()) {
                if (peer.getIpBlock() != null) {
                    assertThat(ports)
                            .as(policy + ": the internet on web ports only")
                            .isSubsetOf(80, 443);
                    continue;
                }
                if (peer.getNamespaceSelector() != null) {
                    assertThat(isNamespace(peer.getNamespaceSelector(), "kube-system")
                                    && Labels.matches(peer.getPodSelector(), KUBE_DNS)
                                    && Set.of(53).containsAll(ports))
                            .as(policy + ": another namespace other than DNS")
                            .isTrue();
                    continue;
                }
                if ((Labels.matches(peer.getPodSelector(), KAFKA_BROKERS) && ports.equals(List.of(9093)))
                        || (Labels.matches(peer.getPodSelector(), database) && ports.equals(List.of(5432)))) {
                    continue; // the Kafka brokers' TLS listener, its database
                }
                List<String> reached = new ArrayList<>();
                pods.forEach((other, labels) -> {
                    if (Labels.matches(peer.getPodSelector(), labels)) {
                        reached.add(other);
                    }
                });
                assertThat(reached)
                        .as(policy + ": pods the gateway reaches")
                        .isNotEmpty()
                        .isSubsetOf(OverlaysTest.SERVICES);
                assertThat(ports).as(policy + ": the services' public port").containsExactly(PUBLIC_PORT);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void internetRulesCutOutPrivateLinkLocalCgnatAndLoopbackRanges(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        int blocks = 0;
        for (NetworkPolicy p : policies(r)) {
            for (NetworkPolicyEgressRule rule : p.getSpec().getEgress() == null
                    ? List.<NetworkPolicyEgressRule>of()
                    : p.getSpec().getEgress()) {
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    IPBlock block = peer.getIpBlock();
                    if (block == null) {
                        continue;
                    }
                    blocks++;
                    String what = p.getMetadata().getName() + " " + block.getCidr();
                    assertThat(block.getCidr()).as(what).isIn("0.0.0.0/0", "::/0");
                    assertThat(block.getExcept())
                            .as(what + " except")
                            .containsAll(block.getCidr().contains(":") ? PRIVATE_V6 : PRIVATE_V4);
                    assertThat(ports(rule.getPorts()))
                            .as(what + ": web ports (and COUFUN's 446) only")
                            .isSubsetOf(80, 443, 446);
                }
            }
        }
        assertThat(blocks).as("internet rules (providers, webhooks)").isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void callersMayLeaveTowardsTheServicesTheyCall(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, Map<String, String>> pods = pods(r);
        for (Map.Entry<String, List<String>> e : OverlaysTest.CALLERS.entrySet()) {
            for (String caller : e.getValue()) {
                assertThat(egressRules(r, pods.get(caller)).values())
                        .as(caller + " may call " + e.getKey())
                        .anySatisfy(rule -> {
                            assertThat(rule.getTo())
                                    .anySatisfy(peer -> assertThat(selectsPodHere(peer, pods.get(e.getKey())))
                                            .isTrue());
                            assertThat(ports(rule.getPorts())).containsExactly(PUBLIC_PORT);
                        });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noAppReachesAnotherAppsManagementPort(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        pods(r).forEach((app, labels) -> egressRules(r, labels)
                .forEach((policy, rule) -> assertThat(ports(rule.getPorts()))
                        .as(policy + " (" + app + ")")
                        .doesNotContain(MANAGEMENT_PORT)));
    }
}
