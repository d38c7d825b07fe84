package red.cardinal.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import red.cardinal.account.Account;
import red.cardinal.account.Accounts;
import red.cardinal.account.Mailer;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.NotFoundException;
import red.cardinal.web.PublicUrls;

/**
 * The mails of a booking: to the visitor (with the invite or cancellation as an {@code .ics} and
 * their manage link) and to the owner. Times are written in the visitor's zone and the owner's.
 * {@link BookingEventMails} sends them once a change is committed; a failure is thrown, not swallowed.
 */
@Component
class BookingMails {

	private static final Locale LOCALE = Locale.ENGLISH;

	private final Mailer mailer;
	private final CardManagement cards;
	private final Accounts accounts;
	private final MessageSource messages;
	private final PublicUrls urls;

	BookingMails(Mailer mailer, CardManagement cards, Accounts accounts, MessageSource messages, PublicUrls urls) {
		this.mailer = mailer;
		this.cards = cards;
		this.accounts = accounts;
		this.messages = messages;
		this.urls = urls;
	}

	/** The card's owner as mails name them. */
	record Owner(String name, String email, String slug) {
	}

	Owner owner(long cardId) {
		Card card = cards.find(cardId).orElseThrow(() -> new NotFoundException("Card"));
		String email = accounts.findById(card.getOwnerId()).map(Account::email).orElse(null);
		return new Owner(card.displayName(), email, card.getSlug());
	}

	/** The visitor's mail of a new booking, with its manage link; the invite once it is confirmed. */
	void bookedToVisitor(Booking b, String status, String token) {
		Owner owner = owner(b.cardId());
		String manage = urls.of("/" + owner.slug() + "/book/manage/" + token);
		String key = Booking.PENDING.equals(status) ? "booking.mail.pending" : "booking.mail.confirmed";
		String text = t(key + ".text", b.name(), b.typeName(), owner.name(), when(b, b.visitorZone()), where(b), manage);
		if (Booking.CONFIRMED.equals(status)) {
			mailer.send(b.email(), t(key + ".subject", b.typeName(), owner.name()), text, invite(b, owner, 0));
		}
		else {
			mailer.send(b.email(), t(key + ".subject", b.typeName(), owner.name()), text);
		}
	}

	void bookedToOwner(Booking b, String status) {
		Owner owner = owner(b.cardId());
		mailer.send(owner.email(), t("booking.mail.owner.subject", b.name(), b.typeName()),
				t("booking.mail.owner.text", b.name(), b.email(), b.phone() == null ? "" : b.phone(), b.typeName(),
						when(b, b.ownerZone()), (b.note() == null ? "" : b.note()) + (b.answers() == null ? "" : "\n" + b.answers()),
						t("booking.status." + status), urls.of("/dashboard/cards/" + b.cardId() + "/bookings?week="
								+ LocalDate.ofInstant(b.start(), ZoneId.of(b.ownerZone())))));
	}

	void confirmed(Booking b) {
		Owner owner = owner(b.cardId());
		mailer.send(b.email(), t("booking.mail.confirmed.subject", b.typeName(), owner.name()),
				t("booking.mail.approved.text", b.name(), b.typeName(), owner.name(), when(b, b.visitorZone()), where(b)),
				invite(b, owner, 1));
	}

	void movedToVisitor(Booking b) {
		Owner owner = owner(b.cardId());
		mailer.send(b.email(), t("booking.mail.moved.subject", b.typeName(), owner.name()),
				t("booking.mail.moved.text", b.name(), b.typeName(), owner.name(), when(b, b.visitorZone()), where(b)),
				invite(b, owner, 2));
	}

	void movedToOwner(Booking b) {
		mailer.send(owner(b.cardId()).email(), t("booking.mail.owner.moved.subject", b.name()),
				t("booking.mail.owner.moved.text", b.name(), b.typeName(), when(b, b.ownerZone())));
	}

	/** The visitor's mail of a cancelled or declined booking, with the file that takes it out of their calendar. */
	void endedToVisitor(Booking b) {
		Owner owner = owner(b.cardId());
		var cancel = new Mailer.Attachment("cancel.ics", "text/calendar; charset=UTF-8; method=CANCEL",
				Invites.cancel(b, owner.name(), owner.email(), host(), 3));
		mailer.send(b.email(), t("booking.mail.ended.subject", b.typeName(), owner.name()),
				t("booking.mail.ended.text", b.name(), b.typeName(), when(b, b.visitorZone()), t("booking.status." + b.status()),
						reason(b)), cancel);
	}

	void cancelledToOwner(Booking b) {
		mailer.send(owner(b.cardId()).email(), t("booking.mail.owner.cancelled.subject", b.name()),
				t("booking.mail.owner.cancelled.text", b.name(), b.typeName(), when(b, b.ownerZone()), reason(b)));
	}

	void reminder(Booking b) {
		Owner owner = owner(b.cardId());
		mailer.send(b.email(), t("booking.mail.reminder.subject", b.typeName(), owner.name()),
				t("booking.mail.reminder.text", b.name(), b.typeName(), owner.name(), when(b, b.visitorZone()), where(b)));
	}

	private Mailer.Attachment invite(Booking b, Owner owner, int sequence) {
		return new Mailer.Attachment("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST",
				Invites.request(b, owner.name(), owner.email(), host(), sequence));
	}

	String host() {
		return java.net.URI.create(urls.of("/")).getHost();
	}

	/** The time in the given zone (the visitor's, or the owner's when unknown), with the zone named. */
	static String when(Booking b, String zone) {
		ZoneId z = ZoneId.of(zone == null ? b.ownerZone() : zone);
		var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(LOCALE);
		return format.format(b.start().atZone(z)) + " (" + z.getId() + ")";
	}

	private static String reason(Booking b) {
		return b.reason() == null ? "" : b.reason();
	}

	private static String where(Booking b) {
		return b.location() == null ? "" : b.location();
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LOCALE);
	}
}
