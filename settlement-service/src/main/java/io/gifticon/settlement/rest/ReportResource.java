package io.gifticon.settlement.rest;

import io.gifticon.settlement.rest.validation.BusinessDay;
import io.gifticon.settlement.service.ReportService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The daily settlement report: JSON, or CSV when the client asks for {@code text/csv}. */
@Path("/api/v1/settlement/reports/daily")
public class ReportResource {
    static final String CSV = "text/csv";
    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    /** {@code date}: the business day, required. */
    public record DailyQuery(
            @QueryParam("date") @NotBlank @BusinessDay String date) {}

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Uni<Response> daily(@Valid @BeanParam DailyQuery query, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        // JSON unless text/csv is asked for by name (a bare */* gets JSON)
        boolean csv =
                accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(CSV);
        return reports.daily(BusinessDay.Days.parse(query.date()))
                .map(report -> csv
                        ? Response.ok(ReportService.csv(report), CSV + "; charset=UTF-8")
                                .build()
                        : Response.ok(report, MediaType.APPLICATION_JSON).build());
    }
}
