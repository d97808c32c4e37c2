package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health, metrics and the other {@code /q} endpoints that are not public API live on each app's management interface
 * (issue 12 §8: the gateway served /q/metrics publicly). Rules out: an app whose build still serves them on its public
 * port while the cluster probes the management port (or the other way round); a fixed management port in tests (two
 * engineers' test runs would collide); the management port on a public Service or behind the Ingress; a service whose
 * OpenAPI document moved away from the public port the gateway merges it from.
 */
class ManagementInterfaceTest {

    /** Every app with its own management interface; the provider sandbox too (dev). */
    static final List<String> MODULES =
            List.of("gateway", "catalog-service", "issuance-service", "settlement-service", "provider-sandbox");

    @Test
    void everyAppIsBuiltWithItsManagementInterfaceOnARandomPortInTests() {
        Map<Integer, String> localPorts = new TreeMap<>();
        for (String app : MODULES) {
            if (Pending.MANAGEMENT_INTERFACE.contains(app)) {
                continue;
            }
            AppConfig config = new AppConfig(app);
            assertThat(config.managementInterface())
                    .as(app + ": quarkus.management.enabled=true")
                    .isTrue();
            // quarkus.management.test-port defaults to 9001: every @QuarkusTest would take that one port
            assertThat(config.prodValues)
                    .as(app + ": random management port in tests")
                    .containsEntry("quarkus.management.test-port", "0");
            String port = config.prodValues.get("quarkus.management.port");
            assertThat(port)
                    .as(app + ": its local management port (run.sh passes the same)")
                    .isNotNull();
            assertThat(localPorts.put(Integer.parseInt(port), app))
                    .as("local management port " + port)
                    .isNull();
            assertThat(localPorts.put(Integer.parseInt(config.prodValues.get("quarkus.http.port")), app))
                    .as(app + ": public and management ports differ from every other app's")
                    .isNull();
        }
    }

    @Test
    void theServicesKeepTheirOpenApiDocumentOnThePublicPortForTheGatewaysMerge() {
        // gateway MergedOpenApi: GET <GATEWAY_SERVICES_x>/q/openapi?format=json, the service's public port
        assertThat(Repo.read(Repo.ROOT.resolve("gateway/src/main/java/io/gifticon/gateway/docs/MergedOpenApi.java")))
                .contains("/q/openapi");
        for (String service : OverlaysTest.SERVICES) {
            assertThat(new AppConfig(service).prodValues)
                    .as(service)
                    .containsEntry("quarkus.smallrye-openapi.management.enabled", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theManagementPortHasAServiceOfItsOwnAndNeverTheIngress(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, Service> services = new TreeMap<>();
        r.typed("Service", Service.class)
                .forEach(s -> services.put(s.getMetadata().getName(), s));
        for (Deployment d : r.typed("Deployment", Deployment.class)) {
            String app = d.getMetadata().getName();
            assertThat(ports(services.get(app))).as("public Service " + app).containsExactly("http:8080->http");
            assertThat(ports(services.get(app + "-management")))
                    .as("Service " + app + "-management")
                    .containsExactly("management:" + OverlaysTest.MANAGEMENT_PORT + "->management");
        }
        List<String> backends = new ArrayList<>();
        for (Ingress ingress : r.typed("Ingress", Ingress.class)) {
            ingress.getSpec()
                    .getRules()
                    .forEach(rule -> rule.getHttp()
                            .getPaths()
                            .forEach(p -> backends.add(p.getBackend()
                                            .getService()
                                            .getName() + ":"
                                    + p.getBackend().getService().getPort().getName())));
        }
        assertThat(backends)
                .as("the Ingress sends everything to the gateway's public port")
                .isNotEmpty()
                .allMatch("gateway:http"::equals);
    }

    private static List<String> ports(Service s) {
        assertThat(s).isNotNull();
        List<String> ports = new ArrayList<>();
        for (ServicePort p : s.getSpec().getPorts()) {
            ports.add(p.getName() + ":" + p.getPort() + "->" + p.getTargetPort().getStrVal());
        }
        return ports;
    }
}
