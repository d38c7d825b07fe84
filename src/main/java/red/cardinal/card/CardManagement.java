package red.cardinal.card;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
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

	CardManagement(Cards cards, JdbcClient jdbc, MediaManagement media, Optional<Clock> clock,
			@Value("${cardinal.cards.max-per-account:200}") int maxCardsPerAccount, TransactionTemplate transactions) {
		this.transactions = transactions;
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
		if (cards.countByOwnerId(ownerId) >= maxCardsPerAccount) {
			throw new ConflictException(Violation.of("cards", "cards.tooMany", maxCardsPerAccount));
		}
		if (details.slug() == null || details.slug().isBlank()) {
			details = withSlug(details, SlugSuggestion.from(details, this::slugFree));
		}
		CardDetails valid = validate(ownerId, details, locale, null);
		Card card = save(Card.create(ownerId, valid, clock.instant()));
		claimSlug(card.getId(), card.getSlug());
		return card;
	}

	/** Replaces every field of an owner's card; a new slug keeps the old one redirecting. */
	@Transactional
	public Card update(long ownerId, long cardId, CardDetails details, Locale locale) {
		Card card = get(ownerId, cardId);
		CardDetails valid = validate(ownerId, details, locale, card.getStore());
		if (!valid.slug().equals(card.getSlug())) {
			claimSlug(cardId, valid.slug());
		}
		card.apply(valid, clock.instant());
		return save(card);
	}

	/**
	 * The card as it would look with these details, checked like {@link #update} but never saved:
	 * what the editor's live preview shows.
	 * @throws InvalidInputException listing every invalid field
	 */
	@Transactional(readOnly = true)
	public Card draft(long ownerId, long cardId, CardDetails details, Locale locale) {
		Card card = get(ownerId, cardId);
		return card.draft(validate(ownerId, details, locale, card.getStore()), clock.instant());
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
			return save(card);
		});
	}

	/** Uses an already stored photo (see {@link MediaManagement#storePhoto}) for an owner's card. */
	@Transactional
	public Card usePhoto(long ownerId, long cardId, String key) {
		Card card = get(ownerId, cardId);
		card.photo(key, clock.instant());
		return save(card);
	}

	@Transactional
	public Card removePhoto(long ownerId, long cardId) {
		Card card = get(ownerId, cardId);
		card.photo(null, clock.instant());
		return save(card);
	}

	@Transactional
	public void delete(long ownerId, long cardId) {
		cards.delete(get(ownerId, cardId));
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
				select c.id, c.slug, c.updated_at, c.store_enabled from card_slugs s join cards c on c.id = s.card_id
				where s.slug = ? and c.published""")
			.param(slug)
			.query((rs, n) -> new CardStamp(rs.getLong(1), rs.getString(2),
					rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getBoolean(4)))
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
		return m == null ? null : media.url(m.width() > 640 ? m.key().replace(".jpg", "-640.jpg") : m.key());
	}

	/**
	 * The details checked and normalised, with every problem at once; gallery images must be the
	 * owner's own uploads (someone else's media id is as unknown as a wrong one).
	 */
	private CardDetails validate(long ownerId, CardDetails details, Locale locale, StoreSettings current) {
		var problems = new java.util.ArrayList<Violation>();
		CardDetails valid = null;
		try {
			valid = CardValidation.validate(details, locale, current);
		}
		catch (InvalidInputException e) {
			problems.addAll(e.violations());
		}
		var own = media.list(ownerId).stream().map(MediaItem::id).collect(java.util.stream.Collectors.toSet());
		for (int i = 0; i < details.gallery().size(); i++) {
			var item = details.gallery().get(i);
			if (item != null && item.mediaId() != null && !own.contains(item.mediaId())) {
				problems.add(Violation.of("gallery[" + i + "].mediaId", "gallery.mediaUnknown"));
			}
		}
		if (valid != null && valid.design() != null && valid.design().coverId() != null
				&& !own.contains(valid.design().coverId())) {
			problems.add(Violation.of("design.coverMediaId", "design.cover.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return valid;
	}

	/** The uploads a card's gallery shows, by id, for pages to render. */
	public java.util.Map<Long, MediaItem> galleryMedia(Card card) {
		var wanted = card.getGallery().stream().map(GalleryItem::mediaId).filter(java.util.Objects::nonNull).toList();
		if (wanted.isEmpty()) {
			return java.util.Map.of();
		}
		return media.find(card.getOwnerId(), wanted);
	}

	private Card save(Card card) {
		try {
			return cards.save(card);
		}
		catch (DuplicateKeyException e) {
			throw slugTaken();
		}
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

	private static CardDetails withSlug(CardDetails d, String slug) {
		return new CardDetails(slug, d.published(), d.name(), d.jobTitle(), d.organization(), d.bio(), d.phones(),
				d.emails(), d.websites(), d.addresses(), d.links(), d.services(), d.gallery(), d.design(), d.store(), d.booking());
	}
}
