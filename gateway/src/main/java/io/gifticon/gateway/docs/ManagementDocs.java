package io.gifticon.gateway.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The merged public document also on the management interface ({@code /q/platform-openapi}), where Swagger UI lives
 * with the rest of {@code /q}: the UI reads it from its own origin.
 */
@ApplicationScoped
public class ManagementDocs {
    static final String PATH = "/q/platform-openapi";
    private final MergedOpenApi openApi;
    private final ObjectMapper json;

    public ManagementDocs(MergedOpenApi openApi, ObjectMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    void install(@Observes ManagementInterface management) {
        management
                .router()
                .get(PATH)
                .handler(ctx -> openApi.document()
                        .subscribe()
                        .with(
                                doc -> {
                                    try {
                                        ctx.response()
                                                .putHeader("Content-Type", "application/json")
                                                .end(io.vertx.core.buffer.Buffer.buffer(json.writeValueAsBytes(doc)));
                                    } catch (Exception e) {
                                        ctx.fail(e);
                                    }
                                },
                                ctx::fail));
    }
}
