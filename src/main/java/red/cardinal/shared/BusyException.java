package red.cardinal.shared;

import java.time.Duration;

/**
 * The server is too busy to do this now; nothing was done, and the same request may be made again
 * after {@link #retryAfter()} (503 with {@code Retry-After}).
 */
public class BusyException extends RuntimeException {

	private final Violation violation;
	private final Duration retryAfter;

	public BusyException(Violation violation, Duration retryAfter) {
		super("Busy: " + violation, null, false, false);
		this.violation = violation;
		this.retryAfter = retryAfter;
	}

	/** What to tell the person, naming the field it concerns. */
	public Violation violation() {
		return violation;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** The {@code Retry-After} header's value: whole seconds, at least one. */
	public String retryAfterSeconds() {
		return Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
	}
}
