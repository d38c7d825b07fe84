package red.cardinal.admin.web;

import java.time.Instant;
import java.util.List;

/**
 * The instance at a glance: who has an account, whether sign-up is open, whether a backup can be
 * downloaded here (H2) or is pg_dump's job (PostgreSQL), and whether the wallets' credentials load.
 */
public record AdminPage(List<User> users, boolean signUpOpen, boolean backupAvailable, List<Wallet> wallets) {

	public record User(String email, boolean admin, boolean verified, Instant createdAt) {
	}

	/**
	 * A wallet ({@code apple}, {@code google}) and its state ({@code off}, {@code ready}, {@code failed},
	 * {@code expired}), whom it signs as, why it cannot, and when its certificates expire.
	 */
	public record Wallet(String name, String state, String signer, String problem, List<Expiry> expiries) {
	}

	/** A certificate ({@code pass}, {@code wwdr}), its last day, the days left, and whether that is soon. */
	public record Expiry(String certificate, String date, long daysLeft, boolean soon) {
	}
}
