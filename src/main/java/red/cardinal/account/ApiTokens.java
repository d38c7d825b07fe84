package red.cardinal.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/** Bearer tokens for the JSON API. A token is shown once; only its hash is kept. */
@Service
public class ApiTokens {

	static final int MAX_PER_ACCOUNT = 50;

	/** A token as its owner sees it later: never the secret itself. */
	public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt) {
	}

	/** A token just created: the secret, to show once. */
	public record NewToken(long id, String name, String secret) {
	}

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public NewToken create(long accountId, String name) {
		String label = name == null || name.isBlank() ? "API token" : name.strip();
		if (label.length() > 100 || label.codePoints().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException(Violation.of("name", "token.name"));
		}
		if (list(accountId).size() >= MAX_PER_ACCOUNT) {
			throw new InvalidInputException(Violation.of("name", "token.tooMany", MAX_PER_ACCOUNT));
		}
		String secret = Secrets.newSecret();
		jdbc.sql("insert into api_tokens (account_id, name, token_hash, created_at) values (?, ?, ?, ?)")
			.params(accountId, label, Secrets.hash(secret), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		long id = jdbc.sql("select id from api_tokens where token_hash = ?").param(Secrets.hash(secret)).query(Long.class).single();
		return new NewToken(id, label, secret);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(long accountId) {
		return jdbc.sql("select id, name, created_at, last_used_at from api_tokens where account_id = ? order by id")
			.param(accountId)
			.query((rs, i) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("last_used_at", OffsetDateTime.class) == null ? null
							: rs.getObject("last_used_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Revokes one of the account's tokens; someone else's id is unknown. */
	@Transactional
	public void revoke(long accountId, long tokenId) {
		if (jdbc.sql("delete from api_tokens where id = ? and account_id = ?").params(tokenId, accountId).update() == 0) {
			throw new NotFoundException("Token");
		}
	}
}
