package io.gifticon.providers.giftletter;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * giftletter-b2c.txt §10: {@code ExchangeDaily.aspx?cid=&dt=YYYY-MM-DD} on the admin host, plain text. The raw
 * response is kept so that the body can be decoded by the charset the server declares.
 */
interface GiftLetterExchangeLogApi {

    @GET
    Uni<Response> exchangeDaily(@QueryParam("cid") String cid, @QueryParam("dt") String date);
}
