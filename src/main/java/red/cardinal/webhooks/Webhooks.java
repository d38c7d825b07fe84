package red.cardinal.webhooks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/** An account's webhook endpoints: adding one (its secret shown once), listing, turning off and on, deliveries. */
@Service
public class Webhooks {

	/** The most attempts a delivery log answers with, newest first. */
	public static final int MAX_DELIVERIES = 100;

	private final WebhookRows rows;
	private final MessageRows messages;
	private final WebhookAddresses addresses;
	private final int maxPerAccount;
	private final Clock clock;

	Webhooks(WebhookRows rows, MessageRows messages, WebhookAddresses addresses,
			@Value("${cardinal.webhooks.max-per-account:10}") int maxPerAccount, Optional<Clock> clock) {
		this.rows = rows;
		this.messages = messages;
		this.addresses = addresses;
		this.maxPerAccount = maxPerAccount;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A new endpoint and its secret, which is never shown again. */
	public record Created(Webhook webhook, String secret) {
	}

	/**
	 * Adds an endpoint for the account's cards' events of these types.
	 * @throws InvalidInputException naming {@code url} (not https, refused address…) or {@code events}
	 * @throws ConflictException naming {@code webhooks} when the account has {@code cardinal.webhooks.max-per-account}
	 */
	@Transactional
	public Created create(long accountId, String url, List<String> events) {
		var violations = new ArrayList<Violation>();
		var uri = addresses.check(url, violations);
		var types = new LinkedHashSet<String>();
		if (events == null || events.isEmpty()) {
			violations.add(Violation.of("events", "webhooks.events.none"));
		}
		else {
			for (int i = 0; i < events.size() && i < Webhook.EVENTS.size() + 1; i++) {
				if (!Webhook.EVENTS.contains(events.get(i))) {
					violations.add(Violation.of("events[" + i + "]", "type.invalid", String.join(", ", Webhook.EVENTS)));
				}
				types.add(events.get(i));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		if (rows.count(accountId) >= maxPerAccount) {
			throw new ConflictException(Violation.of("webhooks", "webhooks.tooMany", maxPerAccount));
		}
		var ordered = Webhook.EVENTS.stream().filter(types::contains).toList();
		String secret = WebhookSignatures.newSecret();
		long id = rows.insert(accountId, uri.toString(), ordered, secret, clock.instant());
		return new Created(get(accountId, id), secret);
	}

	@Transactional(readOnly = true)
	public List<Webhook> list(long accountId) {
		return rows.of(accountId);
	}

	/** One of the account's endpoints; someone else's is as unknown as a wrong id. */
	@Transactional(readOnly = true)
	public Webhook get(long accountId, long id) {
		return rows.find(id).filter(w -> w.accountId() == accountId).orElseThrow(() -> new NotFoundException("Webhook"));
	}

	/** Turns an endpoint on (its pending messages go out) or off (they wait). */
	@Transactional
	public Webhook enable(long accountId, long id, boolean enabled) {
		rows.enable(get(accountId, id).id(), enabled, enabled ? null : "webhooks.disabled.byOwner");
		return get(accountId, id);
	}

	@Transactional
	public void delete(long accountId, long id) {
		rows.delete(get(accountId, id).id());
	}

	@Transactional(readOnly = true)
	public List<Delivery> deliveries(long accountId, long id) {
		return messages.deliveries(get(accountId, id).id(), MAX_DELIVERIES);
	}

	/**
	 * Sends one of the endpoint's messages again, now, with its webhook-id.
	 * @throws ConflictException naming {@code enabled} when the endpoint is off (turn it on first)
	 */
	@Transactional
	public void redeliver(long accountId, long id, long messageId) {
		Webhook webhook = get(accountId, id);
		if (!webhook.enabled()) {
			throw new ConflictException(Violation.of("enabled", "webhooks.redeliver.disabled"));
		}
		if (!messages.redeliver(webhook.id(), messageId, clock.instant())) {
			throw new NotFoundException("Delivery");
		}
	}
}
