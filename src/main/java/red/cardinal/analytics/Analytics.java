package red.cardinal.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.account.Secrets;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardZones;
import red.cardinal.web.Visit;
import red.cardinal.web.Visits;

/**
 * Counts what happens on cards without tracking anyone. {@link #record} never blocks a page: it
 * adds the event to those waiting in memory, which are written in batches, with the counts reports
 * read, every second (and at shutdown). The same event of the same visitor within one second (a
 * reload, a flood from one address) waits, and is written, once with how many times it happened:
 * what a view costs the database grows with visitors, not with requests.
 * A crash loses at most the events of that last second; with 10 000 different events waiting, new
 * ones are dropped.
 */
@Service
public class Analytics implements Visits {

	static final int CAPACITY = 10_000;

	private static final Logger log = LoggerFactory.getLogger(Analytics.class);

	/** An event as it is written, to the second: how many times it happened is kept beside it. */
	record Event(long cardId, String type, Instant at, LocalDate day, String visitor, Integer link, String referrer,
			String device, String os, String language) {
	}

	/** What waits to be written: each event and how many times it happened. */
	private final ConcurrentHashMap<Event, Long> pending = new ConcurrentHashMap<>();
	private final AtomicLong dropped = new AtomicLong();
	private final ConcurrentHashMap<LocalDate, String> salts = new ConcurrentHashMap<>();
	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final TransactionTemplate transactions;
	private final String ownHost;
	private final boolean enabled;
	private final Clock clock;
	// looked up when used: the module that provides it counts through this one
	private final ObjectProvider<CardZones> zones;
	/** {@link #zones}, found once: every counted event asks it. */
	private volatile Optional<CardZones> foundZones;
	private final CardManagement cards;
	private AnalyticsMeters meters = AnalyticsMeters.NONE;

	Analytics(ObjectProvider<CardZones> zones, CardManagement cards, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions,
			@Value("${cardinal.base-url}") String baseUrl, @Value("${cardinal.analytics.enabled:true}") boolean enabled,
			Optional<Clock> clock) {
		this.zones = zones;
		this.cards = cards;
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
		this.ownHost = java.net.URI.create(baseUrl).getHost();
		this.enabled = enabled;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Metrics (see {@link AnalyticsMeters}); set once, when the bean is made. */
	@Autowired
	void meters(MeterRegistry registry) {
		meters = AnalyticsMeters.register(registry, pending, dropped);
	}

	/** The zone a card's days are counted in: its owner's booking zone, or UTC. */
	public ZoneId zone(Card card) {
		return zone(card.getId());
	}

	private ZoneId zone(long cardId) {
		Optional<CardZones> zones = foundZones;
		if (zones == null) {
			zones = Optional.ofNullable(this.zones.getIfAvailable());
			foundZones = zones;
		}
		return zones.map(z -> z.of(cardId)).orElse(ZoneOffset.UTC);
	}

	/** Counts an event of a card from a visitor's request; bots are not counted. */
	public void record(Card card, EventType type, HttpServletRequest request) {
		record(card, type, request, null);
	}

	/** As {@link #record(Card, EventType, HttpServletRequest)}, by the card's id: what a kept page's view counts. */
	public void record(long cardId, EventType type, HttpServletRequest request) {
		record(cardId, type, request, null);
	}

	/** As {@link #record(Card, EventType, HttpServletRequest)}, for a click on the card's link number {@code link}. */
	public void record(Card card, EventType type, HttpServletRequest request, Integer link) {
		record(card.getId(), type, request, link);
	}

	private void record(long cardId, EventType type, HttpServletRequest request, Integer link) {
		Visit visit = visit(cardId, zone(cardId), request);
		if (visit != null) {
			offer(event(cardId, type, visit, link));
		}
	}

	/** Counts an event whose visit was taken when it happened (see {@link Visits}), e.g. from a module's event. */
	void count(long cardId, EventType type, Visit visit) {
		if (enabled) {
			offer(event(cardId, type, visit, null));
		}
	}

	@Override
	public Optional<Visit> of(long cardId, HttpServletRequest request) {
		return Optional.ofNullable(visit(cardId, zone(cardId), request));
	}

	/**
	 * As {@link #record(Card, EventType, HttpServletRequest)}, but one visitor's events of this type
	 * count once per card and owner's day, whichever node they reach: the first one is decided at
	 * once, by the primary key of {@code analytics_seen} (bucket {@code "o"} and the day). That is a
	 * write per call, so this is for rare events such as shares, never for page views. Do-Not-Track
	 * visitors are told apart the same way, by the day's salted hash, which is kept only there (and
	 * deleted with the day's salt), never in their event, and never makes them a unique visitor.
	 */
	public void recordOncePerDay(Card card, EventType type, HttpServletRequest request) {
		Visit visit = visit(card.getId(), zone(card), request);
		if (visit == null) {
			return;
		}
		String visitor = visit.visitor() != null ? visit.visitor() : visitor(card.getId(), visit.day(), request);
		try {
			if (jdbc.sql("insert into analytics_seen (card_id, bucket, type, visitor) values (?, ?, ?, ?) on conflict do nothing")
				.params(card.getId(), "o" + visit.day(), type.id(), visitor)
				.update() == 1) {
				offer(event(card.getId(), type, visit, null));
			}
		}
		catch (DataIntegrityViolationException e) {
			// the card was deleted just now: nothing to count
		}
	}

	/** What a request tells the counts, or null when it is not counted (a bot, or analytics off). */
	private Visit visit(long cardId, ZoneId zone, HttpServletRequest request) {
		String ua = request.getHeader("User-Agent");
		String lowerUa = Visitors.lower(ua);
		if (!enabled || Visitors.bot(lowerUa)) {
			return null;
		}
		Instant now = clock.instant();
		LocalDate day = LocalDate.ofInstant(now, zone);
		boolean private_ = Visitors.doNotTrack(request.getHeader("DNT"), request.getHeader("Sec-GPC"));
		return new Visit(now, day, private_ ? null : visitor(cardId, day, request),
				Visitors.referrer(request.getHeader("Referer"), ownHost), Visitors.device(lowerUa), Visitors.os(lowerUa),
				Visitors.language(request.getHeader("Accept-Language")));
	}

	private static Event event(long cardId, EventType type, Visit visit, Integer link) {
		return new Event(cardId, type.id(), visit.at().truncatedTo(ChronoUnit.SECONDS), visit.day(), visit.visitor(), link, visit.referrer(),
				visit.device(), visit.os(), visit.language());
	}

	/** The visitor's hash for the day: of the day's salt, the address, the user agent and the card. */
	private String visitor(long cardId, LocalDate day, HttpServletRequest request) {
		return Secrets.hash(salt(day) + "|" + request.getRemoteAddr() + "|" + request.getHeader("User-Agent") + "|"
				+ cardId);
	}

	private void offer(Event event) {
		meters.accepted(event.type());
		// a few more may slip in past the bound while threads race here; that is all
		if (pending.size() >= CAPACITY && !pending.containsKey(event)) {
			if (dropped.incrementAndGet() % 1000 == 1) {
				log.warn("Analytics queue full: {} events dropped so far (the database is not keeping up)", dropped.get());
			}
			return;
		}
		pending.merge(event, 1L, Long::sum);
	}

	/**
	 * Writes what is queued, with its counts (see {@link Tallies}), in one transaction; runs every
	 * second and at shutdown.
	 */
	@Scheduled(fixedDelayString = "${cardinal.analytics.flush-every:PT1S}")
	@PreDestroy
	public long flush() {
		var batch = new HashMap<Event, Long>();
		long events = 0;
		// each one taken out as a whole: a view counted meanwhile waits for the next batch, never lost or written twice
		for (Event event : pending.keySet()) {
			Long hits = pending.remove(event);
			if (hits != null) {
				batch.put(event, hits);
				events += hits;
			}
		}
		if (batch.isEmpty()) {
			return 0;
		}
		try {
			write(batch);
		}
		catch (DataIntegrityViolationException e) {
			// a card deleted in between fails its rows' foreign key: write the others
			Set<Long> live = cards.existing(batch.keySet().stream().map(Event::cardId).collect(java.util.stream.Collectors.toSet()));
			int before = batch.size();
			batch.keySet().removeIf(event -> !live.contains(event.cardId()));
			log.info("{} analytics events not written (their card is gone)", before - batch.size());
			if (!batch.isEmpty()) {
				write(batch);
			}
		}
		return events;
	}

	private void write(Map<Event, Long> events) {
		transactions.executeWithoutResult(status -> {
			template.batchUpdate("insert into analytics_events (card_id, type, happened_at, local_day, visitor, link, referrer, "
					+ "device, os, language, hits) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events.entrySet(), 500, (ps, counted) -> {
						Event e = counted.getKey();
						ps.setLong(1, e.cardId());
						ps.setString(2, e.type());
						ps.setObject(3, e.at().atOffset(ZoneOffset.UTC));
						ps.setObject(4, e.day());
						ps.setString(5, e.visitor());
						ps.setObject(6, e.link());
						ps.setString(7, e.referrer());
						ps.setString(8, e.device());
						ps.setString(9, e.os());
						ps.setString(10, e.language());
						ps.setLong(11, counted.getValue());
					});
			Tallies.add(template, events, clock.instant());
		});
	}

	/**
	 * The day's salt, the same on every node: made once, kept in the database, forgotten with the day.
	 * Looked up outside the map's own update, which must not touch the map: two nodes' or threads'
	 * lookups of a new day agree because the database keeps the first salt made.
	 */
	private String salt(LocalDate day) {
		String known = salts.get(day);
		if (known != null) {
			return known;
		}
		jdbc.sql("insert into analytics_salts (local_day, salt) values (?, ?) on conflict do nothing")
			.params(day, Secrets.newSecret())
			.update();
		String salt = jdbc.sql("select salt from analytics_salts where local_day = ?").param(day).query(String.class).single();
		salts.put(day, salt);
		if (salts.size() > 4) {
			salts.keySet().removeIf(k -> k.isBefore(day.minusDays(2)));
		}
		return salt;
	}
}
