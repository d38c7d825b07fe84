package red.cardinal.account;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.SynchronizationStrategy;

import red.cardinal.account.RateLimits.Limit;

/**
 * The buckets of a single node, in its memory, at most {@code capacity} of them. When a new one
 * does not fit, the bucket that would be full again soonest is forgotten: a full bucket is the same
 * as none, so forgetting it changes nothing, and otherwise the one forgotten is the one that would
 * have forgiven its spent attempts first anyway. A bucket that an attacker used up takes its whole
 * period to refill, while each of a flood of new keys has spent one attempt and refills in a small
 * part of it, so flooding forgets the flood's own keys and keeps the used-up bucket.
 */
final class MemoryBuckets implements Buckets {

	/** A bucket and when it will be full again ({@link System#nanoTime()}), which orders forgetting. */
	private static final class Entry {

		final String id;
		final Bucket bucket;
		final long serial;
		long fullAt;

		Entry(String id, Bucket bucket, long serial) {
			this.id = id;
			this.bucket = bucket;
			this.serial = serial;
		}
	}

	private static final Comparator<Entry> FULL_SOONEST = Comparator.<Entry>comparingLong(e -> e.fullAt)
		.thenComparingLong(e -> e.serial);

	private final int capacity;
	private final Map<String, Entry> entries = new HashMap<>();
	private final TreeSet<Entry> bySoonestFull = new TreeSet<>(FULL_SOONEST);
	private long serials;

	MemoryBuckets(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("cardinal.rate-limits.memory-keys must be at least 1");
		}
		this.capacity = capacity;
	}

	// One lock for all: the limited requests (sign-in, sign-up, orders, ...) are few, and the map and
	// the order must change together.
	@Override
	public synchronized ConsumptionProbe tryConsume(String id, Limit limit) {
		Entry entry = entries.get(id);
		if (entry == null) {
			while (entries.size() >= capacity) {
				entries.remove(bySoonestFull.pollFirst().id);
			}
			entry = new Entry(id, Bucket.builder()
				.addLimit(limit.bandwidth())
				// guarded by this store's lock
				.withSynchronizationStrategy(SynchronizationStrategy.NONE)
				.build(), serials++);
			entries.put(id, entry);
		}
		else {
			bySoonestFull.remove(entry);
		}
		ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
		reorder(entry, limit);
		return probe;
	}

	@Override
	public synchronized void giveBack(String id, Limit limit) {
		Entry entry = entries.get(id);
		if (entry != null) {
			bySoonestFull.remove(entry);
			entry.bucket.addTokens(1);
			reorder(entry, limit);
		}
	}

	@Override
	public synchronized void clear() {
		entries.clear();
		bySoonestFull.clear();
	}

	synchronized int size() {
		return entries.size();
	}

	private void reorder(Entry entry, Limit limit) {
		entry.fullAt = System.nanoTime() + entry.bucket.estimateAbilityToConsume(limit.capacity).getNanosToWaitForRefill();
		bySoonestFull.add(entry);
	}
}
