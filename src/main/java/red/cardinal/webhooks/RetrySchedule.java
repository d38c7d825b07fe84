package red.cardinal.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long a failed delivery waits before its next attempt: the first retry within a minute, then
 * minutes, then hours, up to about a day in all (by default 30 s, 5 min, 30 min, 2 h, 5 h, 10 h and
 * 10 h: 27 h 35 min after the first attempt, eight attempts). After the last, the message has failed.
 */
record RetrySchedule(List<Duration> waits) {

	static final List<Duration> DEFAULT = List.of(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));

	RetrySchedule {
		waits = List.copyOf(waits);
	}

	/** The wait after attempt number {@code attempts} (1 is the first) failed; empty when it was the last. */
	Optional<Duration> after(int attempts) {
		return attempts >= 1 && attempts <= waits.size() ? Optional.of(waits.get(attempts - 1)) : Optional.empty();
	}

	int attempts() {
		return waits.size() + 1;
	}
}
