package red.cardinal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;

class RateLimitsTest {

	RateLimits limits = new RateLimits(new MemoryBuckets(1000));

	Key strangerAddress = Key.ip("203.0.113.7");

	Key ownerAddress = Key.ip("198.51.100.20");

	@Test
	void countsEachRefusalUnderItsLimitForTheMetrics() {
		var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
		var counted = new RateLimits(new MemoryBuckets(1000), meters);
		IntStream.range(0, Limit.ORDER.capacity() + 3).forEach(i -> counted.tryAcquire(Limit.ORDER, strangerAddress));
		assertThat(meters.get("cardinal.rate.limit.refusals").tag("limit", "order").counter().count()).isEqualTo(3);
		assertThat(meters.get("cardinal.rate.limit.refusals").tag("limit", "booking").counter().count()).isZero();
	}

	@Test
	void countsCaseAndSpaceVariantsOfAnEmailAsOneEmail() {
		assertThat(Key.email("Ana@Example.com ")).isEqualTo(Key.email("ana@example.com"))
			.isEqualTo(Key.email("\tANA@EXAMPLE.COM"));
		String[] variants = { "Ana@Example.com ", "ana@example.com", " ANA@example.com", "ana@EXAMPLE.com\t",
				"Ana@example.COM", "aNa@example.com", "ana@example.com  " };
		long allowed = IntStream.range(0, variants.length)
			.filter(i -> limits.tryAcquire(Limit.PASSWORD_RESET, Key.ip("10.0.0." + i), Key.email(variants[i])))
			.count();
		assertThat(allowed).isEqualTo(Limit.PASSWORD_RESET.capacity());
	}

	@Test
	void countsAnIpv6ClientAsItsSlash64AndAMappedIpv4AsItsIpv4() {
		assertThat(Key.ip("2001:db8:1:2:aaaa::1")).isEqualTo(Key.ip("2001:0db8:0001:0002:ffff:ffff:ffff:ffff"))
			.isNotEqualTo(Key.ip("2001:db8:1:3::1"));
		assertThat(Key.ip("::ffff:192.0.2.1")).isEqualTo(Key.ip("192.0.2.1"));
		assertThat(Key.ip("0:0:0:0:0:0:0:1")).isEqualTo(Key.ip("::1"));
	}

	@Test
	void letsTheOwnerSignInFromTheirAddressAfterAStrangersTenWrongPasswords() {
		for (int i = 0; i < Limit.SIGN_IN_FROM_ADDRESS.capacity(); i++) {
			assertThat(limits.trySignIn("ana@example.com", strangerAddress).allowed()).isTrue();
		}
		assertThat(limits.trySignIn("Ana@Example.com", strangerAddress).allowed()).as("the stranger is stopped").isFalse();
		assertThat(limits.trySignIn("ana@example.com", ownerAddress).allowed()).as("the owner is not").isTrue();
	}

	@Test
	void countsOnlyFailedSignIns() {
		for (int i = 0; i < 3 * Limit.SIGN_IN_FROM_ADDRESS.capacity(); i++) {
			assertThat(limits.trySignIn("ana@example.com", ownerAddress).allowed()).isTrue();
			limits.signedIn("ana@example.com", ownerAddress);
		}
	}

	@Test
	void stopsGuessingFromManyAddressesAtTheAccountsCeiling() {
		int allowed = 0;
		for (int i = 0; i < 2 * Limit.SIGN_IN_ACCOUNT.capacity(); i++) {
			if (limits.trySignIn("ana@example.com", Key.ip("10.1." + (i / 5) + ".1")).allowed()) {
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(Limit.SIGN_IN_ACCOUNT.capacity());
	}

	@Test
	void keepsOneAddressBelowTheAccountsCeilingSoItAloneCannotLockTheOwnerOut() {
		// what one address can spend in the first hour, the most it ever can: a full bucket and an hour of refill
		assertThat(2 * Limit.SIGN_IN_ADDRESS.capacity()).isLessThan(Limit.SIGN_IN_ACCOUNT.capacity());
		assertThat(Limit.SIGN_IN_ADDRESS.period()).isEqualTo(Limit.SIGN_IN_ACCOUNT.period());
	}

	@Test
	void takesNothingFromAnyBucketForARefusedAttempt() {
		Key email = Key.email("bo@example.com");
		for (int i = 0; i < Limit.SIGN_UP.capacity(); i++) {
			assertThat(limits.tryAcquire(Limit.SIGN_UP, Key.ip("10.2.0." + i), email)).isTrue();
		}
		Key address = Key.ip("10.2.1.1");
		for (int i = 0; i < 20; i++) {
			assertThat(limits.tryAcquire(Limit.SIGN_UP, address, email)).isFalse();
		}
		assertThat(limits.tryAcquire(Limit.SIGN_UP, address, Key.email("cy@example.com")))
			.as("the address lost nothing to the refused attempts").isTrue();
	}

	@Test
	void saysHowLongToWaitWhenRefused() {
		for (int i = 0; i < Limit.SIGN_UP.capacity(); i++) {
			limits.attempt(Limit.SIGN_UP, strangerAddress);
		}
		var refused = limits.attempt(Limit.SIGN_UP, strangerAddress);
		assertThat(refused.allowed()).isFalse();
		// one attempt of five an hour comes back after 12 minutes
		assertThat(refused.retryAfterSeconds()).isBetween(700L, 720L);
	}
}
