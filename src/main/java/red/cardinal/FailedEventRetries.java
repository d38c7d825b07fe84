package red.cardinal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again, every {@code cardinal.events.retry-every}, the listeners whose event publication
 * failed (a mail server that was down), for {@code cardinal.events.retry-for} after the event;
 * older ones stay failed in {@code event_publication}, for a person to look at. Each node may run
 * it: a publication is claimed by one conditional update before it is resubmitted, so one node
 * runs it. See docs/events.md.
 */
@Component
class FailedEventRetries {

	private final FailedEventPublications failed;
	private final Duration retryFor;
	private final Clock clock;

	FailedEventRetries(FailedEventPublications failed, @Value("${cardinal.events.retry-for:P3D}") Duration retryFor,
			Optional<Clock> clock) {
		this.failed = failed;
		this.retryFor = retryFor;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${cardinal.events.retry-every:PT5M}", initialDelayString = "${cardinal.events.retry-every:PT5M}")
	void retry() {
		Instant oldest = clock.instant().minus(retryFor);
		failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> stillWorthIt(p, oldest)));
	}

	private static boolean stillWorthIt(EventPublication publication, Instant oldest) {
		return publication.getPublicationDate().isAfter(oldest);
	}
}
