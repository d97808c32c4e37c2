package io.gifticon.sandbox.pbt.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.sandbox.pbt.PbtEnvelope;
import io.gifticon.sandbox.pbt.SupportMode;
import io.gifticon.sandbox.pbt.config.PbtConfig;
import io.gifticon.sandbox.pbt.transaction.PbtTransactionService;
import io.gifticon.sandbox.pbt.transaction.PbtTransactionService.ApproveRequest;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * Server side of the simulated PBT popup ({@code /pbt/popup/}): the page posts each postMessage's {@code data} here
 * and relays the envelope to the POS; always HTTP 200 with the document's envelope (its {@code status} says 200 or 4xx).
 * Also the transactions listing of the control API.
 */
@Path("/sandbox/pbt")
@Produces(MediaType.APPLICATION_JSON)
public class PbtResource {

    /** What the popup needs to know without secrets: modes, default autoCloseTime, the demo member. */
    public record PopupConfig(
            List<String> supportModes,
            int defaultAutoCloseTime,
            int transactionIdMinLength,
            int transactionIdMaxLength,
            double pointEarnRate,
            String demoMember,
            String demoCard) {}

    private final PbtTransactionService transactions;
    private final PbtConfig config;

    public PbtResource(PbtTransactionService transactions, PbtConfig config) {
        this.transactions = transactions;
        this.config = config;
    }

    @GET
    @Path("/config")
    public PopupConfig config() {
        return new PopupConfig(
                Arrays.stream(SupportMode.values()).map(Enum::name).toList(),
                30_000,
                16,
                36,
                config.pointEarnRate(),
                "01012345678",
                "1234567890123456");
    }

    /** {@code {type:"connection"}}: its {@code data}. */
    @POST
    @Path("/connection")
    @Consumes(MediaType.APPLICATION_JSON)
    public PbtEnvelope connection(JsonNode data) {
        return transactions.connect(data);
    }

    @GET
    @Path("/transactions/{id}/{mode}/lookup")
    public PbtEnvelope lookup(
            @PathParam("id") String id, @PathParam("mode") String mode, @QueryParam("input") String input) {
        return transactions.lookup(id, mode(mode), input);
    }

    /** The popup's OK button. */
    @POST
    @Path("/transactions/{id}/{mode}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public PbtEnvelope approve(@PathParam("id") String id, @PathParam("mode") String mode, ApproveRequest request) {
        return transactions.approve(id, mode(mode), request == null ? new ApproveRequest(null, null, null) : request);
    }

    /** The popup's cancel button ({@code reason=cancel}, 100050001) or its autoCloseTime ({@code reason=timeout}, 100050002). */
    @POST
    @Path("/transactions/{id}/{mode}/abort")
    public PbtEnvelope abort(
            @PathParam("id") String id, @PathParam("mode") String mode, @QueryParam("reason") String reason) {
        return transactions.abort(id, mode(mode), "timeout".equals(reason));
    }

    /** {@code {type:"confirm"}}: its {@code data}. */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public PbtEnvelope confirm(JsonNode data) {
        return transactions.confirm(data);
    }

    /** {@code {type:"cancel"}}: its {@code data}. */
    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public PbtEnvelope cancel(JsonNode data) {
        return transactions.cancel(data);
    }

    @GET
    @Path("/transactions")
    public List<PbtTransactionView> list() {
        return transactions.all().stream().map(PbtTransactionView::of).toList();
    }

    @GET
    @Path("/transactions/{id}")
    public PbtTransactionView transaction(@PathParam("id") String id) {
        return transactions
                .find(id)
                .map(PbtTransactionView::of)
                .orElseThrow(() -> notFound("no PBT transaction " + id));
    }

    private static SupportMode mode(String mode) {
        return SupportMode.of(mode).orElseThrow(() -> notFound("unknown supportMode " + mode));
    }

    private static ProblemException notFound(String detail) {
        return new ProblemException(
                Problem.of(404, "NOT_FOUND", "Not Found", detail).withRetryable(false));
    }
}
