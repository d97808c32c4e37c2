package io.gifticon.settlement.rest;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.settlement.rest.validation.BusinessDay;
import io.gifticon.settlement.rest.validation.DayWindow;
import io.gifticon.settlement.service.SeriesService;
import io.gifticon.settlement.service.SeriesService.Series;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;

/** Series for the charts page ({@code /ui/settlement/}): by default the last 30 days, at most 92. */
@Path("/api/v1/settlement/reports/series")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 92;
    private final SeriesService series;
    private final SettlementConfig config;
    private final Clock clock;

    public SeriesResource(SeriesService series, SettlementConfig config, Clock clock) {
        this.series = series;
        this.config = config;
        this.clock = clock;
    }

    /** The window of the series: {@code from} and {@code to}, business days, both optional. */
    @DayWindow(days = MAX_DAYS, defaultDays = DEFAULT_DAYS)
    public record SeriesQuery(
            @QueryParam("from") @BusinessDay String from,
            @QueryParam("to") @BusinessDay String to) implements DayWindow.Window {}

    @GET
    public Uni<Series> series(@Valid @BeanParam SeriesQuery query) {
        LocalDate[] window = query.resolve(LocalDate.now(clock.withZone(config.zone())), DEFAULT_DAYS);
        return series.series(window[0], window[1]);
    }
}
