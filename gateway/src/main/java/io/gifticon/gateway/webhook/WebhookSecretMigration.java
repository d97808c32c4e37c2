package io.gifticon.gateway.webhook;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** At start: webhook secrets stored in plain text before V3 are encrypted (idempotent; replicas may race). */
@ApplicationScoped
public class WebhookSecretMigration {
    private static final Logger LOG = Logger.getLogger(WebhookSecretMigration.class);

    void onStart(@Observes StartupEvent event, WebhookRepository repository) {
        int encrypted = repository.encryptPlainSecrets().await().indefinitely();
        if (encrypted > 0) {
            LOG.infof("encrypted the secrets of %d webhooks stored before encryption at rest", encrypted);
        }
    }
}
