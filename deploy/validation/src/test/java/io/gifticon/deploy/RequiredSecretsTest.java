package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The secrets each app needs in production, listed by hand from its configuration: {@code ${ENV}} references without
 * a default, {@code @ConfigMapping} methods without {@code @WithDefault} that hold keys or passwords, and the provider
 * credentials whose defaults are the sandbox's (an unset one would make production talk to the provider as
 * "sandbox-user"). Each must be set in the app's Deployment, from a Secret (never a literal or a ConfigMap).
 */
class RequiredSecretsTest {

    private static final List<String> PROVIDER_CREDENTIALS = List.of("PROVIDERS_GIFTISHOW_AUTH_CODE",
            "PROVIDERS_GIFTISHOW_AUTH_TOKEN", "PROVIDERS_GIFTISHOW_USER_ID", "PROVIDERS_GIFTLETTER_CID",
            "PROVIDERS_GIFTLETTER_AUTH_KEY", "PROVIDERS_COUFUN_POC_ID", "PROVIDERS_PBT_APPLICATION_KEY",
            "PROVIDERS_PBT_PASSWD");

    /** app -> the environment variables that must come from a Secret. */
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        // gateway: quarkus.datasource.password=${DB_PASSWORD}; WebhookConfig.encryptionKey() (no default);
        // PosConfig.applicationKey()/passwd() (Optional, but the POS page cannot connect to PBT without them)
        REQUIRED.put("gateway", List.of("DB_PASSWORD", "GATEWAY_WEBHOOKS_ENCRYPTION_KEY",
                "GATEWAY_POS_APPLICATION_KEY", "GATEWAY_POS_PASSWD"));
        // catalog-service: DB_PASSWORD; the providers' credentials (syncs)
        List<String> catalog = new ArrayList<>(List.of("DB_PASSWORD"));
        catalog.addAll(PROVIDER_CREDENTIALS);
        REQUIRED.put("catalog-service", catalog);
        // issuance-service: DB_PASSWORD; IssuanceConfig.encryptionKey() (no default); issuance.pin-hash-key =
        // ${PIN_HASH_KEY} (no default); the providers' credentials (sends)
        List<String> issuance = new ArrayList<>(List.of("DB_PASSWORD", "ISSUANCE_ENCRYPTION_KEY", "PIN_HASH_KEY"));
        issuance.addAll(PROVIDER_CREDENTIALS);
        REQUIRED.put("issuance-service", issuance);
        // settlement-service: DB_PASSWORD; settlement.redemptions.pin-hash-key = ${PIN_HASH_KEY} (no default); the
        // providers' credentials (balances, exchange logs, the Giftishow status sweep)
        List<String> settlement = new ArrayList<>(List.of("DB_PASSWORD", "PIN_HASH_KEY"));
        settlement.addAll(PROVIDER_CREDENTIALS);
        REQUIRED.put("settlement-service", settlement);
    }

    private static Map<String, EnvVar> env(Manifests.Result r, String app) {
        Deployment d = r.typed("Deployment", Deployment.class).stream()
                .filter(x -> x.getMetadata().getName().equals(app)).findFirst().orElseThrow();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, EnvVar> env = new LinkedHashMap<>();
        (c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()).forEach(e -> env.put(e.getName(), e));
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRequiredSecretIsSetFromASecret(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        assertThat(REQUIRED.keySet()).containsExactlyInAnyOrderElementsOf(OverlaysTest.APPS);
        List<String> problems = new ArrayList<>();
        REQUIRED.forEach((app, names) -> {
            Map<String, EnvVar> env = env(r, app);
            for (String name : names) {
                EnvVar e = env.get(name);
                if (e == null) {
                    problems.add(app + ": " + name + " is not set");
                } else if (e.getValueFrom() == null || e.getValueFrom().getSecretKeyRef() == null) {
                    problems.add(app + ": " + name + " is not taken from a Secret (secretKeyRef)");
                } else if (Boolean.TRUE.equals(e.getValueFrom().getSecretKeyRef().getOptional())) {
                    problems.add(app + ": " + name + " is optional: a missing Secret would start the app without it");
                }
            }
        });
        assertThat(problems).as("required secrets of the apps in overlay " + overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void issuanceAndSettlementHashPinsWithTheSameKey(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        SecretKeySelector issuance = env(r, "issuance-service").get("PIN_HASH_KEY").getValueFrom().getSecretKeyRef();
        SecretKeySelector settlement = env(r, "settlement-service").get("PIN_HASH_KEY").getValueFrom()
                .getSecretKeyRef();
        assertThat(settlement.getName()).isEqualTo(issuance.getName());
        assertThat(settlement.getKey()).isEqualTo(issuance.getKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "catalog-service", "issuance-service", "settlement-service"})
    void theListMatchesWhatTheAppReads(String app) {
        AppConfig config = new AppConfig(app);
        assertThat(config.knownNames).as(app + " reads every secret listed for it (stale entry in REQUIRED?)")
                .containsAll(REQUIRED.get(app));
        Set<String> withoutDefault = new TreeSet<>();
        config.envReferences.forEach((name, hasDefault) -> {
            if (!hasDefault) {
                withoutDefault.add(name);
            }
        });
        assertThat(REQUIRED.get(app)).as(app + ": every ${ENV} without a default in its application.properties is"
                + " a required secret here (or give it a default)").containsAll(withoutDefault);
    }
}
