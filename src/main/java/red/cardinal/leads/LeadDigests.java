package red.cardinal.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day per card whose owner chose a digest: moves the card's digest on with a compare-and-set
 * (so one node does it) and, in that transaction, publishes {@link LeadDigestDue}, which
 * {@link LeadMails} sends after the commit (and the registry retries if the mail fails). The first
 * digest covers the day before it; each covers up to a minute ago.
 */
@Component
class LeadDigests {

	static final Duration DAY = Duration.ofDays(1);

	static final Duration SETTLE = Duration.ofMinutes(1);

	private final LeadForms forms;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	LeadDigests(LeadForms forms, ApplicationEventPublisher events, TransactionTemplate transactions,
			Optional<Clock> clock) {
		this.forms = forms;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${cardinal.leads.digest-every:PT1H}", initialDelayString = "PT3M")
	void sendDue() {
		// a minute behind, so a lead whose transaction is still committing goes into the next digest, not none
		Instant now = clock.instant().minus(SETTLE).truncatedTo(ChronoUnit.MICROS);
		for (var digest : forms.digests()) {
			Instant from = digest.sentUntil() == null ? now.minus(DAY) : digest.sentUntil();
			if (from.plus(DAY).isAfter(now)) {
				continue;
			}
			transactions.executeWithoutResult(status -> {
				if (forms.claimDigest(digest.cardId(), now)) {
					events.publishEvent(new LeadDigestDue(digest.cardId(), from, now));
				}
			});
		}
	}
}
