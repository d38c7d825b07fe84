package red.cardinal.leads;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import red.cardinal.account.Account;
import red.cardinal.account.Accounts;
import red.cardinal.account.Mailer;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.web.PublicUrls;

/**
 * Mails the card's owner each lead once it is committed, on another thread and without a
 * transaction around it (as {@code BookingEventMails}): a failure is thrown, so the event publication
 * registry retries it. Plain text, so whatever the visitor typed stays text. No mail when the owner
 * turned it off or chose one a day ({@link #digest}), or when the lead or its card is gone by then.
 */
@Component
class LeadMails {

	private static final Logger log = LoggerFactory.getLogger(LeadMails.class);

	private static final Locale LOCALE = Locale.ENGLISH;

	private final LeadRows rows;
	private final LeadForms forms;
	private final CardManagement cards;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final PublicUrls urls;

	LeadMails(LeadRows rows, LeadForms forms, CardManagement cards, Accounts accounts, Mailer mailer,
			MessageSource messages, PublicUrls urls) {
		this.rows = rows;
		this.forms = forms;
		this.cards = cards;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.urls = urls;
	}

	@Async
	@TransactionalEventListener
	void toOwner(LeadCaptured captured) {
		Optional<Lead> lead = rows.find(captured.leadId());
		Optional<Card> card = cards.find(captured.cardId());
		if (lead.isEmpty() || card.isEmpty()) {
			log.info("No mail for lead {}: it was deleted", captured.leadId());
			return;
		}
		if (!forms.of(captured.cardId()).mailsEachLead()) {
			return;
		}
		String to = accounts.findById(card.get().getOwnerId()).map(Account::email).orElse(null);
		Lead l = lead.get();
		mailer.send(to, t("leads.mail.subject", l.title(), card.get().displayName()),
				t("leads.mail.text", card.get().displayName(), or(l.name()), or(l.email()), or(l.phone()), or(l.company()),
						or(l.jobTitle()), or(l.note()), urls.of("/dashboard/leads/" + l.id())));
	}

	/** The day's leads of a card in one mail; none when there were none, or the owner turned mail off since. */
	@Async
	@TransactionalEventListener
	void digest(LeadDigestDue due) {
		Optional<Card> card = cards.find(due.cardId());
		if (card.isEmpty() || !forms.of(due.cardId()).mailsOwner()) {
			return;
		}
		var lines = new StringBuilder();
		var leads = rows.between(due.cardId(), due.from(), due.to());
		for (Lead l : leads) {
			lines.append("- ").append(l.title()).append(l.email() == null ? "" : " <" + l.email() + ">")
				.append(l.company() == null ? "" : ", " + l.company()).append(": ")
				.append(urls.of("/dashboard/leads/" + l.id())).append('\n');
		}
		if (leads.isEmpty()) {
			return;
		}
		String to = accounts.findById(card.get().getOwnerId()).map(Account::email).orElse(null);
		mailer.send(to, t("leads.mail.digest.subject", leads.size(), card.get().displayName()),
				t("leads.mail.digest.text", card.get().displayName(), leads.size(), lines, urls.of("/dashboard/leads?card="
						+ due.cardId())));
	}

	private static String or(String value) {
		return value == null ? "—" : value;
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, LOCALE);
	}
}
