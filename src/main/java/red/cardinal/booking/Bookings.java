package red.cardinal.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.account.Secrets;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;

/**
 * Bookings of cards. A booking claims every five minutes of its time and buffers in
 * {@code booking_claims}, whose primary key lets each be held once: of two overlapping bookings
 * only one can ever be written, on any node. Owner methods take the owner's account id and treat
 * someone else's card or booking like one that does not exist.
 */
@Service
public class Bookings {

	static final Duration GRID = Duration.ofMinutes(5);

	static final String COLUMNS = "id, card_id, type_key, type_name, location, start_at, end_at, owner_zone, "
			+ "visitor_zone, name, email, phone, note, status, reason, created_at, answers";

	private final JdbcClient jdbc;
	private final CardManagement cards;
	private final BookingMails mails;
	private final Availability availability;
	private final Clock clock;

	Bookings(JdbcClient jdbc, CardManagement cards, BookingMails mails, Availability availability, Optional<Clock> clock) {
		this.availability = availability;
		this.jdbc = jdbc;
		this.cards = cards;
		this.mails = mails;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The most days one slot query covers. */
	public static final int MAX_DAYS = 62;

	/** A new booking and the secret of its manage link (shown once, stored only as a hash). */
	public record Booked(Booking booking, String token) {
	}

	/**
	 * The free slots of a type from one day to another (the owner's days, both inclusive, at most
	 * {@value #MAX_DAYS} days from {@code from} and only within the horizon), at most
	 * {@value SlotCalendar#MAX_SLOTS}, the earliest.
	 * @throws NotFoundException when the card takes no bookings or has no such type
	 */
	@Transactional(readOnly = true)
	public List<Slot> slots(Card card, String typeKey, LocalDate from, LocalDate to) {
		BookingSettings settings = open(card);
		BookingSettings.Type type = type(settings, typeKey);
		var calendar = new SlotCalendar(settings);
		// days outside today..horizon have no slots: clamped first, so no date arithmetic can overflow
		LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
		LocalDate horizon = today.plusDays(settings.horizonDays());
		if (to.isBefore(today) || from.isAfter(horizon) || to.isBefore(from)) {
			return List.of();
		}
		from = from.isBefore(today) ? today : from;
		LocalDate last = to.isAfter(from.plusDays(MAX_DAYS - 1)) ? from.plusDays(MAX_DAYS - 1) : to;
		Instant rangeStart = from.minusDays(1).atStartOfDay(calendar.zone()).toInstant();
		Instant rangeEnd = last.plusDays(2).atStartOfDay(calendar.zone()).toInstant();
		var busy = new ArrayList<SlotCalendar.Busy>();
		var perDay = new HashMap<LocalDate, Integer>();
		for (Booking b : active(card.getId(), rangeStart, rangeEnd)) {
			busy.add(new SlotCalendar.Busy(b.start(), b.end(), true));
			perDay.merge(LocalDate.ofInstant(b.start(), calendar.zone()), 1, Integer::sum);
		}
		jdbc.sql("select start_at, end_at from time_blocks where card_id = ? and end_at > ? and start_at < ?")
			.params(card.getId(), utc(rangeStart), utc(rangeEnd))
			.query((rs, i) -> new SlotCalendar.Busy(instant(rs, 1), instant(rs, 2), false))
			.list()
			.forEach(busy::add);
		return calendar.free(type, from, last, clock.instant(), busy, perDay);
	}

	/**
	 * Books a free slot for a visitor, and mails both sides. All or nothing: every field is checked
	 * before anything is stored or mailed.
	 * @throws InvalidInputException for a bad field (a time zone that does not exist included) or a
	 *         start that is not a free slot of that type
	 * @throws ConflictException when someone else took the slot first
	 */
	@Transactional
	public Booked book(Card card, BookingRequest request) {
		BookingSettings settings = open(card);
		var violations = new ArrayList<Violation>();
		BookingSettings.Type type = settings.type(request.type() == null ? "" : request.type().strip());
		if (type == null) {
			violations.add(Violation.of("type", "booking.type.unknown"));
		}
		Instant start = start(request.start(), violations);
		String name = TextInput.line("name", request.name(), 100, violations);
		if (name == null) {
			violations.add(Violation.of("name", "booking.name.required"));
		}
		String email = request.email() == null ? null : request.email().strip();
		if (!TextInput.email(email)) {
			violations.add(Violation.of("email", "booking.email.invalid"));
		}
		String phone = null;
		if (request.phone() != null && !request.phone().isBlank()) {
			try {
				phone = PhoneNumber.parse(request.phone(), null).e164();
			}
			catch (IllegalArgumentException e) {
				violations.add(Violation.of("phone", "booking.phone.invalid"));
			}
		}
		String note = TextInput.text("note", request.note(), 1000, violations);
		String visitorZone = zone(request.timeZone(), violations);
		String answers = type == null ? null : answers(type, request.answers(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		requireFree(card, type, start);
		String token = Secrets.newSecret();
		String status = settings.requireApproval() ? Booking.PENDING : Booking.CONFIRMED;
		long id = insert(card.getId(), type, start, settings.timeZone(), visitorZone, name, email, phone, note, status,
				Secrets.hash(token));
		if (answers != null) {
			jdbc.sql("update bookings set answers = ? where id = ?").params(answers, id).update();
		}
		claim(card.getId(), id, start.minus(Duration.ofMinutes(settings.bufferBeforeMinutes())),
				start.plus(Duration.ofMinutes(type.minutes() + settings.bufferAfterMinutes())));
		Booking booking = get(id);
		mails.booked(booking, token);
		return new Booked(booking, token);
	}

	/** The booking behind a manage link. */
	@Transactional(readOnly = true)
	public Booking byToken(String token) {
		return jdbc.sql("select " + COLUMNS + " from bookings where token_hash = ?")
			.param(Secrets.hash(token == null ? "" : token))
			.query(Bookings::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Booking"));
	}

	/** The visitor cancels through their manage link; a past or already ended booking cannot be. */
	@Transactional
	public Booking cancelByVisitor(String token, String reason) {
		Booking b = byToken(token);
		requireUpcoming(b);
		return end(b, Booking.CANCELLED, reason(reason), true);
	}

	/** The visitor moves their booking to another free slot of the same type; it keeps its status rules. */
	@Transactional
	public Booking reschedule(String token, String newStart) {
		Booking b = byToken(token);
		requireUpcoming(b);
		Card card = cards.findLive(cardSlug(b.cardId())).orElseThrow(() -> new NotFoundException("Card"));
		BookingSettings settings = open(card);
		BookingSettings.Type type = type(settings, b.typeKey());
		var violations = new ArrayList<Violation>();
		Instant start = start(newStart, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		// out of the way of its own new time while the new one is checked; the transaction keeps it invisible
		jdbc.sql("delete from booking_claims where booking_id = ?").param(b.id()).update();
		jdbc.sql("update bookings set status = ? where id = ?").params(Booking.CANCELLED, b.id()).update();
		requireFree(card, type, start);
		String status = settings.requireApproval() ? Booking.PENDING : Booking.CONFIRMED;
		jdbc.sql("update bookings set start_at = ?, end_at = ?, status = ?, reminded_at = null where id = ?")
			.params(utc(start), utc(start.plus(Duration.ofMinutes(type.minutes()))), status, b.id())
			.update();
		claim(card.getId(), b.id(), start.minus(Duration.ofMinutes(settings.bufferBeforeMinutes())),
				start.plus(Duration.ofMinutes(type.minutes() + settings.bufferAfterMinutes())));
		Booking moved = get(b.id());
		mails.moved(moved);
		return moved;
	}

	@Transactional(readOnly = true)
	public List<Booking> list(long ownerId, long cardId, Instant from, Instant to) {
		cards.get(ownerId, cardId);
		return jdbc.sql("select " + COLUMNS + " from bookings where card_id = ? and start_at >= ? and start_at < ? order by start_at")
			.params(cardId, utc(from), utc(to))
			.query(Bookings::row)
			.list();
	}

	@Transactional(readOnly = true)
	public Booking get(long ownerId, long cardId, long bookingId) {
		cards.get(ownerId, cardId);
		Booking b = get(bookingId);
		if (b.cardId() != cardId) {
			throw new NotFoundException("Booking");
		}
		return b;
	}

	/** The owner confirms a pending booking, declines it, or cancels a pending or confirmed one, with a reason. */
	@Transactional
	public Booking decide(long ownerId, long cardId, long bookingId, String status, String reason) {
		Booking b = get(ownerId, cardId, bookingId);
		boolean allowed = switch (status) {
			case Booking.CONFIRMED, Booking.DECLINED -> Booking.PENDING.equals(b.status());
			case Booking.CANCELLED -> b.active();
			default -> false;
		};
		if (!allowed) {
			throw new InvalidInputException(Violation.of("status", "booking.status.move", b.status()));
		}
		String why = reason(reason);
		if (Booking.CONFIRMED.equals(status)) {
			jdbc.sql("update bookings set status = ? where id = ?").params(status, bookingId).update();
			Booking confirmed = get(bookingId);
			mails.confirmed(confirmed);
			return confirmed;
		}
		return end(b, status, why, false);
	}

	/**
	 * The owner blocks time; it must not overlap a booking (cancel that first).
	 * @throws ConflictException when a booking holds some of that time
	 */
	@Transactional
	public void block(long ownerId, long cardId, Instant start, Instant end, String reason) {
		cards.get(ownerId, cardId);
		if (!end.isAfter(start) || Duration.between(start, end).toDays() > 31) {
			throw new InvalidInputException(Violation.of("end", "booking.block.range"));
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into time_blocks (card_id, start_at, end_at, reason, created_at) values (?, ?, ?, ?, ?)")
			.params(cardId, utc(start), utc(end), reason(reason, 200), utc(clock.instant()))
			.update(keys, "id");
		long blockId = keys.getKey().longValue();
		try {
			for (Instant t = floor(start); t.isBefore(end); t = t.plus(GRID)) {
				jdbc.sql("insert into booking_claims (card_id, slot_at, block_id) values (?, ?, ?)")
					.params(cardId, utc(t), blockId).update();
			}
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(Violation.of("start", "booking.block.taken"));
		}
	}

	private Booking end(Booking b, String status, String reason, boolean byVisitor) {
		jdbc.sql("update bookings set status = ?, reason = ? where id = ?").params(status, reason, b.id()).update();
		jdbc.sql("delete from booking_claims where booking_id = ?").param(b.id()).update();
		Booking ended = get(b.id());
		mails.ended(ended, byVisitor);
		return ended;
	}

	/** The start must be one of the free slots of its owner's day; the claims then settle races. */
	private void requireFree(Card card, BookingSettings.Type type, Instant start) {
		LocalDate day = LocalDate.ofInstant(start, ZoneId.of(availability.of(card.getId()).timeZone()));
		boolean offered = slots(card, type.key(), day, day).stream().anyMatch(s -> s.start().equals(start));
		if (!offered) {
			throw new ConflictException(Violation.of("start", "booking.slot.unavailable"));
		}
	}

	/** Every question of the type answered, as {@code question: answer} lines; null when it asks none. */
	private static String answers(BookingSettings.Type type, List<String> given, List<Violation> violations) {
		if (type.questions().isEmpty()) {
			return null;
		}
		var lines = new ArrayList<String>();
		for (int i = 0; i < type.questions().size(); i++) {
			String answer = TextInput.line("answers[" + i + "]", i < given.size() ? given.get(i) : null, 500, violations);
			if (answer == null) {
				violations.add(Violation.of("answers[" + i + "]", "booking.answer.required", type.questions().get(i)));
			}
			lines.add(type.questions().get(i) + ": " + (answer == null ? "" : answer));
		}
		return String.join("\n", lines);
	}

	private void claim(long cardId, long bookingId, Instant from, Instant to) {
		try {
			for (Instant t = floor(from); t.isBefore(to); t = t.plus(GRID)) {
				jdbc.sql("insert into booking_claims (card_id, slot_at, booking_id) values (?, ?, ?)")
					.params(cardId, utc(t), bookingId)
					.update();
			}
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(Violation.of("start", "booking.slot.taken"));
		}
	}

	private long insert(long cardId, BookingSettings.Type type, Instant start, String ownerZone, String visitorZone,
			String name, String email, String phone, String note, String status, String tokenHash) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into bookings (card_id, type_key, type_name, location, start_at, end_at, owner_zone, visitor_zone, "
				+ "name, email, phone, note, status, token_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(cardId, type.key(), type.name(), type.location(), utc(start),
					utc(start.plus(Duration.ofMinutes(type.minutes()))), ownerZone, visitorZone, name, email, phone, note,
					status, tokenHash, utc(clock.instant()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private List<Booking> active(long cardId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + " from bookings where card_id = ? and status in ('pending', 'confirmed') "
				+ "and end_at > ? and start_at < ?")
			.params(cardId, utc(from), utc(to))
			.query(Bookings::row)
			.list();
	}

	Booking get(long id) {
		return jdbc.sql("select " + COLUMNS + " from bookings where id = ?").param(id).query(Bookings::row).optional()
			.orElseThrow(() -> new NotFoundException("Booking"));
	}

	private String cardSlug(long cardId) {
		return jdbc.sql("select slug from cards where id = ?").param(cardId).query(String.class).single();
	}

	private void requireUpcoming(Booking b) {
		if (!b.active() || !b.start().isAfter(clock.instant())) {
			throw new InvalidInputException(Violation.of("status", "booking.status.move", b.status()));
		}
	}

	private BookingSettings open(Card card) {
		BookingSettings settings = availability.of(card.getId());
		if (!settings.enabled() || settings.timeZone() == null) {
			throw new NotFoundException("Booking");
		}
		return settings;
	}

	private static BookingSettings.Type type(BookingSettings settings, String key) {
		BookingSettings.Type type = settings.type(key == null ? "" : key);
		if (type == null) {
			throw new NotFoundException("Appointment type");
		}
		return type;
	}

	private static Instant start(String text, List<Violation> violations) {
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException | NullPointerException e) {
			violations.add(Violation.of("start", "booking.start.invalid"));
			return null;
		}
	}

	/** The visitor's zone, or null when they gave none; one that does not exist is refused, not dropped. */
	private static String zone(String text, List<Violation> violations) {
		try {
			return text == null || text.isBlank() ? null : ZoneId.of(text.strip()).getId();
		}
		catch (java.time.DateTimeException e) {
			violations.add(Violation.of("timeZone", "booking.timeZone.invalid"));
			return null;
		}
	}

	private static String reason(String reason) {
		return reason(reason, 500);
	}

	/** A reason given with a change: checked like any text, refused rather than stored when bad. */
	private static String reason(String reason, int max) {
		var violations = new ArrayList<Violation>();
		String why = TextInput.text("reason", reason, max, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return why;
	}

	private static Instant floor(Instant t) {
		long minutes = t.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
		return Instant.ofEpochSecond((minutes - Math.floorMod(minutes, GRID.toMinutes())) * 60);
	}

	static OffsetDateTime utc(Instant t) {
		return t.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static Booking row(ResultSet rs, int i) throws SQLException {
		return new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6),
				instant(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
				rs.getString(13), rs.getString(14), rs.getString(15), instant(rs, 16), rs.getString(17));
	}

}
