package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders each overlay with kustomize and checks what a reviewer would check by eye. */
class OverlaysTest {

    static final List<String> APPS = List.of("gateway", "catalog-service", "issuance-service", "settlement-service");
    static final List<String> SERVICES = List.of("catalog-service", "issuance-service", "settlement-service");
    /** The management interface's port in the cluster, the same for every app (locally each has its own). */
    static final int MANAGEMENT_PORT = 9000;

    static final List<String> TOPICS = List.of(
            "coupon-events",
            "catalog-events",
            "settlement-events",
            // dead-letter topics, one per consuming channel that dead-letters (TopicsTest checks them against the apps)
            "coupon-events-dlq",
            "coupon-events-catalog-dlq",
            "coupon-events.gateway-dlq",
            "catalog-events.gateway-dlq",
            "issuance-catalog-events-dlq",
            "issuance-settlement-events-dlq");
    /** Who may call each service over HTTP: the gateway, and issuance-service asking catalog-service for products. */
    static final Map<String, List<String>> CALLERS = Map.of(
            "catalog-service", List.of("gateway", "issuance-service"),
            "issuance-service", List.of("gateway"),
            "settlement-service", List.of("gateway"));

    private static final Map<String, Manifests.Result> RENDERED = new ConcurrentHashMap<>();

    static Manifests.Result render(String overlay) {
        return RENDERED.computeIfAbsent(
                overlay,
                o -> Manifests.parse(
                        Kustomize.build(Repo.K8S.resolve("overlays").resolve(o))));
    }

    @Test
    void everyOverlayIsTested() throws Exception {
        try (Stream<java.nio.file.Path> dirs = Files.list(Repo.K8S.resolve("overlays"))) {
            assertThat(dirs.map(p -> p.getFileName().toString()).sorted()).containsExactly("dev", "prod");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersAndMatchesTheKubernetesAndStrimziSchemas(String overlay) {
        Manifests.Result r = render(overlay);
        assertThat(r.problems()).as("schema problems in overlay " + overlay).isEmpty();
        assertThat(r.resources()).hasSizeGreaterThan(20);
        assertThat(r.ofKind("Secret"))
                .as("Secrets are created by hand, never committed")
                .isEmpty();
        assertThat(r.resources())
                .allSatisfy(res -> assertThat(
                                res.node().path("metadata").path("namespace").asText("gifticon"))
                        .as(res.kind() + "/" + res.name())
                        .isEqualTo("gifticon"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyAppDeploymentHasProbesResourcesAndARestrictedSecurityContext(String overlay) {
        List<Deployment> deployments = render(overlay).typed("Deployment", Deployment.class);
        assertThat(deployments).isNotEmpty();
        for (Deployment d : deployments) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot())
                    .as(name + " runAsNonRoot")
                    .isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser())
                    .as(name + " uid")
                    .isEqualTo(185L);
            assertThat(pod.getSecurityContext().getSeccompProfile().getType())
                    .as(name)
                    .isEqualTo("RuntimeDefault");
            assertThat(pod.getContainers()).as(name).hasSize(1);
            Container c = pod.getContainers().get(0);
            // the probes ask the management interface: the public port serves no /q/health
            assertProbe(name + " startup", c.getStartupProbe(), "/q/health/started");
            assertProbe(name + " readiness", c.getReadinessProbe(), "/q/health/ready");
            assertProbe(name + " liveness", c.getLivenessProbe(), "/q/health/live");
            for (String res : List.of("cpu", "memory")) {
                Quantity req = c.getResources().getRequests().get(res);
                Quantity lim = c.getResources().getLimits().get(res);
                assertThat(req).as(name + " requests." + res).isNotNull();
                assertThat(lim).as(name + " limits." + res).isNotNull();
                assertThat(Quantity.getAmountInBytes(req))
                        .as(name + " " + res + " request <= limit")
                        .isLessThanOrEqualTo(Quantity.getAmountInBytes(lim));
            }
            var sc = c.getSecurityContext();
            assertThat(sc.getRunAsNonRoot()).as(name).isTrue();
            assertThat(sc.getReadOnlyRootFilesystem())
                    .as(name + " readOnlyRootFilesystem")
                    .isTrue();
            assertThat(sc.getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(sc.getCapabilities().getDrop()).as(name + " drops").containsExactly("ALL");
            String tmpVolume = c.getVolumeMounts().stream()
                    .filter(m -> m.getMountPath().equals("/tmp"))
                    .map(m -> m.getName())
                    .findFirst()
                    .orElse(null);
            assertThat(tmpVolume).as(name + " mounts /tmp").isNotNull();
            assertThat(pod.getVolumes()).as(name).anySatisfy(v -> {
                assertThat(v.getName()).isEqualTo(tmpVolume);
                assertThat(v.getEmptyDir()).isNotNull();
            });
            assertThat(env(c))
                    .as(name)
                    .containsEntry("QUARKUS_HTTP_PORT", "8080")
                    .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
            assertThat(c.getPorts())
                    .as(name + " ports")
                    .extracting(p -> p.getName() + ":" + p.getContainerPort())
                    .containsExactlyInAnyOrder("http:8080", "management:" + MANAGEMENT_PORT);
            Map<String, String> annotations =
                    d.getSpec().getTemplate().getMetadata().getAnnotations();
            assertThat(annotations)
                    .as(name + ": Prometheus scrapes the management interface")
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(MANAGEMENT_PORT));
            assertThat(c.getImage())
                    .as(name + " image")
                    .matches("ghcr\\.io/gifticon/" + Pattern.quote(name) + ":\\d+\\.\\d+\\.\\d+.*");
        }
    }

    private static void assertProbe(String what, Probe probe, String path) {
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet()).as(what).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what + " port").isEqualTo("management");
    }

    private static Map<String, String> env(Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
            env.put(e.getName(), e.getValue());
        }
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceSelectsPodsOfSomeWorkloadOnANamedPort(String overlay) {
        Manifests.Result r = render(overlay);
        List<PodTemplateSpec> templates = podTemplates(r);
        for (Service s : r.typed("Service", Service.class)) {
            Map<String, String> selector = s.getSpec().getSelector();
            List<PodTemplateSpec> selected = templates.stream()
                    .filter(t -> Labels.matches(selector, t.getMetadata().getLabels()))
                    .toList();
            assertThat(selected)
                    .as("pods selected by Service " + s.getMetadata().getName())
                    .hasSize(1);
            Set<String> portNames = new TreeSet<>();
            selected.get(0)
                    .getSpec()
                    .getContainers()
                    .forEach(c -> c.getPorts().forEach(p -> portNames.add(p.getName())));
            s.getSpec()
                    .getPorts()
                    .forEach(p -> assertThat(portNames)
                            .as("targetPort of Service " + s.getMetadata().getName())
                            .contains(p.getTargetPort().getStrVal()));
        }
        for (HorizontalPodAutoscaler h : r.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            assertThat(r.ofKind("Deployment"))
                    .as("target of HPA " + h.getMetadata().getName())
                    .anyMatch(
                            d -> d.name().equals(h.getSpec().getScaleTargetRef().getName()));
        }
        for (PodDisruptionBudget p : r.typed("PodDisruptionBudget", PodDisruptionBudget.class)) {
            assertThat(templates)
                    .as("pods of PDB " + p.getMetadata().getName())
                    .anyMatch(t -> Labels.matches(
                            p.getSpec().getSelector(), t.getMetadata().getLabels()));
        }
        List<Ingress> ingresses = r.typed("Ingress", Ingress.class);
        assertThat(ingresses).hasSize(1);
        assertThat(ingresses.get(0).getSpec().getRules())
                .allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                        .allSatisfy(p -> assertThat(p.getBackend().getService().getName())
                                .isEqualTo("gateway")));
    }

    private static List<PodTemplateSpec> podTemplates(Manifests.Result r) {
        List<PodTemplateSpec> templates = new ArrayList<>();
        r.typed("Deployment", Deployment.class)
                .forEach(d -> templates.add(d.getSpec().getTemplate()));
        r.typed("StatefulSet", StatefulSet.class)
                .forEach(s -> templates.add(s.getSpec().getTemplate()));
        return templates;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySecretReferencedIsDocumentedInTheReadme(String overlay) {
        Manifests.Result r = render(overlay);
        String readme = Repo.read(Repo.README);
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (PodTemplateSpec t : podTemplates(r)) {
            for (Container c : t.getSpec().getContainers()) {
                for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                    if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                        secrets.computeIfAbsent(
                                        e.getValueFrom().getSecretKeyRef().getName(), k -> new TreeSet<>())
                                .add(e.getValueFrom().getSecretKeyRef().getKey());
                    }
                }
                for (EnvFromSource e : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
                    if (e.getSecretRef() != null) {
                        secrets.computeIfAbsent(e.getSecretRef().getName(), k -> new TreeSet<>());
                    }
                }
            }
            for (Volume v : t.getSpec().getVolumes() == null
                    ? List.<Volume>of()
                    : t.getSpec().getVolumes()) {
                if (v.getSecret() != null) {
                    secrets.computeIfAbsent(v.getSecret().getSecretName(), k -> new TreeSet<>());
                }
            }
        }
        r.typed("Ingress", Ingress.class).forEach(i -> {
            if (i.getSpec().getTls() != null) {
                i.getSpec().getTls().forEach(tls -> secrets.computeIfAbsent(tls.getSecretName(), k -> new TreeSet<>()));
            }
        });
        assertThat(secrets).isNotEmpty();
        secrets.forEach((name, keys) -> {
            assertThat(readme).as("deploy/README.md documents Secret " + name).containsPattern(word(name));
            keys.forEach(k -> assertThat(readme)
                    .as("deploy/README.md documents key " + k + " of Secret " + name)
                    .containsPattern(word(k)));
        });
    }

    private static Pattern word(String s) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(s) + "(?![\\w-])");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configurationKeysAreNamesTheAppsRead(String overlay) {
        Manifests.Result r = render(overlay);
        Map<String, ConfigMap> configMaps = new LinkedHashMap<>();
        r.typed("ConfigMap", ConfigMap.class)
                .forEach(c -> configMaps.put(c.getMetadata().getName(), c));
        List<String> checked = new ArrayList<>();
        for (Deployment d : r.typed("Deployment", Deployment.class)) {
            String app = d.getMetadata().getName();
            AppConfig config = new AppConfig(app);
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> provided = new TreeSet<>(env(c).keySet());
            for (EnvFromSource e : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
                assertThat(e.getConfigMapRef()).as(app + " envFrom").isNotNull();
                ConfigMap cm = configMaps.get(e.getConfigMapRef().getName());
                assertThat(cm)
                        .as(app + " uses ConfigMap " + e.getConfigMapRef().getName())
                        .isNotNull();
                provided.addAll(cm.getData().keySet());
            }
            for (String name : provided) {
                if (name.startsWith("QUARKUS_") || name.startsWith("JAVA_")) {
                    continue; // Quarkus' own keys and the JVM image's run-java.sh settings
                }
                assertThat(config.knownNames).as(app + " reads " + name).contains(name);
            }
            assertThat(provided)
                    .as(app + ": every ${ENV} of its application.properties is set in the cluster"
                            + " (the defaults point at 127.0.0.1)")
                    .containsAll(config.envReferences.keySet());
            checked.add(app);
        }
        assertThat(checked).containsAll(APPS);
        Deployment issuance = r.typed("Deployment", Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("issuance-service"))
                .findFirst()
                .orElseThrow();
        assertThat(env(issuance.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)))
                .as("issuance.encryption-key has no default")
                .containsKey("ISSUANCE_ENCRYPTION_KEY");
        // every generated ConfigMap is used by some pod
        Set<String> used = new TreeSet<>();
        podTemplates(r).forEach(t -> {
            t.getSpec().getContainers().forEach(c -> {
                if (c.getEnvFrom() != null) {
                    c.getEnvFrom().forEach(e -> used.add(e.getConfigMapRef().getName()));
                }
            });
            if (t.getSpec().getVolumes() != null) {
                t.getSpec().getVolumes().stream()
                        .filter(v -> v.getConfigMap() != null)
                        .forEach(v -> used.add(v.getConfigMap().getName()));
            }
        });
        assertThat(used).as("ConfigMaps in use").containsExactlyInAnyOrderElementsOf(configMaps.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaRunsInKraftModeWithNodePoolsAndTheTopicsExist(String overlay) {
        Manifests.Result r = render(overlay);
        List<Kafka> kafkas = r.typed("Kafka", Kafka.class);
        assertThat(kafkas).hasSize(1);
        Kafka kafka = kafkas.get(0);
        String cluster = kafka.getMetadata().getName();
        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).isNotNull();
        List<KafkaNodePool> pools = r.typed("KafkaNodePool", KafkaNodePool.class);
        assertThat(pools)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster));
        int brokers = pools.stream()
                .filter(p -> p.getSpec().getRoles().toString().contains("BROKER"))
                .mapToInt(p -> p.getSpec().getReplicas())
                .sum();
        List<KafkaTopic> topics = r.typed("KafkaTopic", KafkaTopic.class);
        assertThat(topics.stream().map(t -> t.getMetadata().getName())).containsExactlyInAnyOrderElementsOf(TOPICS);
        for (KafkaTopic t : topics) {
            assertThat(t.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            assertThat(t.getSpec().getPartitions()).isPositive();
            assertThat(t.getSpec().getReplicas()).as(t.getMetadata().getName()).isBetween(1, brokers);
            assertThat(t.getSpec().getConfig()).containsKey("retention.ms");
        }
        String bootstrap = r.typed("ConfigMap", ConfigMap.class).stream()
                .map(c -> c.getData().get("KAFKA_BOOTSTRAP_SERVERS"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
        assertThat(bootstrap)
                .isEqualTo(cluster + "-kafka-bootstrap:"
                        + kafka.getSpec().getKafka().getListeners().get(0).getPort());
    }

    @Test
    void devRunsOneOfEachWithTheSandboxAndPostgresql() {
        Manifests.Result r = render("dev");
        assertThat(r.typed("Deployment", Deployment.class))
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas())
                        .as(d.getMetadata().getName())
                        .isEqualTo(1));
        assertThat(r.ofKind("Deployment").stream().map(Manifests.Resource::name))
                .containsExactlyInAnyOrder(
                        "gateway", "catalog-service", "issuance-service", "settlement-service", "provider-sandbox");
        assertThat(r.ofKind("StatefulSet").stream().map(Manifests.Resource::name))
                .containsExactly("postgresql");
        Map<String, String> providers = configMap(r, "providers-config");
        assertThat(providers)
                .isNotEmpty()
                .allSatisfy((k, v) -> assertThat(v).as(k).startsWith("http://provider-sandbox:8080/"));
        assertThat(configMap(r, "postgresql-init")).containsKey("10-databases.sh");
        assertThat(r.typed("KafkaNodePool", KafkaNodePool.class))
                .allSatisfy(p -> assertThat(p.getSpec().getReplicas()).isEqualTo(1));
    }

    @Test
    void prodRunsReplicatedWithoutSandboxAgainstTheRealProviders() {
        Manifests.Result r = render("prod");
        assertThat(r.ofKind("Deployment").stream().map(Manifests.Resource::name))
                .containsExactlyInAnyOrderElementsOf(APPS);
        assertThat(r.ofKind("StatefulSet")).as("prod uses a managed PostgreSQL").isEmpty();
        assertThat(r.typed("Deployment", Deployment.class))
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas())
                        .as(d.getMetadata().getName())
                        .isGreaterThanOrEqualTo(2));
        assertThat(r.typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class))
                .hasSize(2)
                .allSatisfy(h -> assertThat(h.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2));
        assertThat(configMap(r, "providers-config"))
                .containsEntry("PROVIDERS_GIFTISHOW_BASE_URL", "https://bizapi.giftishow.com/bizApi")
                .allSatisfy((k, v) -> assertThat(v).as(k).doesNotContain("sandbox", "localhost", "127.0.0.1"));
        assertThat(r.typed("KafkaNodePool", KafkaNodePool.class).stream()
                        .mapToInt(p -> p.getSpec().getReplicas())
                        .sum())
                .isEqualTo(3);
        Kafka kafka = r.typed("Kafka", Kafka.class).get(0);
        assertThat(kafka.getSpec().getKafka().getConfig())
                .containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("offsets.topic.replication.factor", 3);
        assertThat(r.typed("KafkaTopic", KafkaTopic.class)).allSatisfy(t -> {
            assertThat(t.getSpec().getReplicas()).isEqualTo(3);
            assertThat(t.getSpec().getConfig()).containsEntry("min.insync.replicas", 2);
        });
        assertThat(r.typed("Ingress", Ingress.class).get(0).getSpec().getTls()).isNotEmpty();
    }

    private static Map<String, String> configMap(Manifests.Result r, String prefix) {
        List<ConfigMap> found = r.typed("ConfigMap", ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals(prefix)
                        || c.getMetadata().getName().matches(Pattern.quote(prefix) + "-[a-z0-9]{10}"))
                .toList();
        assertThat(found).as("ConfigMap " + prefix).hasSize(1);
        return found.get(0).getData();
    }
}
