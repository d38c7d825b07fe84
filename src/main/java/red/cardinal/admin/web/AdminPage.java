package red.cardinal.admin.web;

import java.time.Instant;
import java.util.List;

/**
 * The instance at a glance: who has an account, whether sign-up is open, and whether a backup can
 * be downloaded here (H2) or is pg_dump's job (PostgreSQL).
 */
public record AdminPage(List<User> users, boolean signUpOpen, boolean backupAvailable) {

	public record User(String email, boolean admin, boolean verified, Instant createdAt) {
	}
}
