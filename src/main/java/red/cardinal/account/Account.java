package red.cardinal.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person who owns cards. The email is stored lower-cased; only the password's hash is kept. */
@Table("accounts")
public record Account(@Id Long id, String email, String passwordHash, boolean admin, boolean emailVerified,
		Instant createdAt) {

	Account withId(Long id) {
		return new Account(id, email, passwordHash, admin, emailVerified, createdAt);
	}

	Account withPasswordHash(String hash) {
		return new Account(id, email, hash, admin, emailVerified, createdAt);
	}

	Account verified() {
		return new Account(id, email, passwordHash, admin, true, createdAt);
	}
}
