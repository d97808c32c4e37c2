package io.gifticon.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The secrets each app needs in production, listed by hand from its configuration: {@code ${ENV}} references without
 * a default, {@code @ConfigMapping} methods without {@code @WithDefault} that hold keys or passwords, and the provider
 * credentials whose defaults are the sandbox's (an unset one would make production talk to the provider as
 * "sandbox-user"). Each must be set in the app's Deployment, from a Secret (never a literal or a ConfigMap).
 */
class RequiredSecretsTest {

    private static final List<String> PROVIDER_CREDENTIALS = List.of(
            "PROVIDERS_GIFTISHOW_AUTH_CODE",
            "PROVIDERS_GIFTISHOW_AUTH_TOKEN",
            "PROVIDERS_GIFTISHOW_USER_ID",
            "PROVIDERS_GIFTLETTER_CID",
            "PROVIDERS_GIFTLETTER_AUTH_KEY",
            "PROVIDERS_COUFUN_POC_ID",
            "PROVIDERS_PBT_APPLICATION_KEY",
            "PROVIDERS_PBT_PASSWD");

    /**
     * Every app's: its database password (its own role), the internal-auth HMAC key (gifticon.internal-auth.secret,
     * no default outside local/test), its Kafka credentials and the cluster CA (kafka.sasl.jaas.config and
     * kafka.ssl.truststore.certificates: empty defaults for local plaintext runs, required in the cluster).
     */
    /** gifticon.internal-auth.secret (web-commons InternalAuthConfig): the HMAC key of X-Internal-Auth. */
    static final String INTERNAL_AUTH_SECRET = "GIFTICON_INTERNAL_AUTH_SECRET";

    private static final List<String> EVERY_APP =
            List.of("DB_PASSWORD", INTERNAL_AUTH_SECRET, "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");

    /** app -> the environment variables that must come from a Secret. */
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        // gateway: WebhookConfig.encryptionKey() (no default); PosConfig.applicationKey()/passwd() (Optional, but
        // the POS page cannot connect to PBT without them)
        REQUIRED.put(
                "gateway",
                with(
                        EVERY_APP,
                        List.of(
                                "GATEWAY_WEBHOOKS_ENCRYPTION_KEY",
                                "GATEWAY_POS_APPLICATION_KEY",
                                "GATEWAY_POS_PASSWD")));
        // catalog-service: the providers' credentials (syncs)
        REQUIRED.put("catalog-service", with(EVERY_APP, PROVIDER_CREDENTIALS));
        // issuance-service: IssuanceConfig.encryptionKey() (no default); issuance.pin-hash-key = ${PIN_HASH_KEY}
        // (no default); the providers' credentials (sends)
        REQUIRED.put(
                "issuance-service",
                with(EVERY_APP, List.of("ISSUANCE_ENCRYPTION_KEY", "PIN_HASH_KEY"), PROVIDER_CREDENTIALS));
        // settlement-service: settlement.redemptions.pin-hash-key = ${PIN_HASH_KEY} (no default); the providers'
        // credentials (balances, exchange logs, the Giftishow status sweep)
        REQUIRED.put("settlement-service", with(EVERY_APP, List.of("PIN_HASH_KEY"), PROVIDER_CREDENTIALS));
    }

    @SafeVarargs
    private static List<String> with(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }

    /** Names that hold a secret wherever they appear: never a ConfigMap key or a literal env value. */
    static final Pattern SECRET_NAME = Pattern.compile(
            ".*(PASSWORD|PASSWD|SECRET|TOKEN|JAAS|CREDENTIAL|AUTH_CODE|AUTH_KEY|APPLICATION_KEY|ENCRYPTION_KEY|HASH_KEY"
                    + "|PRIVATE|_CID$|USER_ID$|POC_ID$|TRUSTSTORE_CERTIFICATES|KEY_SHA256).*");
    /** Values that look like key material: PEM blocks, long base64 or hex strings. */
    static final Pattern SECRET_VALUE =
            Pattern.compile("(?s).*(-----BEGIN |[A-Za-z0-9+/]{40,}={0,2}|\\b[0-9a-fA-F]{48,}\\b).*");

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
                } else if (Boolean.TRUE.equals(
                        e.getValueFrom().getSecretKeyRef().getOptional())) {
                    problems.add(app + ": " + name + " is optional: a missing Secret would start the app without it");
                }
            }
        });
        assertThat(problems)
                .as("required secrets of the apps in overlay " + overlay)
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void issuanceAndSettlementHashPinsWithTheSameKey(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        SecretKeySelector issuance =
                env(r, "issuance-service").get("PIN_HASH_KEY").getValueFrom().getSecretKeyRef();
        SecretKeySelector settlement =
                env(r, "settlement-service").get("PIN_HASH_KEY").getValueFrom().getSecretKeyRef();
        assertThat(settlement.getName()).isEqualTo(issuance.getName());
        assertThat(settlement.getKey()).isEqualTo(issuance.getKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "catalog-service", "issuance-service", "settlement-service"})
    void theListMatchesWhatTheAppReads(String app) {
        AppConfig config = new AppConfig(app);
        assertThat(config.knownNames)
                .as(app + " reads every secret listed for it (stale entry in REQUIRED?)")
                .containsAll(REQUIRED.get(app));
        Set<String> withoutDefault = new TreeSet<>();
        config.envReferences.forEach((name, hasDefault) -> {
            if (!hasDefault) {
                withoutDefault.add(name);
            }
        });
        assertThat(REQUIRED.get(app))
                .as(app + ": every ${ENV} without a default in its application.properties is"
                        + " a required secret here (or give it a default)")
                .containsAll(withoutDefault);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretSitsInAConfigMapOrALiteralEnvValue(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ConfigMap cm : r.typed("ConfigMap", ConfigMap.class)) {
            (cm.getData() == null ? Map.<String, String>of() : cm.getData()).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    problems.add("ConfigMap " + cm.getMetadata().getName() + " holds " + key);
                }
                if (!key.endsWith(".sh")
                        && !key.endsWith(".sql")
                        && SECRET_VALUE.matcher(value).matches()) {
                    problems.add("ConfigMap " + cm.getMetadata().getName() + " key " + key + ": key material?");
                }
            });
        }
        for (Deployment d : r.typed("Deployment", Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                    if (e.getValue() != null
                            && (SECRET_NAME.matcher(e.getName()).matches()
                                    || SECRET_VALUE.matcher(e.getValue()).matches())) {
                        problems.add(d.getMetadata().getName() + ": " + e.getName() + " is a literal");
                    }
                }
            }
        }
        assertThat(problems).as("secrets outside Secrets in overlay " + overlay).isEmpty();
    }

    @Test
    void theSecretPatternsCatchTheKindsOfSecretsTheAppsHave() {
        for (String name : List.of(
                "DB_PASSWORD",
                "GATEWAY_POS_PASSWD",
                INTERNAL_AUTH_SECRET,
                "PROVIDERS_GIFTISHOW_AUTH_TOKEN",
                "PROVIDERS_GIFTISHOW_AUTH_CODE",
                "PROVIDERS_GIFTLETTER_AUTH_KEY",
                "PROVIDERS_GIFTLETTER_CID",
                "PROVIDERS_GIFTISHOW_USER_ID",
                "PROVIDERS_COUFUN_POC_ID",
                "ISSUANCE_ENCRYPTION_KEY",
                "PIN_HASH_KEY",
                "KAFKA_SASL_JAAS_CONFIG",
                "GATEWAY_CLIENTS__ACME__KEY_SHA256",
                "GATEWAY_WEBHOOKS_ENCRYPTION_KEY")) {
            assertThat(SECRET_NAME.matcher(name).matches()).as(name).isTrue();
        }
        for (String name : List.of(
                "DB_HOST",
                "KAFKA_SASL_MECHANISM",
                "KAFKA_SSL_TRUSTSTORE_TYPE",
                "ISSUANCE_TR_ID_PREFIX",
                "CATALOG_SEARCH_CACHE_MAX_SIZE",
                "PROVIDERS_PBT_POPUP_URL")) {
            assertThat(SECRET_NAME.matcher(name).matches()).as(name).isFalse();
        }
        assertThat(SECRET_VALUE
                        .matcher("J+DYDut5qdHHqjY6oucjg4qsxYA6n3KTX5I3Fam2LTI=")
                        .matches())
                .isTrue();
        assertThat(SECRET_VALUE.matcher("-----BEGIN CERTIFICATE-----\nMIIB").matches())
                .isTrue();
        assertThat(SECRET_VALUE.matcher("https://bizapi.giftishow.com/bizApi").matches())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyAppOpensItsDatabaseWithItsOwnRoleAndSecret(String overlay) {
        Manifests.Result r = OverlaysTest.render(overlay);
        Map<String, String> users = new TreeMap<>();
        Map<String, String> secrets = new TreeMap<>();
        for (String app : OverlaysTest.APPS) {
            Deployment d = r.typed("Deployment", Deployment.class).stream()
                    .filter(x -> x.getMetadata().getName().equals(app))
                    .findFirst()
                    .orElseThrow();
            String user = provided(r, d).get("DB_USER");
            assertThat(user).as(app + " DB_USER").isNotBlank().isNotEqualTo("postgres");
            assertThat(users.put(user, app))
                    .as("database role " + user + " shared by two apps")
                    .isNull();
            SecretKeySelector password =
                    env(r, app).get("DB_PASSWORD").getValueFrom().getSecretKeyRef();
            assertThat(secrets.put(password.getName(), app))
                    .as("Secret " + password.getName() + " shared")
                    .isNull();
        }
        if (overlay.equals("dev")) {
            // the in-cluster PostgreSQL creates exactly these roles, with the passwords of the apps' own Secrets
            StatefulSet pg = r.typed("StatefulSet", StatefulSet.class).get(0);
            Map<String, EnvVar> pgEnv = new LinkedHashMap<>();
            pg.getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getEnv()
                    .forEach(e -> pgEnv.put(e.getName(), e));
            String script = r.typed("ConfigMap", ConfigMap.class).stream()
                    .filter(c -> c.getMetadata().getName().startsWith("postgresql-init"))
                    .findFirst()
                    .orElseThrow()
                    .getData()
                    .get("10-databases.sh");
            users.forEach((user, app) -> {
                String variable = user.toUpperCase(java.util.Locale.ROOT) + "_DB_PASSWORD";
                assertThat(script)
                        .as("init script creates role " + user)
                        .contains("create " + user + " \"$" + variable + "\"");
                SecretKeySelector fromApp =
                        env(r, app).get("DB_PASSWORD").getValueFrom().getSecretKeyRef();
                SecretKeySelector fromPg = pgEnv.get(variable).getValueFrom().getSecretKeyRef();
                assertThat(fromPg.getName() + "/" + fromPg.getKey())
                        .as(variable)
                        .isEqualTo(fromApp.getName() + "/" + fromApp.getKey());
            });
            assertThat(script).contains("REVOKE ALL ON DATABASE", "REVOKE CONNECT ON DATABASE postgres FROM PUBLIC");
            assertThat(pgEnv.get("POSTGRES_PASSWORD")
                            .getValueFrom()
                            .getSecretKeyRef()
                            .getName())
                    .as("the superuser's password is no app's")
                    .isNotIn(secrets.keySet());
        }
    }

    /** The env names and values a container gets from its literal env and its ConfigMaps. */
    private static Map<String, String> provided(Manifests.Result r, Deployment d) {
        Map<String, String> values = new LinkedHashMap<>();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (EnvFromSource e : c.getEnvFrom() == null ? List.<EnvFromSource>of() : c.getEnvFrom()) {
            r.typed("ConfigMap", ConfigMap.class).stream()
                    .filter(cm -> cm.getMetadata()
                            .getName()
                            .equals(e.getConfigMapRef().getName()))
                    .forEach(cm -> values.putAll(cm.getData()));
        }
        (c.getEnv() == null ? List.<EnvVar>of() : c.getEnv())
                .stream().filter(e -> e.getValue() != null).forEach(e -> values.put(e.getName(), e.getValue()));
        return values;
    }
}
