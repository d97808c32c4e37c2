package io.gifticon.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    @Test
    void shouldRefuseHostsInsideOurNetwork() {
        assertThat(WebhookTargets.isPrivate("localhost")).isTrue();
        assertThat(WebhookTargets.isPrivate("127.0.0.1")).isTrue();
        assertThat(WebhookTargets.isPrivate("10.1.2.3")).isTrue();
        assertThat(WebhookTargets.isPrivate("192.168.0.10")).isTrue();
        assertThat(WebhookTargets.isPrivate("169.254.169.254")).isTrue();
        assertThat(WebhookTargets.isPrivate("[::1]")).isTrue();
        assertThat(WebhookTargets.isPrivate("issuance-service")).isTrue();
        assertThat(WebhookTargets.isPrivate("issuance-service.gifticon.svc.cluster.local")).isTrue();
    }

    @Test
    void shouldAcceptPublicHosts() {
        assertThat(WebhookTargets.isPrivate("hooks.example.com")).isFalse();
        assertThat(WebhookTargets.isPrivate("93.184.216.34")).isFalse();
    }
}
