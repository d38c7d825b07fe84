package red.cardinal.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed message: the body as stored, {@code webhook-id}, {@code webhook-timestamp} (this
 * attempt's, in Unix seconds) and {@code webhook-signature}. The host's addresses are checked again
 * first (DNS may have changed since the URL was saved); redirects are not followed; connecting and
 * the whole answer have short time limits; nothing of the answer is read but its status.
 */
@Component
class WebhookSender {

	/** What an attempt came to: a 2xx, another status, or no answer at all (code null). */
	record Outcome(boolean succeeded, Integer code, String error) {
	}

	private final WebhookAddresses addresses;
	private final Duration connect;
	/** Made at the first delivery: building one sets up TLS, 0.1–0.2 s of start-up for an instance that may never send. */
	private volatile HttpClient http;
	private final Duration timeout;
	private final Clock clock;

	WebhookSender(WebhookAddresses addresses, @Value("${cardinal.webhooks.connect-timeout:PT5S}") Duration connect,
			@Value("${cardinal.webhooks.timeout:PT10S}") Duration timeout, Optional<Clock> clock) {
		this.addresses = addresses;
		this.connect = connect;
		this.timeout = timeout;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	private HttpClient http() {
		HttpClient client = http;
		if (client == null) {
			synchronized (this) {
				client = http;
				if (client == null) {
					client = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER).build();
					http = client;
				}
			}
		}
		return client;
	}

	Outcome send(String url, String secret, String messageId, String body) {
		URI uri = URI.create(url);
		String refused = addresses.refusedHost(uri.getHost());
		if (refused != null) {
			return new Outcome(false, null, "address refused (" + refused + ")");
		}
		long timestamp = clock.instant().getEpochSecond();
		var request = HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "Cardinal-Webhooks")
			.header("webhook-id", messageId)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSignatures.sign(secret, messageId, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<java.io.InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
			// the answer's body is not wanted: closing it unread is the cap on what an endpoint can make us read
			response.body().close();
			int code = response.statusCode();
			return new Outcome(code >= 200 && code < 300, code, code >= 200 && code < 300 ? null : "HTTP " + code);
		}
		catch (HttpTimeoutException e) {
			return new Outcome(false, null, "timed out");
		}
		catch (IOException e) {
			return new Outcome(false, null, e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Outcome(false, null, "interrupted");
		}
	}
}
