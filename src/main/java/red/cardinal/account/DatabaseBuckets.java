package red.cardinal.account;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import red.cardinal.account.RateLimits.Limit;

/**
 * The buckets in PostgreSQL (table {@code rate_limit_buckets}), through Bucket4j's proxy manager:
 * each attempt reads and writes its bucket's row under {@code select … for update}, so every node
 * counts against the same buckets. A row is kept until its bucket would be full again (a full
 * bucket is the same as none), then deleted by {@link #removeExpired}.
 */
final class DatabaseBuckets implements Buckets {

	private static final int BATCH = 1000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;
	private final JdbcClient jdbc;

	DatabaseBuckets(DataSource dataSource, JdbcClient jdbc) {
		this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.build();
		this.jdbc = jdbc;
	}

	@Override
	public ConsumptionProbe tryConsume(String id, Limit limit) {
		return proxies.getProxy(id, limit::configuration).tryConsumeAndReturnRemaining(1);
	}

	@Override
	public void giveBack(String id, Limit limit) {
		proxies.getProxy(id, limit::configuration).addTokens(1);
	}

	@Override
	public void clear() {
		jdbc.sql("delete from rate_limit_buckets").update();
	}

	/** Deletes the rows of buckets that are full again; nodes doing it at once skip each other's rows. */
	@Scheduled(fixedDelayString = "${cardinal.rate-limits.clean-up-every:PT5M}")
	void removeExpired() {
		while (proxies.removeExpired(BATCH) == BATCH) {
			// more may be left
		}
	}
}
