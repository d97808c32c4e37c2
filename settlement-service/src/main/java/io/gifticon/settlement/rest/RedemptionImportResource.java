package io.gifticon.settlement.rest;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.service.RedemptionImportService;
import io.gifticon.settlement.service.RedemptionImportService.ImportSummary;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Imports one day's exchange (redemption) log on demand; idempotent per day. */
@Path("/api/v1/settlement/redemption-imports")
@Produces(MediaType.APPLICATION_JSON)
public class RedemptionImportResource {
    private final RedemptionImportService imports;
    private final SettlementConfig config;

    public RedemptionImportResource(RedemptionImportService imports, SettlementConfig config) {
        this.imports = imports;
        this.config = config;
    }

    public record ImportRequest(String provider, String date) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ImportSummary> importDay(ImportRequest body) {
        if (body == null) {
            throw Inputs.invalid("body {provider, date} is required");
        }
        return imports.importDay(
                Inputs.required("provider", body.provider()), Inputs.date("date", body.date(), true, config.zone()));
    }
}
