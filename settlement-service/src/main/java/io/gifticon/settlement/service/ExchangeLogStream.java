package io.gifticon.settlement.service;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderUnavailableException;
import io.gifticon.providers.giftletter.GiftLetterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * GiftLetter's daily exchange log read as a stream of lines (giftletter-b2c.txt §10: GET ExchangeDaily.aspx?cid=&dt=
 * YYYY-MM-DD, plain text, one redemption a line), so that a day of a million redemptions never sits in memory whole.
 * The providers library's client reads the body at once; this reads the same URL and account line by line. Blocking:
 * call it from a worker thread.
 */
@ApplicationScoped
public class ExchangeLogStream {
    private static final String PROVIDER = "giftletter";
    private final GiftLetterConfig config;
    private final HttpClient http;

    public ExchangeLogStream(GiftLetterConfig config) {
        this.config = config;
        this.http =
                HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    /** The open log of {@code day}; close it when done. */
    public BufferedReader open(LocalDate day) {
        String url = config.exchangeLogUrl() + (config.exchangeLogUrl().contains("?") ? "&" : "?") + "cid="
                + URLEncoder.encode(config.cid(), StandardCharsets.UTF_8) + "&dt=" + day;
        HttpResponse<InputStream> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .GET()
                            .timeout(config.readTimeout())
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ProviderUnavailableException(
                    new ProviderError(ErrorCode.PROVIDER_UNAVAILABLE, PROVIDER, null, "exchange log: " + e), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        if (status >= 300) {
            try (InputStream ignored = response.body()) {
                String code = String.valueOf(status);
                throw status >= 500
                        ? new ProviderUnavailableException(
                                new ProviderError(
                                        ErrorCode.PROVIDER_UNAVAILABLE,
                                        PROVIDER,
                                        code,
                                        "exchange log answered HTTP " + status),
                                true,
                                null)
                        : new ProviderException(new ProviderError(
                                ErrorCode.PROVIDER_ERROR, PROVIDER, code, "exchange log answered HTTP " + status));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // the document declares no charset: the server's if it names one, else UTF-8 (sandbox decision)
        Charset charset = response.headers()
                .firstValue("Content-Type")
                .flatMap(type -> java.util.Arrays.stream(type.split(";"))
                        .map(String::strip)
                        .filter(p -> p.toLowerCase(java.util.Locale.ROOT).startsWith("charset="))
                        .map(p -> p.substring(8).replace("\"", ""))
                        .findFirst())
                .flatMap(name -> {
                    try {
                        return java.util.Optional.of(Charset.forName(name));
                    } catch (RuntimeException unknown) {
                        return java.util.Optional.empty();
                    }
                })
                .orElse(StandardCharsets.UTF_8);
        return new BufferedReader(new InputStreamReader(response.body(), charset), 64 * 1024);
    }
}
