package red.cardinal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.account.Account;
import red.cardinal.account.Accounts;

/** Makes accounts and API tokens for tests, straight in the database. */
@Component
public class TestAccounts {

	private final Accounts accounts;
	private final JdbcClient jdbc;

	public TestAccounts(Accounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** A new account and a bearer token for it. */
	public Owner create() {
		String email = "owner-" + UUID.randomUUID() + "@example.com";
		Account account = accounts.save(new Account(null, email, "{noop}unused-password", false, true, Instant.now()));
		String token = UUID.randomUUID().toString() + UUID.randomUUID();
		jdbc.sql("insert into api_tokens (account_id, name, token_hash, created_at) values (?, 'test', ?, ?)")
			.params(account.id(), sha256(token), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.update();
		return new Owner(account, token);
	}

	public record Owner(Account account, String token) {

		public String bearer() {
			return "Bearer " + token;
		}

		public long id() {
			return account.id();
		}
	}

	static String sha256(String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
