package red.cardinal.card;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.media.PhotoCrop;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.PreconditionFailedException;
import red.cardinal.shared.Violation;

/**
 * What owners do with their cards. Every method takes the owner's account id and treats
 * someone else's card exactly like one that does not exist.
 */
@Service
public class CardManagement {

	private final Cards cards;
	private final JdbcClient jdbc;
	private final MediaManagement media;
	private final Clock clock;
	private final int maxCardsPerAccount;
	private final TransactionTemplate transactions;
	private final CardSections sections;
	private final ApplicationEventPublisher events;

	CardManagement(Cards cards, JdbcClient jdbc, MediaManagement media, Optional<Clock> clock,
			@Value("${cardinal.cards.max-per-account:200}") int maxCardsPerAccount, TransactionTemplate transactions,
			CardSections sections, ApplicationEventPublisher events) {
		this.events = events;
		this.transactions = transactions;
		this.sections = sections;
		this.cards = cards;
		this.jdbc = jdbc;
		this.media = media;
		this.clock = clock.orElse(Clock.systemUTC());
		this.maxCardsPerAccount = maxCardsPerAccount;
	}

	@Transactional(readOnly = true)
	public List<Card> list(long ownerId) {
		return cards.findByOwnerIdOrderByCreatedAtAsc(ownerId);
	}

	/**
	 * Any card by its id, whoever owns it: for a module that keeps a card's id in its own rows (a
	 * booking's card) and acts for the card, not for a signed-in owner.
	 */
	@Transactional(readOnly = true)
	public Optional<Card> find(long cardId) {
		return cards.findById(cardId);
	}

	/** Which of these cards exist (of anyone): what another module may still refer to. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> existing(java.util.Collection<Long> cardIds) {
		if (cardIds.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("select id from cards where id in (:ids)").param("ids", cardIds)
			.query(Long.class).list());
	}

	/** Whether there is any card at all, of anyone. */
	@Transactional(readOnly = true)
	public boolean any() {
		return cards.count() > 0;
	}

	@Transactional(readOnly = true)
	public Card get(long ownerId, long cardId) {
		return cards.findByIdAndOwnerId(cardId, ownerId).orElseThrow(() -> new NotFoundException("Card"));
	}

	/**
	 * Creates a card; a blank slug is made from the name.
	 * @throws red.cardinal.shared.InvalidInputException listing every invalid field
	 * @throws ConflictException when the slug is taken (now or as a former slug of another card), or the
	 *     account has {@code cardinal.cards.max-per-account} cards already
	 */
	@Transactional
	public Card create(long ownerId, CardDetails details, Locale locale) {
		return create(ownerId, details, Map.of(), locale);
	}

	/**
	 * As {@link #create(long, CardDetails, Locale)}, with settings for some of its sections, by section
	 * name; all of it is checked before anything is stored.
	 */
	@Transactional
	public Card create(long ownerId, CardDetails details, Map<String, JsonNode> sectionSettings, Locale locale) {
		if (cards.countByOwnerId(ownerId) >= maxCardsPerAccount) {
			throw new ConflictException(Violation.of("cards", "cards.tooMany", maxCardsPerAccount));
		}
		if (details.slug() == null || details.slug().isBlank()) {
			details = details.toBuilder().slug(SlugSuggestion.from(details, this::slugFree)).build();
		}
		var problems = new ArrayList<Violation>();
		CardDetails valid = validate(ownerId, details, locale, problems);
		// sections are checked against the card as it will be, or as sent while it is invalid
		Card card = Card.create(ownerId, valid != null ? valid : asSent(details), clock.instant());
		var writes = sections.check(card, false, sectionSettings, locale, problems);
		refuse(problems);
		card = save(card);
		claimSlug(card.getId(), card.getSlug());
		return saveSections(card.getId(), writes);
	}

	/** Replaces every field of an owner's card; a new slug keeps the old one redirecting. */
	@Transactional
	public Card update(long ownerId, long cardId, CardDetails details, Locale locale) {
		return update(ownerId, cardId, details, Map.of(), locale, null);
	}

	/**
	 * As {@link #update(long, long, CardDetails, Locale)}, with settings for some of its sections, by
	 * section name; the others keep theirs, checked against the new details. All or nothing.
	 * @param expected the {@link Card#versionTag()} the change was made on, or null to change whatever is there
	 * @throws PreconditionFailedException when the card or its sections changed since {@code expected}
	 */
	@Transactional
	public Card update(long ownerId, long cardId, CardDetails details, Map<String, JsonNode> sectionSettings,
			Locale locale, String expected) {
		Card card = locked(ownerId, cardId, expected);
		var problems = new ArrayList<Violation>();
		CardDetails valid = validate(ownerId, details, locale, problems);
		var writes = sections.check(card.draft(valid != null ? valid : asSent(details), clock.instant()), true,
				sectionSettings, locale, problems);
		refuse(problems);
		if (!valid.slug().equals(card.getSlug())) {
			claimSlug(cardId, valid.slug());
		}
		card.apply(valid, clock.instant());
		save(card);
		events.publishEvent(new CardChanged(cardId));
		return saveSections(cardId, writes);
	}

	/**
	 * The card as it would look with these details, checked like {@link #update} but never saved:
	 * what the editor's live preview shows.
	 * @throws InvalidInputException listing every invalid field
	 */
	@Transactional(readOnly = true)
	public Card draft(long ownerId, long cardId, CardDetails details, Locale locale) {
		Card card = get(ownerId, cardId);
		var problems = new ArrayList<Violation>();
		CardDetails valid = validate(ownerId, details, locale, problems);
		refuse(problems);
		return card.draft(valid, clock.instant());
	}

	/**
	 * A section's settings of an owner's card as {@link #changeSection} would store them, checked the
	 * same way but never stored: what a section screen's live preview shows.
	 * @return the checked settings, or null when the section shows no draft
	 * @throws InvalidInputException listing every invalid field
	 */
	@Transactional(readOnly = true)
	public <T> T draftSection(long ownerId, long cardId, String section, JsonNode settings, Locale locale,
			Class<T> type) {
		CardSection named = sections.named(section);
		Card card = get(ownerId, cardId);
		var problems = new ArrayList<Violation>();
		Object draft = named.draft(card, settings, locale, problems);
		refuse(problems);
		return type.isInstance(draft) ? type.cast(draft) : null;
	}

	/** The sections cards have, in their order, for the editor and the dashboard. */
	public List<CardSection> sections() {
		return sections.all();
	}

	/** Every section's settings of a card, by section name, as the card's JSON shows them. */
	public Map<String, Object> sectionSettings(Card card) {
		return sections.read(card);
	}

	/** One section's settings of a card; an unknown section is a {@link NotFoundException}. */
	public Object sectionSettings(Card card, String section) {
		return sections.named(section).read(card);
	}

	/**
	 * Replaces one section's settings of an owner's card, checked against the card.
	 * @param expected as in {@link #update(long, long, CardDetails, Map, Locale, String)}
	 * @return the card, with its new version
	 */
	@Transactional
	public Card changeSection(long ownerId, long cardId, String section, JsonNode settings, Locale locale,
			String expected) {
		CardSection named = sections.named(section);
		Card card = locked(ownerId, cardId, expected);
		var problems = new ArrayList<Violation>();
		CardSection.Write write = named.check(card, settings, locale, problems);
		refuse(problems);
		events.publishEvent(new CardChanged(cardId));
		return saveSections(cardId, write == null ? List.of() : List.of(write));
	}

	/**
	 * Tells the card that a section's settings of it changed outside {@link #changeSection} (an image
	 * its gallery showed was deleted): its version moves on, so its page is built again on every node
	 * and an editor open on the old version cannot save over the change unseen.
	 */
	@Transactional
	public void sectionChanged(long cardId) {
		moveSectionsVersion(cardId);
		events.publishEvent(new CardChanged(cardId));
	}

	private void moveSectionsVersion(long cardId) {
		jdbc.sql("update cards set sections_version = sections_version + 1, updated_at = ? where id = ?")
			.params(java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), cardId)
			.update();
	}

	/**
	 * Stores a new photo for an owner's card (see {@link MediaManagement#storePhoto}). The photo
	 * waits for its turn and is decoded before the card's transaction begins, so no database
	 * connection is held meanwhile; someone else's card is refused before any of that.
	 */
	public Card changePhoto(long ownerId, long cardId, MediaManagement.Upload upload) throws IOException {
		get(ownerId, cardId);
		String key = media.storePhoto(ownerId, upload).key();
		return transactions.execute(status -> {
			Card card = get(ownerId, cardId);
			card.photo(key, clock.instant());
			events.publishEvent(new CardChanged(cardId));
			return save(card);
		});
	}

	/**
	 * Cuts the card's photo again at {@code crop} from the image it was uploaded as (see
	 * {@link MediaManagement#cropPhoto}) and uses that; the photo it replaces leaves the library
	 * unless something else uses it. Decoded before the card's transaction, like a new photo.
	 * @throws InvalidInputException naming {@code photo} when the card has none, or one that cannot be cut again
	 * @throws ConflictException when the photo was changed meanwhile
	 */
	public Card positionPhoto(long ownerId, long cardId, PhotoCrop crop) throws IOException {
		String before = get(ownerId, cardId).getPhotoKey();
		if (before == null) {
			throw new InvalidInputException(Violation.of("photo", "photo.position.none"));
		}
		String key = media.cropPhoto(ownerId, before, crop).key();
		return transactions.execute(status -> {
			Card card = get(ownerId, cardId);
			if (!before.equals(card.getPhotoKey())) {
				throw new ConflictException(Violation.of("photo", "photo.position.changed"));
			}
			card.photo(key, clock.instant());
			events.publishEvent(new CardChanged(cardId));
			Card saved = save(card);
			if (!key.equals(before)) {
				media.release(ownerId, before);
			}
			return saved;
		});
	}

	/** Where the card's photo was cut from, for placing it again; empty when it cannot be (see {@link #positionPhoto}). */
	public Optional<MediaManagement.PhotoPosition> photoPosition(Card card) {
		return card.getPhotoKey() == null ? Optional.empty()
				: media.photoPosition(card.getOwnerId(), card.getPhotoKey());
	}

	/** Uses an already stored photo (see {@link MediaManagement#storePhoto}) for an owner's card. */
	@Transactional
	public Card usePhoto(long ownerId, long cardId, String key) {
		Card card = get(ownerId, cardId);
		card.photo(key, clock.instant());
		events.publishEvent(new CardChanged(cardId));
		return save(card);
	}

	@Transactional
	public Card removePhoto(long ownerId, long cardId) {
		Card card = get(ownerId, cardId);
		card.photo(null, clock.instant());
		events.publishEvent(new CardChanged(cardId));
		return save(card);
	}

	@Transactional
	public void delete(long ownerId, long cardId) {
		cards.delete(get(ownerId, cardId));
		events.publishEvent(new CardDeleted(cardId, ownerId));
	}

	/** A published card by its current slug, or where a former slug moved to. Drafts are not found. */
	@Transactional(readOnly = true)
	public Optional<SlugLookup> findPublished(String slug) {
		return jdbc.sql("select card_id from card_slugs where slug = ?")
			.param(slug)
			.query(Long.class)
			.optional()
			.flatMap(cards::findById)
			.filter(Card::isPublished)
			.map(card -> card.getSlug().equals(slug) ? new SlugLookup.Found(card)
					: new SlugLookup.Moved(card.getSlug()));
	}

	/** As {@link #findPublished}, in one small query that loads nothing of the card but its stamp. */
	@Transactional(readOnly = true)
	public Optional<CardStamp> findPublishedStamp(String slug) {
		return jdbc.sql("""
				select c.id, c.slug, c.version, c.sections_version from card_slugs s join cards c on c.id = s.card_id
				where s.slug = ? and c.published""")
			.param(slug)
			.query((rs, n) -> new CardStamp(rs.getLong(1), rs.getString(2), rs.getLong(3) + "." + rs.getLong(4)))
			.optional();
	}

	/** A published card at exactly this slug (not a former one): what visitors' actions act on. */
	@Transactional(readOnly = true)
	public Optional<Card> findLive(String slug) {
		return findPublished(slug).filter(SlugLookup.Found.class::isInstance).map(f -> ((SlugLookup.Found) f).card());
	}

	/** The photo's public path, or null. */
	public String photoUrl(Card card) {
		return card.getPhotoKey() == null ? null : media.url(card.getPhotoKey());
	}

	/** The cover image's public path in the width a phone needs, or null. */
	public String coverUrl(Card card) {
		Long cover = card.getDesign().coverId();
		if (cover == null) {
			return null;
		}
		MediaItem m = media.find(card.getOwnerId(), java.util.List.of(cover)).get(cover);
		return m == null ? null : m.url(640);
	}

	/**
	 * The details checked and normalised, or null with every problem added to {@code problems}; a
	 * cover image must be the owner's own upload (someone else's media id is as unknown as a wrong one).
	 */
	private CardDetails validate(long ownerId, CardDetails details, Locale locale, List<Violation> problems) {
		CardDetails valid = null;
		try {
			valid = CardValidation.validate(details, locale);
		}
		catch (InvalidInputException e) {
			problems.addAll(e.violations());
		}
		if (valid != null && valid.design() != null && valid.design().coverId() != null
				&& media.find(ownerId, List.of(valid.design().coverId())).isEmpty()) {
			problems.add(Violation.of("design.coverMediaId", "design.cover.unknown"));
			return null;
		}
		return valid;
	}

	/** Invalid details as far as sections look at them: their design, which they do not, is left as it is. */
	private static CardDetails asSent(CardDetails details) {
		return details.toBuilder().design(null).build();
	}

	private static void refuse(List<Violation> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** An owner's card, its row locked until the transaction ends, at the {@code expected} version if one is given. */
	private Card locked(long ownerId, long cardId, String expected) {
		jdbc.sql("select id from cards where id = ? and owner_id = ? for update")
			.params(cardId, ownerId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Card"));
		Card card = get(ownerId, cardId);
		if (expected != null && !expected.equals(card.versionTag())) {
			throw new PreconditionFailedException(card.versionTag());
		}
		return card;
	}

	/** Stores what the sections checked; the card, read again, has its new version. */
	private Card saveSections(long cardId, List<CardSection.Write> writes) {
		writes.forEach(w -> w.save(cardId));
		if (!writes.isEmpty()) {
			moveSectionsVersion(cardId);
		}
		return cards.findById(cardId).orElseThrow(() -> new NotFoundException("Card"));
	}

	private Card save(Card card) {
		try {
			return cards.save(card);
		}
		catch (DuplicateKeyException e) {
			throw slugTaken();
		}
		catch (OptimisticLockingFailureException e) {
			// saved by someone else meanwhile (a photo changed while the details were being saved)
			throw new PreconditionFailedException(get(card.getOwnerId(), card.getId()).versionTag());
		}
	}

	/**
	 * {@code wanted} when it is a slug no card has (now or formerly), else the first free of
	 * {@code wanted-2}, {@code wanted-3}…: what a card brought from another instance gets here. A text
	 * that cannot be a slug is answered as it is, for the card's validation to name.
	 */
	@Transactional(readOnly = true)
	public String freeSlug(String wanted) {
		String base = wanted == null ? "" : red.cardinal.shared.Slug.normalize(wanted);
		if (red.cardinal.shared.Slug.problem(base) == null && slugFree(base)) {
			return base;
		}
		if (base.length() < 3 || !base.matches("[a-z0-9-]+")) {
			return wanted;
		}
		for (int i = 2; i < 1000; i++) {
			String suffix = "-" + i;
			String candidate = (base.length() + suffix.length() > 40 ? base.substring(0, 40 - suffix.length()) : base)
				.replaceAll("-+$", "") + suffix;
			if (red.cardinal.shared.Slug.problem(candidate) == null && slugFree(candidate)) {
				return candidate;
			}
		}
		return SlugSuggestion.from(CardDetails.builder().organization(base).build(), this::slugFree);
	}

	private boolean slugFree(String slug) {
		return jdbc.sql("select count(*) from card_slugs where slug = ?").param(slug).query(Integer.class).single() == 0;
	}

	/** Records a slug for a card; the primary key keeps it unique across nodes. */
	private void claimSlug(long cardId, String slug) {
		Optional<Long> holder = jdbc.sql("select card_id from card_slugs where slug = ?")
			.param(slug)
			.query(Long.class)
			.optional();
		if (holder.isPresent()) {
			if (holder.get() != cardId) {
				throw slugTaken();
			}
			return;
		}
		try {
			jdbc.sql("insert into card_slugs (slug, card_id) values (?, ?)").params(slug, cardId).update();
		}
		catch (DuplicateKeyException e) {
			throw slugTaken();
		}
	}

	private static ConflictException slugTaken() {
		return new ConflictException(Violation.of("slug", "slug.taken"));
	}

}
