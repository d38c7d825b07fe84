package red.cardinal.leads;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the leads a card keeps for a limited time ({@link LeadSettings#retentionDays()}) once they
 * are older. Each node may run it: deleting what is already gone does nothing.
 */
@Component
class LeadRetention {

	private static final Logger log = LoggerFactory.getLogger(LeadRetention.class);

	private final LeadForms forms;
	private final LeadRows rows;
	private final Clock clock;

	LeadRetention(LeadForms forms, LeadRows rows, Optional<Clock> clock) {
		this.forms = forms;
		this.rows = rows;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${cardinal.leads.clean-up-every:PT1H}", initialDelayString = "PT2M")
	@Transactional
	public void deleteExpired() {
		int deleted = 0;
		for (var card : forms.retained()) {
			deleted += rows.deleteBefore(card.cardId(), clock.instant().minus(Duration.ofDays(card.days())));
		}
		if (deleted > 0) {
			log.info("Deleted {} lead(s) past their cards' retention", deleted);
		}
	}
}
