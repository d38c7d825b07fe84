package red.cardinal.admin.web;

import java.time.Instant;
import java.util.List;

/** The instance at a glance: who has an account, and whether sign-up is open. */
public record AdminPage(List<User> users, boolean signUpOpen) {

	public record User(String email, boolean admin, boolean verified, Instant createdAt) {
	}
}
