package red.cardinal.booking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.account.Secrets;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.NotFoundException;

/** The private iCalendar feed of a card's bookings, behind a secret token kept only as a hash. */
@Service
public class Feeds {

	private final JdbcClient jdbc;
	private final CardManagement cards;
	private final BookingMails mails;

	Feeds(JdbcClient jdbc, CardManagement cards, BookingMails mails) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.mails = mails;
	}

	/** A new secret for the feed (the old link stops working); shown to the owner once. */
	@Transactional
	public String renew(long ownerId, long cardId) {
		cards.get(ownerId, cardId);
		String token = Secrets.newSecret();
		jdbc.sql("delete from booking_feeds where card_id = ?").param(cardId).update();
		jdbc.sql("insert into booking_feeds (card_id, token_hash) values (?, ?)").params(cardId, Secrets.hash(token)).update();
		return token;
	}

	/** The feed: pending and confirmed bookings from 30 days back on. */
	@Transactional(readOnly = true)
	public byte[] feed(String token) {
		long cardId = jdbc.sql("select card_id from booking_feeds where token_hash = ?")
			.param(Secrets.hash(token == null ? "" : token))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Feed"));
		List<Booking> bookings = jdbc.sql("select " + BookingRows.COLUMNS + " from bookings where card_id = ? and status in ('pending', 'confirmed') and start_at > ? order by start_at")
			.params(cardId, BookingRows.utc(Instant.now().minus(30, ChronoUnit.DAYS)))
			.query(BookingRows::row)
			.list();
		var owner = mails.owner(cardId);
		return Invites.feed(bookings, owner.name(), owner.email(), mails.host());
	}
}
