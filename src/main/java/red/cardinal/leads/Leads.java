package red.cardinal.leads;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;
import red.cardinal.web.Visit;

/** Leads: a visitor's details captured from a card, and the owner's inbox of them. */
@Service
public class Leads {

	/** The most leads one list answers with, newest first. */
	public static final int MAX_LIST = 1000;

	/** The most leads one CSV export holds, newest first. */
	public static final int MAX_EXPORT = 10_000;

	static final int MAX_TAGS = 10;

	static final int MAX_TAG_LENGTH = 30;

	private final LeadRows rows;
	private final LeadForms forms;
	private final CardManagement cards;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Leads(LeadRows rows, LeadForms forms, CardManagement cards, MessageSource messages, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.rows = rows;
		this.forms = forms;
		this.cards = cards;
		this.messages = messages;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Stores what a visitor shared from a published card whose form is on, with the consent text they
	 * saw (in their {@code locale} when the owner left the default), and publishes {@link LeadCaptured}
	 * with the {@code visit} (null: none) for the owner's mail and the counts after the commit.
	 * @throws NotFoundException when the card's form is off
	 * @throws InvalidInputException naming each field that is wrong ({@code consent}, {@code email})
	 */
	@Transactional
	public long capture(Card card, LeadRequest request, java.util.Locale locale, Visit visit) {
		LeadSettings form = forms.of(card.getId());
		if (!form.enabled()) {
			throw new NotFoundException("Leads");
		}
		LeadRequest valid = LeadRequestValidation.check(request, form);
		long id = rows.insert(card.getId(), valid, consentText(form, locale), clock.instant());
		events.publishEvent(new LeadCaptured(id, card.getId(), visit));
		return id;
	}

	/** The consent text a visitor sees on this form. */
	public String consentText(LeadSettings form, java.util.Locale locale) {
		return form.consentText() != null ? form.consentText()
				: messages.getMessage("leads.consent.default", null, locale);
	}

	/** The owner's leads of one card (or of all their cards: null), newest first, at most {@link #MAX_LIST}. */
	@Transactional(readOnly = true)
	public List<Lead> list(long ownerId, Long cardId, String status, String search) {
		return list(ownerId, cardId, status, search, MAX_LIST);
	}

	/** As {@link #list}, at most {@link #MAX_EXPORT}: for a CSV export. */
	@Transactional(readOnly = true)
	public List<Lead> export(long ownerId, Long cardId, String status, String search) {
		return list(ownerId, cardId, status, search, MAX_EXPORT);
	}

	private List<Lead> list(long ownerId, Long cardId, String status, String search, int limit) {
		List<Long> ids = cardId == null ? cards.list(ownerId).stream().map(Card::getId).toList()
				: List.of(cards.get(ownerId, cardId).getId());
		String s = search == null || search.isBlank() ? null : search.strip();
		if (s != null && s.length() > 100) {
			throw new InvalidInputException(Violation.of("q", "text.tooLong", 100));
		}
		if (status != null && !status.isBlank() && !Lead.STATUSES.contains(status)) {
			throw new InvalidInputException(Violation.of("status", "type.invalid", String.join(", ", Lead.STATUSES)));
		}
		return rows.list(ids, status == null || status.isBlank() ? null : status, s, limit);
	}

	/** One of the owner's leads; someone else's is as unknown as a wrong id. */
	@Transactional(readOnly = true)
	public Lead get(long ownerId, long leadId) {
		return rows.find(leadId)
			.filter(l -> cards.find(l.cardId()).filter(c -> c.getOwnerId() == ownerId).isPresent())
			.orElseThrow(() -> new NotFoundException("Lead"));
	}

	/** A lead by its id, whoever owns it (for other modules' listeners: webhooks). */
	@Transactional(readOnly = true)
	public Optional<Lead> find(long leadId) {
		return rows.find(leadId);
	}

	/**
	 * Moves a lead on (any status to any other), sets its tags (at most {@value #MAX_TAGS} of at most
	 * {@value #MAX_TAG_LENGTH} characters, no commas) and the owner's note.
	 */
	@Transactional
	public Lead change(long ownerId, long leadId, LeadChange change) {
		Lead lead = get(ownerId, leadId);
		var violations = new ArrayList<Violation>();
		String status = change.status() == null ? lead.status() : change.status().strip();
		if (!Lead.STATUSES.contains(status)) {
			violations.add(Violation.of("status", "type.invalid", String.join(", ", Lead.STATUSES)));
		}
		List<String> tags = change.tags() == null ? lead.tags() : tags(change.tags(), violations);
		String note = change.ownerNote() == null ? lead.ownerNote()
				: TextInput.text("ownerNote", change.ownerNote(), 2000, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		rows.update(leadId, status, tags, note);
		return get(ownerId, leadId);
	}

	/** Deletes one of the owner's leads for good (an erasure request). */
	@Transactional
	public void delete(long ownerId, long leadId) {
		rows.delete(get(ownerId, leadId).id());
	}

	private static List<String> tags(List<String> given, List<Violation> violations) {
		if (given.size() > MAX_TAGS) {
			violations.add(Violation.of("tags", "list.tooMany", MAX_TAGS));
			return List.of();
		}
		var tags = new LinkedHashSet<String>();
		for (int i = 0; i < given.size(); i++) {
			String tag = TextInput.line("tags[" + i + "]", given.get(i), MAX_TAG_LENGTH, violations);
			if (tag != null && tag.contains(",")) {
				violations.add(Violation.of("tags[" + i + "]", "leads.tag.comma"));
			}
			else if (tag != null) {
				tags.add(tag);
			}
		}
		return List.copyOf(tags);
	}
}
