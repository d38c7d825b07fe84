package red.cardinal.wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import red.cardinal.wallet.WalletStatus.Expiry;
import red.cardinal.wallet.WalletStatus.State;
import red.cardinal.wallet.WalletStatus.Wallet;

/**
 * The operator's wallet credentials, read once at start. A wallet that is not configured is off; one
 * whose credentials cannot be used is off too, with a warning in the log and on the admin page, and
 * everything else starts as usual. An expired certificate turns Apple passes off when it expires.
 */
@Component
public class WalletCertificates {

	private static final Logger log = LoggerFactory.getLogger(WalletCertificates.class);

	private final Clock clock;
	private final AppleCredentials apple;
	private final String appleProblem;
	private final GoogleCredentials google;
	private final String googleProblem;
	private final boolean appleSet;
	private final boolean googleSet;

	WalletCertificates(WalletProperties properties, Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
		this.appleSet = properties.apple().anySet();
		this.googleSet = properties.google().anySet();
		AppleCredentials a = null;
		String aProblem = null;
		if (appleSet) {
			try {
				a = AppleCredentials.load(properties.apple());
			}
			catch (UnusableCredentials e) {
				aProblem = e.getMessage();
				log.warn("Apple Wallet passes are off: {}", aProblem);
			}
		}
		GoogleCredentials g = null;
		String gProblem = null;
		if (googleSet) {
			try {
				g = GoogleCredentials.load(properties.google());
			}
			catch (UnusableCredentials e) {
				gProblem = e.getMessage();
				log.warn("Google Wallet links are off: {}", gProblem);
			}
		}
		this.apple = a;
		this.appleProblem = aProblem;
		this.google = g;
		this.googleProblem = gProblem;
		if (a != null) {
			var status = appleStatus();
			if (status.state() == State.EXPIRED) {
				log.warn("Apple Wallet passes are off: {}", status.problem());
			}
			else {
				warnOfExpiries(status);
			}
		}
	}

	private static void warnOfExpiries(Wallet status) {
		status.expiries().stream().filter(Expiry::soon).forEach(e -> log.warn(
					"Apple Wallet passes stop on {}: the {} certificate expires then ({} days left), renew it", e.date(),
					e.certificate(), e.daysLeft()));
	}

	/** What signs Apple passes now, or empty: not configured, unusable or expired. */
	Optional<AppleCredentials> apple() {
		return apple != null && appleStatus().state() == State.READY ? Optional.of(apple) : Optional.empty();
	}

	/** What signs Google Wallet links, or empty. */
	Optional<GoogleCredentials> google() {
		return Optional.ofNullable(google);
	}

	public WalletStatus status() {
		Wallet g = google != null ? new Wallet(State.READY, google.clientEmail(), null, List.of())
				: new Wallet(googleSet ? State.FAILED : State.OFF, null, googleProblem, List.of());
		return new WalletStatus(appleStatus(), g);
	}

	private Wallet appleStatus() {
		if (apple == null) {
			return new Wallet(appleSet ? State.FAILED : State.OFF, null, appleProblem, List.of());
		}
		Instant now = clock.instant();
		var expiries = List.of(expiry("pass", apple.certificate().getNotAfter().toInstant(), now),
				expiry("wwdr", apple.wwdr().getNotAfter().toInstant(), now));
		Optional<Expiry> expired = expiries.stream().filter(e -> !e.notAfter().isAfter(now)).findFirst();
		if (expired.isPresent()) {
			return new Wallet(State.EXPIRED, apple.passTypeId(), "the " + expired.get().certificate()
					+ " certificate expired on " + expired.get().date(), expiries);
		}
		return new Wallet(State.READY, apple.passTypeId(), null, expiries);
	}

	private static Expiry expiry(String certificate, Instant notAfter, Instant now) {
		return new Expiry(certificate, notAfter, Math.max(0, Duration.between(now, notAfter).toDays()));
	}
}
