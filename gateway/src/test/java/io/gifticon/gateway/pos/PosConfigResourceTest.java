package io.gifticon.gateway.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PosConfigResourceTest {

    @Test
    void shouldWriteThePopupOriginAsBrowsersDo() {
        assertThat(PosConfigResource.origin(URI.create("http://localhost:8090/pbt/popup/")))
                .isEqualTo("http://localhost:8090");
        assertThat(PosConfigResource.origin(URI.create("https://POPUP.pbt.example:443/tenant/a?x=1")))
                .isEqualTo("https://popup.pbt.example");
        assertThat(PosConfigResource.origin(URI.create("http://127.0.0.1:80/"))).isEqualTo("http://127.0.0.1");
    }
}
