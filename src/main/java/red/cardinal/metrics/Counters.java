package red.cardinal.metrics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counters a module increments by name, for what only that module sees happen (a webhook's delivery
 * failing). Each is registered at start, so a scraper sees it at zero before the first increment and
 * a rate over it is defined from the start. Costs nothing that matters when metrics are off (the
 * registry then has no backend).
 */
@Component
public class Counters {

	/** What is counted, and the meter it is counted in (see docs/configuration.md). */
	public enum Counted {

		/** A webhook delivery the receiver accepted (2xx). */
		WEBHOOK_DELIVERED("cardinal.webhooks.deliveries", "outcome", "delivered"),
		/** A webhook delivery attempt that failed (an error answer, a timeout); it may be retried. */
		WEBHOOK_FAILED("cardinal.webhooks.deliveries", "outcome", "failed");

		private final String meter;
		private final String[] tags;

		Counted(String meter, String... tags) {
			this.meter = meter;
			this.tags = tags;
		}

		/** The meter's name as Micrometer has it; Prometheus shows it with dots as underscores and {@code _total}. */
		public String meter() {
			return meter;
		}
	}

	private final Map<Counted, Counter> counters = new EnumMap<>(Counted.class);

	Counters(MeterRegistry registry) {
		for (Counted counted : Counted.values()) {
			counters.put(counted, registry.counter(counted.meter, counted.tags));
		}
	}

	/** Counts one more of {@code counted}. */
	public void increment(Counted counted) {
		counters.get(counted).increment();
	}
}
