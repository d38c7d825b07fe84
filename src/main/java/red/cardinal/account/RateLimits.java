package red.cardinal.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets against guessing and flooding, per client address, per email, per account. On
 * PostgreSQL they are kept in the database ({@link DatabaseBuckets}), so every node counts against
 * the same buckets; on the embedded H2 (one node) in this node's memory, in a bounded store that a
 * flood of new keys cannot empty ({@link MemoryBuckets}). A refused attempt takes nothing from any
 * bucket.
 */
@Component
public class RateLimits {

	/** What is limited, and how much: {@code capacity} attempts, refilled evenly over {@code period}. */
	public enum Limit {

		SIGN_UP(5, Duration.ofHours(1)),
		/** Failed sign-ins for one email from one client address. */
		SIGN_IN_FROM_ADDRESS(10, Duration.ofMinutes(5)),
		/** Failed sign-ins for one email from anywhere: the ceiling against guessing from many addresses. */
		SIGN_IN_ACCOUNT(100, Duration.ofHours(1)),
		/** Failed sign-ins from one client address, whichever emails it tries. */
		SIGN_IN_ADDRESS(30, Duration.ofHours(1)),
		TOKEN(10, Duration.ofMinutes(5)), PASSWORD_RESET(5, Duration.ofHours(1)), ORDER(30, Duration.ofHours(1)),
		BOOKING(20, Duration.ofHours(1)), SHARE(30, Duration.ofHours(1)),
		/** Details shared from cards' lead forms, per client address. */
		LEAD(10, Duration.ofHours(1)),
		/** Wallet passes and links made, per client address (each is signed, and a pass drawn). */
		WALLET(60, Duration.ofHours(1));

		final int capacity;
		final Duration period;
		private final Bandwidth bandwidth;
		private final BucketConfiguration configuration;

		Limit(int capacity, Duration period) {
			this.capacity = capacity;
			this.period = period;
			this.bandwidth = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
			this.configuration = BucketConfiguration.builder().addLimit(bandwidth).build();
		}

		public int capacity() {
			return capacity;
		}

		public Duration period() {
			return period;
		}

		Bandwidth bandwidth() {
			return bandwidth;
		}

		BucketConfiguration configuration() {
			return configuration;
		}
	}

	/**
	 * Whom a bucket counts: made only by the factories here, so the same client or email is always
	 * the same key (case, white space, an IPv6 client's own /64).
	 */
	public static final class Key {

		private final String value;

		private Key(String value) {
			this.value = value;
		}

		/** The client's address, as the trusted proxies report it (see docs/configuration.md). */
		public static Key ip(HttpServletRequest request) {
			return ip(request.getRemoteAddr());
		}

		/**
		 * A client address; an IPv6 address counts as its /64, which one subscriber usually holds
		 * whole (so rotating through it is one client), and an IPv4-mapped one as its IPv4 address.
		 */
		public static Key ip(String address) {
			if (address != null && address.indexOf(':') >= 0) {
				try {
					// a literal: parsed, never looked up
					byte[] bytes = InetAddress.getByName(address).getAddress();
					return new Key(bytes.length == 16
							? "ip6:" + HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "/64"
							: "ip:" + InetAddress.getByAddress(bytes).getHostAddress());
				}
				catch (UnknownHostException e) {
					// not an address after all: count it as it came
				}
			}
			return new Key("ip:" + address);
		}

		/** An email address, normalised as accounts store it. */
		public static Key email(String email) {
			return new Key("email:" + Emails.normalised(email));
		}

		/** A signed-in account. */
		public static Key account(long accountId) {
			return new Key("account:" + accountId);
		}

		/** This key and another counted together, e.g. an email from one address. */
		public Key and(Key other) {
			return new Key(value + "|" + other.value);
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && k.value.equals(value);
		}

		@Override
		public int hashCode() {
			return value.hashCode();
		}

		@Override
		public String toString() {
			return value;
		}
	}

	/** The answer to an attempt: allowed, or refused with how long until the next one is. */
	public record Attempt(boolean allowed, Duration retryAfter) {

		static final Attempt ALLOWED = new Attempt(true, Duration.ZERO);

		/** The wait in whole seconds, at least one, as a {@code Retry-After} header wants it. */
		public long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}
	}

	/** One bucket: a limit and whom it counts. */
	private record Use(Limit limit, Key key) {

		/**
		 * The bucket's id: the limit and 144 bits of the key's SHA-256, so no email or address is kept as
		 * it is, and every id is short and of one length.
		 */
		String id() {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.value.getBytes(StandardCharsets.UTF_8));
				return limit.name() + ":" + Base64.getUrlEncoder().encodeToString(Arrays.copyOf(digest, 18));
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private final Buckets buckets;
	/** Refused attempts per limit, {@code cardinal.rate.limit.refusals{limit="order"}}. */
	private final java.util.Map<Limit, Counter> refusals = new java.util.EnumMap<>(Limit.class);

	/** Counting refusals nowhere (tests of the buckets). */
	RateLimits(Buckets buckets) {
		this(buckets, new CompositeMeterRegistry());
	}

	@Autowired
	RateLimits(Buckets buckets, MeterRegistry meters) {
		this.buckets = buckets;
		for (Limit limit : Limit.values()) {
			refusals.put(limit, Counter.builder("cardinal.rate.limit.refusals")
				.description("attempts a rate limit refused")
				.tag("limit", limit.name().toLowerCase(java.util.Locale.ROOT))
				.register(meters));
		}
	}

	/** Takes one attempt for each key (e.g. the IP and the email); false when any of them is used up. */
	public boolean tryAcquire(Limit limit, Key... keys) {
		return attempt(limit, keys).allowed();
	}

	/** As {@link #tryAcquire}, and when refused, how long until an attempt is allowed. */
	public Attempt attempt(Limit limit, Key... keys) {
		return attempt(Arrays.stream(keys).filter(Objects::nonNull).map(key -> new Use(limit, key)).toList());
	}

	/**
	 * Takes a sign-in attempt for an email from a client address, before its password is checked:
	 * from the email's bucket at that address ({@link Limit#SIGN_IN_FROM_ADDRESS}), the email's
	 * ceiling ({@link Limit#SIGN_IN_ACCOUNT}) and the address's ({@link Limit#SIGN_IN_ADDRESS}). A
	 * sign-in that succeeds gives them back ({@link #signedIn}), so only failures count: a stranger
	 * guessing from one address cannot lock the owner out at another.
	 */
	public Attempt trySignIn(String email, Key address) {
		return attempt(signIn(email, address));
	}

	/** Gives back what {@link #trySignIn} took, once the password was right. */
	public void signedIn(String email, Key address) {
		signIn(email, address).forEach(use -> buckets.giveBack(use.id(), use.limit()));
	}

	/** Forgets every bucket (tests use this to start clean). */
	public void reset() {
		buckets.clear();
	}

	private static List<Use> signIn(String email, Key address) {
		var uses = new ArrayList<Use>(3);
		// the address first: an address that is used up never makes buckets for the emails it tries
		uses.add(new Use(Limit.SIGN_IN_ADDRESS, address));
		if (email != null) {
			Key account = Key.email(email);
			uses.add(new Use(Limit.SIGN_IN_FROM_ADDRESS, account.and(address)));
			uses.add(new Use(Limit.SIGN_IN_ACCOUNT, account));
		}
		return uses;
	}

	private Attempt attempt(List<Use> uses) {
		var taken = new ArrayList<Use>(uses.size());
		for (Use use : uses) {
			ConsumptionProbe probe = buckets.tryConsume(use.id(), use.limit());
			if (!probe.isConsumed()) {
				taken.forEach(t -> buckets.giveBack(t.id(), t.limit()));
				refusals.get(use.limit()).increment();
				return new Attempt(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
			taken.add(use);
		}
		return Attempt.ALLOWED;
	}
}
