package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves that the schema check fails on broken manifests, through the same kustomize rendering as the overlays. */
class BrokenManifestTest {

    /** A throw-away overlay on top of the real base, under target/, with the given extra kustomization lines. */
    private static Manifests.Result renderOverlay(String name, String kustomizationTail, String... files)
            throws IOException {
        Path dir = Path.of("target", "broken-overlays", name).toAbsolutePath();
        Files.createDirectories(dir);
        String base = dir.relativize(Repo.K8S.resolve("base").toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
        Files.writeString(
                dir.resolve("kustomization.yaml"),
                "apiVersion: kustomize.config.k8s.io/v1beta1\n" + "kind: Kustomization\nresources:\n  - " + base + "\n"
                        + kustomizationTail,
                StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
        }
        return Manifests.parse(Kustomize.build(dir));
    }

    @Test
    void theUnchangedBaseThroughATestOverlayPasses() throws IOException {
        assertThat(renderOverlay("control", "").problems()).isEmpty();
    }

    @Test
    void aDeploymentWithAMisspelledFieldFails() throws IOException {
        Manifests.Result r = renderOverlay("misspelled-probe", """
                patches:
                  - path: typo.yaml
                """, "typo.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: gateway
                spec:
                  template:
                    spec:
                      containers:
                        - name: gateway
                          livenesProbe:
                            httpGet:
                              path: /q/health/live
                              port: http
                """);
        assertThat(r.problems())
                .containsExactly("Deployment/gateway: unknown field spec.template.spec.containers[0].livenesProbe");
    }

    @Test
    void aKafkaTopicWithAStringPartitionCountFails() throws IOException {
        Manifests.Result r = renderOverlay("string-partitions", """
                patches:
                  - target:
                      kind: KafkaTopic
                      name: coupon-events
                    patch: |-
                      - op: replace
                        path: /spec/partitions
                        value: "6"
                """);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0))
                .startsWith("KafkaTopic/coupon-events: does not match the KafkaTopic schema")
                .contains("partitions");
    }

    @Test
    void aMisspelledStrimziFieldFails() throws IOException {
        Manifests.Result r = renderOverlay("strimzi-typo", """
                patches:
                  - target:
                      kind: KafkaNodePool
                    patch: |-
                      - op: add
                        path: /spec/replica
                        value: 3
                """);
        assertThat(r.problems()).containsExactly("KafkaNodePool/dual-role: unknown field spec.replica");
    }

    @Test
    void otherMistakesTheApiServerWouldRejectFail() {
        String yaml = """
                apiVersion: apps/v1beta1
                kind: Deployment
                metadata:
                  name: old-api
                spec:
                  selector:
                    matchLabels: {app: x}
                  template:
                    metadata:
                      labels: {app: x}
                    spec:
                      containers:
                        - name: x
                          image: x
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: numbers
                  annotations:
                    replicas: 3
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: bad-port
                spec:
                  ports:
                    - port: "http"
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: unknown-kind
                """;
        List<String> problems = Manifests.parse(yaml).problems();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).isEqualTo("Deployment/old-api: apiVersion 'apps/v1beta1', expected 'apps/v1'");
        assertThat(problems.get(1)).startsWith("ConfigMap/numbers: does not match the ConfigMap schema");
        assertThat(problems.get(2)).startsWith("Service/bad-port: does not match the Service schema");
        assertThat(problems.get(3)).isEqualTo("Widget/unknown-kind: kind 'Widget' is not one this project validates");
    }
}
