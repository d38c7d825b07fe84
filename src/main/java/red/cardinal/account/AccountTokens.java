package red.cardinal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Single-use, expiring secrets mailed to a person; only their hash is stored. */
@Component
class AccountTokens {

	enum Purpose {

		RESET(Duration.ofHours(1)), VERIFY(Duration.ofHours(48));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	String issue(long accountId, Purpose purpose) {
		String secret = Secrets.newSecret();
		jdbc.sql("insert into account_tokens (token_hash, account_id, purpose, expires_at) values (?, ?, ?, ?)")
			.params(Secrets.hash(secret), accountId, purpose.name(), now().plus(purpose.lifetime))
			.update();
		return secret;
	}

	/** The account the secret was issued to, once: using it marks it used. Unknown, used or expired: empty. */
	Optional<Long> consume(String secret, Purpose purpose) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		String hash = Secrets.hash(secret);
		OffsetDateTime now = now();
		Optional<Long> account = jdbc.sql("""
				select account_id from account_tokens
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(hash, purpose.name(), now)
			.query(Long.class)
			.optional();
		// the conditional update makes two concurrent uses of one token succeed only once
		return account.filter(id -> jdbc.sql("update account_tokens set used_at = ? where token_hash = ? and used_at is null")
			.params(now, hash)
			.update() == 1);
	}

	/** Makes every unused secret of the account for this purpose unusable. */
	void revokeAll(long accountId, Purpose purpose) {
		jdbc.sql("update account_tokens set used_at = ? where account_id = ? and purpose = ? and used_at is null")
			.params(now(), accountId, purpose.name())
			.update();
	}

	/** Whether the secret is currently usable, without using it (to show the reset form). */
	boolean valid(String secret, Purpose purpose) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return false;
		}
		return jdbc.sql("""
				select count(*) from account_tokens
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(Secrets.hash(secret), purpose.name(), now())
			.query(Integer.class)
			.single() > 0;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
