package red.cardinal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session may live, however active it is: {@code cardinal.session.lifetime}
 * (12 hours) from sign-in, or {@code cardinal.session.remember-me} (30 days) when the person asked
 * to stay signed in. The end is written into the session at sign-in ({@link #stamp}); a session past
 * it is ended by {@link SessionLifetimeFilter}.
 */
@Component
class SessionLifetimes {

	/** Epoch milliseconds after which the session's sign-in no longer counts. */
	static final String ENDS_AT = SessionLifetimes.class.getName() + ".endsAt";

	private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

	private final Duration lifetime;
	private final Duration rememberMe;
	private final Clock clock;

	SessionLifetimes(@Value("${cardinal.session.lifetime:12h}") Duration lifetime,
			@Value("${cardinal.session.remember-me:30d}") Duration rememberMe, Optional<Clock> clock) {
		if (lifetime.isNegative() || lifetime.isZero() || rememberMe.compareTo(lifetime) < 0) {
			throw new IllegalArgumentException(
					"cardinal.session.lifetime must be positive and cardinal.session.remember-me at least as long");
		}
		this.lifetime = lifetime;
		this.rememberMe = rememberMe;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** How long "keep me signed in" lasts: the session, its idle timeout and its cookie. */
	Duration rememberMe() {
		return rememberMe;
	}

	/**
	 * Marks the request's session as signed in now: it ends after the remember-me lifetime when
	 * this sign-in asked to be remembered (Spring Session's remember-me services flag the request),
	 * after the ordinary lifetime otherwise.
	 */
	void stamp(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		boolean remembered = request.getAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR) != null;
		session.setAttribute(ENDS_AT, clock.instant().plus(remembered ? rememberMe : lifetime).toEpochMilli());
	}

	/**
	 * Whether the session's sign-in is over. A signed-in session from before stamps existed counts
	 * from its creation with the longer lifetime; a session nobody signed into never expires here.
	 */
	boolean over(HttpSession session) {
		Instant end;
		if (session.getAttribute(ENDS_AT) instanceof Long millis) {
			end = Instant.ofEpochMilli(millis);
		}
		else if (session.getAttribute(SECURITY_CONTEXT) != null) {
			end = Instant.ofEpochMilli(session.getCreationTime()).plus(rememberMe);
		}
		else {
			return false;
		}
		return !clock.instant().isBefore(end);
	}
}
