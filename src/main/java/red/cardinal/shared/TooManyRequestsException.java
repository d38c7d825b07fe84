package red.cardinal.shared;

import java.time.Duration;

/**
 * This client has made this request too often (a rate limit); nothing was done, and it may be made
 * again after {@link #retryAfter()}: 429 with {@code Retry-After}, where a {@link BusyException} is
 * the server's 503.
 */
public class TooManyRequestsException extends BusyException {

	public TooManyRequestsException(Violation violation, Duration retryAfter) {
		super(violation, retryAfter);
	}
}
