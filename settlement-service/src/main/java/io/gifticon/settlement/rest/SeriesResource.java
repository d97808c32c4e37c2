package io.gifticon.settlement.rest;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.service.SeriesService;
import io.gifticon.settlement.service.SeriesService.Series;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Series for the charts page ({@code /ui/settlement/}): by default the last 30 days, at most 92. */
@Path("/api/v1/settlement/reports/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 92;
    private final SeriesService series;
    private final SettlementConfig config;

    public SeriesResource(SeriesService series, SettlementConfig config) {
        this.series = series;
        this.config = config;
    }

    @GET
    public Uni<Series> series(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = Inputs.date("to", to, false, config.zone());
        if (last == null) {
            last = LocalDate.now(config.zone());
        }
        LocalDate first = Inputs.date("from", from, false, config.zone());
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1);
        }
        if (first.isAfter(last)) {
            throw Inputs.invalid("from (" + first + ") must not be after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw Inputs.invalid("at most " + MAX_DAYS + " days at once, asked for " + first + " to " + last);
        }
        return series.series(first, last);
    }
}
