package red.cardinal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.TestDatabases;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;

/** Where the buckets are kept: PostgreSQL's table when that is the database, else this node's memory. */
@SpringBootTest
class RateLimitStoreIT {

	@Autowired
	Buckets buckets;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		limits.reset();
	}

	@Test
	void keepsTheBucketsInTheDatabaseOnPostgreSQLAndInMemoryOnH2() {
		assertThat(buckets).isInstanceOf(TestDatabases.postgres() ? DatabaseBuckets.class : MemoryBuckets.class);
	}

	@Test
	void keepsABucketsRowUntilItIsFullAgainThenDeletesIt() {
		assumeTrue(TestDatabases.postgres(), "on H2 the table stays empty");
		limits.tryAcquire(Limit.SIGN_UP, Key.ip("192.0.2.1"));
		long left = jdbc.sql("select expires_at from rate_limit_buckets").query(Long.class).single() - System.currentTimeMillis();
		// one of five an hour spent: full again in 12 minutes, and the row kept 10 seconds past that
		assertThat(left).isBetween(Duration.ofMinutes(11).toMillis(), Duration.ofMinutes(12).plusSeconds(10).toMillis());
		((DatabaseBuckets) buckets).removeExpired();
		assertThat(rows()).isEqualTo(1);
		jdbc.sql("update rate_limit_buckets set expires_at = ?").param(System.currentTimeMillis() - 1).update();
		((DatabaseBuckets) buckets).removeExpired();
		assertThat(rows()).isZero();
	}

	long rows() {
		return jdbc.sql("select count(*) from rate_limit_buckets").query(Long.class).single();
	}
}
