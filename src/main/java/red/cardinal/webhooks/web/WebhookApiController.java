package red.cardinal.webhooks.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.webhooks.Delivery;
import red.cardinal.webhooks.Webhook;
import red.cardinal.webhooks.Webhooks;

/** The caller's webhook endpoints as JSON; someone else's is a 404. */
@RestController
@Tag(name = "Webhooks")
class WebhookApiController {

	record NewWebhook(String url, List<String> events) {
	}

	record Change(Boolean enabled) {
	}

	record WebhookJson(String id, String url, List<String> events, boolean enabled, String disabledReason,
			Instant createdAt, String secret) {

		static WebhookJson of(Webhook w, String secret) {
			return new WebhookJson(Long.toString(w.id()), w.url(), w.events(), w.enabled(), w.disabledReason(),
					w.createdAt(), secret);
		}
	}

	record DeliveryJson(String id, String messageId, String webhookId, String event, String status, Integer responseCode,
			int attempt, Instant at, String error) {

		static DeliveryJson of(Delivery d) {
			return new DeliveryJson(Long.toString(d.id()), Long.toString(d.messageId()), d.webhookId(), d.event(),
					d.succeeded() ? "delivered" : "failed", d.responseCode(), d.attempt(), d.at(), d.error());
		}
	}

	private final Webhooks webhooks;

	WebhookApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@Operation(summary = "Add a webhook endpoint", description = "The secret (whsec_…) is in this answer only.")
	@PostMapping("/api/v1/webhooks")
	ResponseEntity<WebhookJson> create(@AuthenticationPrincipal AccountPrincipal owner, @RequestBody NewWebhook body) {
		var created = webhooks.create(owner.accountId(), body.url(), body.events());
		return ResponseEntity.status(HttpStatus.CREATED).body(WebhookJson.of(created.webhook(), created.secret()));
	}

	@GetMapping("/api/v1/webhooks")
	List<WebhookJson> list(@AuthenticationPrincipal AccountPrincipal owner) {
		return webhooks.list(owner.accountId()).stream().map(w -> WebhookJson.of(w, null)).toList();
	}

	@GetMapping("/api/v1/webhooks/{id:\\d{1,18}}")
	WebhookJson get(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return WebhookJson.of(webhooks.get(owner.accountId(), id), null);
	}

	@Operation(summary = "Turn an endpoint off or back on", description = "{\"enabled\": true} turns on one that failed.")
	@PatchMapping("/api/v1/webhooks/{id:\\d{1,18}}")
	WebhookJson change(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @RequestBody Change change) {
		Webhook w = change.enabled() == null ? webhooks.get(owner.accountId(), id)
				: webhooks.enable(owner.accountId(), id, change.enabled());
		return WebhookJson.of(w, null);
	}

	@DeleteMapping("/api/v1/webhooks/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		webhooks.delete(owner.accountId(), id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "An endpoint's latest delivery attempts, newest first (at most 100)")
	@GetMapping("/api/v1/webhooks/{id:\\d{1,18}}/deliveries")
	List<DeliveryJson> deliveries(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return webhooks.deliveries(owner.accountId(), id).stream().map(DeliveryJson::of).toList();
	}

	@Operation(summary = "Send a message again now, with the same webhook-id")
	@PostMapping("/api/v1/webhooks/{id:\\d{1,18}}/deliveries/{messageId:\\d{1,18}}/redeliver")
	ResponseEntity<Void> redeliver(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@PathVariable long messageId) {
		webhooks.redeliver(owner.accountId(), id, messageId);
		return ResponseEntity.accepted().build();
	}
}
