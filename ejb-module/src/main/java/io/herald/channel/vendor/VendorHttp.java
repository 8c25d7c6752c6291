package io.herald.channel.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The HTTP client of the HTTP vendor channels: one client, asynchronous, each request with its
 * channel's timeout, so a vendor that stops answering costs its own requests their timeout and
 * holds no thread of anyone else's.
 */
@ApplicationScoped
public class VendorHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public CompletableFuture<VendorReply> postJson(URI uri, Map<String, String> headers, String json, Duration timeout) {
        return post(uri, headers, "application/json; charset=UTF-8", json, timeout);
    }

    public CompletableFuture<VendorReply> postForm(URI uri, Map<String, String> headers, Map<String, String> form, Duration timeout) {
        return post(uri, headers, "application/x-www-form-urlencoded; charset=UTF-8", formBody(form), timeout);
    }

    public static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private CompletableFuture<VendorReply> post(URI uri, Map<String, String> headers, String contentType, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> new VendorReply(response.statusCode(), response.body()));
    }
}
