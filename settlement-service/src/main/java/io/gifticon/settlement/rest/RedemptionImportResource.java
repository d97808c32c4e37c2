package io.gifticon.settlement.rest;

import io.gifticon.providers.spi.Capability;
import io.gifticon.settlement.rest.validation.BusinessDay;
import io.gifticon.settlement.rest.validation.KnownProvider;
import io.gifticon.settlement.service.RedemptionImportService;
import io.gifticon.settlement.service.RedemptionImportService.ImportSummary;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

    public RedemptionImportResource(RedemptionImportService imports) {
        this.imports = imports;
    }

    public record ImportRequest(
            @NotBlank @KnownProvider(capabilities = Capability.REDEMPTION_LOG, what = "a daily exchange log")
            String provider,

            @NotBlank @BusinessDay String date) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ImportSummary> importDay(@Valid @NotNull ImportRequest body) {
        return imports.importDay(body.provider().strip(), BusinessDay.Days.parse(body.date()));
    }
}
