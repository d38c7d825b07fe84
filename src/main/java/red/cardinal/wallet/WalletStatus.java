package red.cardinal.wallet;

import java.time.Instant;
import java.util.List;

/** Whether each wallet's credentials load, and when its certificates expire: what the admin page shows. */
public record WalletStatus(Wallet apple, Wallet google) {

	/** Certificates that expire within this many days are warned of. */
	public static final int WARN_DAYS = 30;

	public enum State {
		/** Not configured: no button, the route is a 404. */
		OFF,
		/** Passes are made. */
		READY,
		/** Configured, but the credentials cannot be used ({@code problem} says why). */
		FAILED,
		/** A certificate has expired: no passes until it is renewed. */
		EXPIRED
	}

	/** One wallet: its state, whom it signs as (a pass type id, a service account), why not, what expires when. */
	public record Wallet(State state, String signer, String problem, List<Expiry> expiries) {

		public boolean expiresSoon() {
			return expiries.stream().anyMatch(Expiry::soon);
		}
	}

	/** A certificate ({@code pass} or {@code wwdr}) and when it expires. */
	public record Expiry(String certificate, Instant notAfter, long daysLeft) {

		public boolean soon() {
			return daysLeft < WARN_DAYS;
		}

		public String date() {
			return notAfter.toString().substring(0, 10);
		}
	}
}
