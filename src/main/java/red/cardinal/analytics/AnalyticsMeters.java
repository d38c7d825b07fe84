package red.cardinal.analytics;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The meters of {@link Analytics}: {@code cardinal.card.events{type}} counts each event it accepts
 * (as its reports count them: no bots, nothing while analytics is off), {@code cardinal.analytics.queue}
 * is how many different events wait to be written and {@code cardinal.analytics.dropped} what a full queue refused. The
 * type is the event type's id, one of a fixed few: never a card, a slug or a link.
 */
final class AnalyticsMeters {

	/** Before the registry is known, and in tests that make an {@link Analytics} by hand. */
	static final AnalyticsMeters NONE = new AnalyticsMeters(Map.of());

	private final Map<String, Counter> events;

	private AnalyticsMeters(Map<String, Counter> events) {
		this.events = events;
	}

	static AnalyticsMeters register(MeterRegistry registry, Map<?, ?> waiting, AtomicLong dropped) {
		Gauge.builder("cardinal.analytics.queue", waiting, Map::size)
			.description("different analytics events waiting to be written")
			.register(registry);
		FunctionCounter.builder("cardinal.analytics.dropped", dropped, AtomicLong::get)
			.description("analytics events dropped because the queue was full")
			.register(registry);
		return new AnalyticsMeters(Arrays.stream(EventType.values())
			.collect(Collectors.toUnmodifiableMap(EventType::id,
					type -> Counter.builder("cardinal.card.events")
						.description("events on cards (views, vCard downloads, QR scans...) as analytics records them")
						.tag("type", type.id())
						.register(registry),
					(a, b) -> a)));
	}

	/** Counts an accepted event of type {@code typeId} ({@link EventType#id()}). */
	void accepted(String typeId) {
		Counter counter = events.get(typeId);
		if (counter != null) {
			counter.increment();
		}
	}
}
