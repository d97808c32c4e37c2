package io.gifticon.gateway.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.gateway.Fakes;
import io.gifticon.gateway.config.WebhookConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the URL rules rule out before any name is resolved (the resolution rules: WebhookOutboundAttackTest). */
class OutboundTargetsTest {
    private final OutboundTargets targets = new OutboundTargets(
            Fakes.config(
                    WebhookConfig.class,
                    Map.of(
                            "allowPrivateUrls",
                            false,
                            "deniedHostSuffixes",
                            java.util.Optional.of(List.of("corp.example.com")))),
            null);

    @Test
    void shouldRecogniseEveryIpv4NotationAsTheAddressItIs() {
        for (String url : List.of(
                "http://127.1/",
                "http://0x7f.1/",
                "http://0x7f000001/",
                "http://017700000001/",
                "http://2130706433/",
                "http://127.0.1:8080/")) {
            assertThat(targets.syntaxProblem(url))
                    .as(url)
                    .get()
                    .asString()
                    .contains("127.0.0.1")
                    .contains("non-canonical notation");
        }
    }

    @Test
    void shouldRefuseNamesThatOnlyMeanSomethingInsideANetwork() {
        for (String url : List.of(
                "http://settlement-service:8080/",
                "http://settlement-service.gifticon.svc/",
                "http://x.svc.cluster.local/",
                "http://a.svc.example.com/",
                "http://metadata.google.internal/",
                "http://localhost/",
                "http://api.localhost/",
                "http://nas.local/",
                "http://gw.home.arpa/",
                "http://1.0.0.127.in-addr.arpa/",
                "http://wiki.corp.example.com/")) {
            assertThat(targets.syntaxProblem(url)).as(url).isPresent();
        }
    }

    @Test
    void shouldRefuseSpecialAddressLiterals() {
        for (String url : List.of(
                "http://127.0.0.1/",
                "http://10.0.0.1/",
                "http://169.254.169.254/",
                "http://[::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[fd00::1]/",
                "http://[64:ff9b::a9fe:a9fe]/")) {
            assertThat(targets.syntaxProblem(url)).as(url).isPresent();
        }
    }

    @Test
    void shouldRefuseUrlTricks() {
        for (String url : List.of(
                "http://user@hooks.example.com/",
                "http://hooks.example.com#@10.0.0.1/",
                "ftp://hooks.example.com/",
                "//hooks.example.com/",
                "http:///x",
                "hooks.example.com/x",
                "http://hooks_example.com/",
                "http://-hooks.example.com/",
                "http://hooks.example.com:0/",
                "http://" + "a".repeat(64) + ".example.com/",
                "http://[fe80::1%25eth0]/")) {
            assertThat(targets.syntaxProblem(url)).as(url).isPresent();
        }
    }

    @Test
    void shouldAcceptPublicUrls() {
        for (String url : List.of(
                "https://hooks.example.com/gifticon?x=1",
                "http://93.184.216.34:8080/h",
                "https://[2606:4700:4700::1111]/h",
                "https://xn--9n2bp8q.example.com/",
                "https://hooks.example.com./")) {
            assertThat(targets.syntaxProblem(url)).as(url).isEmpty();
        }
    }
}
