package red.cardinal.account;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Token buckets against guessing and flooding, per IP and per account. They live in this node's
 * memory: behind N nodes an attacker gets at most N times the limit, still far too few guesses.
 */
@Component
public class RateLimits {

	/** What is limited, and how much: {@code capacity} attempts, refilled over {@code period}. */
	public enum Limit {

		SIGN_UP(5, Duration.ofHours(1)), LOG_IN(10, Duration.ofMinutes(5)), TOKEN(10, Duration.ofMinutes(5)),
		PASSWORD_RESET(5, Duration.ofHours(1)), ORDER(30, Duration.ofHours(1)), BOOKING(20, Duration.ofHours(1));

		final int capacity;
		final Duration period;

		Limit(int capacity, Duration period) {
			this.capacity = capacity;
			this.period = period;
		}
	}

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/** Takes one attempt for each key (e.g. the IP and the email); false when any of them is used up. */
	public boolean tryAcquire(Limit limit, String... keys) {
		if (buckets.size() > MAX_KEYS) {
			buckets.clear();
		}
		boolean allowed = true;
		for (String key : keys) {
			if (key == null) {
				continue;
			}
			Bucket bucket = buckets.computeIfAbsent(limit + ":" + key, k -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(limit.capacity).refillGreedy(limit.capacity, limit.period).build())
				.build());
			allowed &= bucket.tryConsume(1);
		}
		return allowed;
	}

	/** Forgets every bucket (tests use this to start clean). */
	public void reset() {
		buckets.clear();
	}
}
