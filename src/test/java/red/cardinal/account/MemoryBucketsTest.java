package red.cardinal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;

class MemoryBucketsTest {

	static final int KEYS = 1000;

	MemoryBuckets buckets = new MemoryBuckets(KEYS);

	RateLimits limits = new RateLimits(buckets);

	@Test
	void keepsAnAttackersUsedUpBucketAndOthersPartlyUsedThroughAFloodOfNewKeys() {
		Key attacker = Key.ip("203.0.113.7");
		while (limits.tryAcquire(Limit.SIGN_UP, attacker)) {
			// use it up
		}
		Key neighbour = Key.ip("203.0.113.8");
		for (int i = 0; i < 3; i++) {
			limits.tryAcquire(Limit.SIGN_UP, neighbour);
		}
		for (int i = 0; i < 5 * KEYS; i++) {
			limits.tryAcquire(Limit.SIGN_UP, Key.ip("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)));
		}
		assertThat(buckets.size()).as("the store stays within its bound").isEqualTo(KEYS);
		assertThat(limits.tryAcquire(Limit.SIGN_UP, attacker)).as("the used-up bucket is still used up").isFalse();
		assertThat(limits.tryAcquire(Limit.SIGN_UP, neighbour)).isTrue();
		assertThat(limits.tryAcquire(Limit.SIGN_UP, neighbour)).isTrue();
		assertThat(limits.tryAcquire(Limit.SIGN_UP, neighbour)).as("three of five were spent before the flood").isFalse();
	}

	@Test
	void forgetsABucketThatIsFullAgainBeforeOneThatIsNot() {
		Key owner = Key.ip("198.51.100.20");
		assertThat(limits.trySignIn("ana@example.com", owner).allowed()).isTrue();
		limits.signedIn("ana@example.com", owner);
		Key stranger = Key.ip("203.0.113.7");
		for (int i = 0; i < KEYS - 3; i++) {
			limits.tryAcquire(Limit.ORDER, Key.ip("10.8." + (i >> 8) + "." + (i & 255)));
		}
		limits.tryAcquire(Limit.ORDER, stranger);
		assertThat(buckets.size()).isEqualTo(KEYS);
		limits.tryAcquire(Limit.ORDER, Key.ip("10.7.0.1"));
		limits.tryAcquire(Limit.ORDER, Key.ip("10.7.0.2"));
		limits.tryAcquire(Limit.ORDER, Key.ip("10.7.0.3"));
		assertThat(buckets.size()).isEqualTo(KEYS);
		// the owner's three sign-in buckets, full again, were the ones forgotten; every order bucket is kept
		for (int i = 0; i < Limit.ORDER.capacity() - 1; i++) {
			assertThat(limits.tryAcquire(Limit.ORDER, stranger)).isTrue();
		}
		assertThat(limits.tryAcquire(Limit.ORDER, stranger)).isFalse();
	}
}
