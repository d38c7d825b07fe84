package red.cardinal.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import red.cardinal.metrics.Counters;
import red.cardinal.metrics.Counters.Counted;
import red.cardinal.account.Account;
import red.cardinal.account.Accounts;
import red.cardinal.account.Mailer;
import red.cardinal.web.PublicUrls;

/**
 * Sends what the outbox holds: every few seconds each node claims due messages one by one (a
 * conditional update, so each attempt is made once whichever nodes run) and tries them, outside any
 * transaction. A failure waits by the {@link RetrySchedule}; after the last attempt the message has
 * failed, its endpoint is turned off and its owner told by mail. A node that dies holding a claim
 * lets it expire, and another node tries again: delivery is at least once, as the spec expects
 * (receivers drop a repeated webhook-id).
 */
@Component
class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final int BATCH = 20;

	private final MessageRows messages;
	private final WebhookRows webhooks;
	private final WebhookSender sender;
	private final RetrySchedule schedule;
	private final Duration claimFor;
	private final Duration keepFor;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource texts;
	private final PublicUrls urls;
	private final Clock clock;

	private final Counters counters;

	WebhookDispatcher(MessageRows messages, WebhookRows webhooks, WebhookSender sender,
			@Value("${cardinal.webhooks.retry-waits:}") List<Duration> waits,
			@Value("${cardinal.webhooks.claim-for:PT1M}") Duration claimFor,
			@Value("${cardinal.webhooks.keep-for:P30D}") Duration keepFor, Accounts accounts, Mailer mailer,
			MessageSource texts, PublicUrls urls, Optional<Clock> clock, Counters counters) {
		this.counters = counters;
		this.messages = messages;
		this.webhooks = webhooks;
		this.sender = sender;
		this.schedule = new RetrySchedule(waits == null || waits.isEmpty() ? RetrySchedule.DEFAULT : waits);
		this.claimFor = claimFor;
		this.keepFor = keepFor;
		this.accounts = accounts;
		this.mailer = mailer;
		this.texts = texts;
		this.urls = urls;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${cardinal.webhooks.poll-every:PT5S}", initialDelayString = "${cardinal.webhooks.poll-every:PT5S}")
	void deliverDue() {
		Instant now = clock.instant();
		for (MessageRows.Due due : messages.due(now, BATCH)) {
			if (messages.claim(due.id(), now, now.plus(claimFor))) {
				deliver(due);
			}
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOld() {
		messages.forget(clock.instant().minus(keepFor));
	}

	private void deliver(MessageRows.Due due) {
		var webhook = webhooks.find(due.webhookId());
		if (webhook.isEmpty()) {
			return;
		}
		var outcome = sender.send(webhook.get().url(), webhooks.secret(due.webhookId()), due.messageId(), due.body());
		int attempt = due.attempts() + 1;
		Instant at = clock.instant();
		messages.attempted(due.id(), attempt, at, outcome.succeeded(), outcome.code(), outcome.error());
		counters.increment(outcome.succeeded() ? Counted.WEBHOOK_DELIVERED : Counted.WEBHOOK_FAILED);
		if (outcome.succeeded()) {
			messages.settle(due.id(), attempt, "delivered", null);
			return;
		}
		var wait = schedule.after(attempt);
		if (wait.isPresent()) {
			messages.settle(due.id(), attempt, "pending", at.plus(wait.get()));
			return;
		}
		messages.settle(due.id(), attempt, "failed", null);
		disable(webhook.get(), outcome);
	}

	/** An endpoint that failed a message's every attempt is turned off, and its owner told. */
	private void disable(Webhook webhook, WebhookSender.Outcome outcome) {
		webhooks.enable(webhook.id(), false, "webhooks.disabled.failing");
		log.info("Webhook {} turned off: a message failed {} attempts ({})", webhook.id(), schedule.attempts(),
				outcome.error());
		String to = accounts.findById(webhook.accountId()).map(Account::email).orElse(null);
		var locale = java.util.Locale.ENGLISH;
		try {
			mailer.send(to, texts.getMessage("webhooks.mail.disabled.subject", null, locale),
					texts.getMessage("webhooks.mail.disabled.text", new Object[] { webhook.url(), schedule.attempts(),
							outcome.error(), urls.of("/account/webhooks") }, locale));
		}
		catch (RuntimeException e) {
			// the endpoint is off either way (the account page says so); other messages must still go out
			log.warn("Could not tell the owner of webhook {} it was turned off", webhook.id(), e);
		}
	}
}
