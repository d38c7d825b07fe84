package red.cardinal.account;

import io.github.bucket4j.ConsumptionProbe;

import red.cardinal.account.RateLimits.Limit;

/** Where the rate-limit buckets are kept: in the database every node uses, or in this node's memory. */
interface Buckets {

	/** Takes a token from bucket {@code id}, a full bucket of {@code limit} if it has none yet. */
	ConsumptionProbe tryConsume(String id, Limit limit);

	/** Gives a token back to bucket {@code id} (never past its capacity). */
	void giveBack(String id, Limit limit);

	/** Forgets every bucket. */
	void clear();
}
