package red.cardinal.store;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.web.PublicPages;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/**
 * The products of a card. Every owner method takes the owner's account id and treats someone
 * else's card or product exactly like one that does not exist.
 */
@Service
public class Catalog {

	static final int MAX_PRODUCTS = 500;

	private final Products products;
	private final JdbcClient jdbc;
	private final CardManagement cards;
	private final Storefronts storefronts;
	private final MediaManagement media;
	private final Clock clock;
	private final TransactionTemplate transactions;
	/** Told of every change to a card's products: its kept pages show them. */
	private final PublicPages pages;

	Catalog(Storefronts storefronts, Products products, JdbcClient jdbc, CardManagement cards, MediaManagement media, Optional<Clock> clock,
			TransactionTemplate transactions, PublicPages pages) {
		this.pages = pages;
		this.storefronts = storefronts;
		this.transactions = transactions;
		this.products = products;
		this.jdbc = jdbc;
		this.cards = cards;
		this.media = media;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public List<Product> list(long ownerId, long cardId) {
		return products.findByCardIdOrderByPositionAscIdAsc(cards.get(ownerId, cardId).getId());
	}

	@Transactional(readOnly = true)
	public Product get(long ownerId, long cardId, long productId) {
		return products.findByIdAndCardId(productId, cards.get(ownerId, cardId).getId())
			.orElseThrow(() -> new NotFoundException("Product"));
	}

	/** What visitors see: every product not hidden, in the owner's order. */
	@Transactional(readOnly = true)
	public List<Product> listed(Card card) {
		return products.findByCardIdOrderByPositionAscIdAsc(card.getId()).stream().filter(Product::listed).toList();
	}

	/** A product visitors may see, by its slug; a hidden one is not found. */
	@Transactional(readOnly = true)
	public Optional<Product> listed(Card card, String slug) {
		return products.findByCardIdAndSlug(card.getId(), slug).filter(Product::listed);
	}

	/**
	 * A token that changes whenever what the card page shows of the catalog does (its cache key and
	 * ETag): the number of products and their latest change, so a deletion counts too.
	 */
	@Transactional(readOnly = true)
	public String version(long cardId) {
		return jdbc.sql("select count(*), max(updated_at) from products where card_id = ?").param(cardId)
			.query((rs, n) -> {
				var latest = rs.getObject(2, java.time.OffsetDateTime.class);
				return rs.getLong(1) + "." + (latest == null ? 0 : latest.toInstant().toEpochMilli());
			})
			.single();
	}

	/**
	 * Adds a product at the end; a blank slug is made from the name.
	 * @throws InvalidInputException listing every invalid field
	 * @throws ConflictException when the slug is taken on this card
	 */
	@Transactional
	public Product create(long ownerId, long cardId, ProductDetails details) {
		Card card = cards.get(ownerId, cardId);
		var existing = products.findByCardIdOrderByPositionAscIdAsc(card.getId());
		if (existing.size() >= MAX_PRODUCTS) {
			throw new InvalidInputException(Violation.of("name", "product.tooMany", MAX_PRODUCTS));
		}
		ProductDetails valid = validate(ownerId, card, details);
		if (details.slug() == null || details.slug().isBlank()) {
			valid = valid.withSlug(freeSlug(card.getId(), valid.slug()));
		}
		int position = existing.stream().mapToInt(Product::getPosition).max().orElse(-1) + 1;
		return save(Product.create(card.getId(), position, valid, clock.instant()));
	}

	@Transactional
	public Product update(long ownerId, long cardId, long productId, ProductDetails details) {
		Product product = get(ownerId, cardId, productId);
		product.apply(validate(ownerId, cards.get(ownerId, cardId), details), clock.instant());
		return save(product);
	}

	/**
	 * Stores an upload through the media pipeline and adds it to the product's images.
	 * @throws InvalidInputException when the file is not an image we take, or the product has its 10 images
	 */
	public Product addImage(long ownerId, long cardId, long productId, MediaManagement.Upload upload) throws IOException {
		get(ownerId, cardId, productId);
		// decoded before the product's transaction: an image waiting for its turn holds no connection
		String imageId = Long.toString(media.storeImage(ownerId, upload).id());
		return transactions.execute(status -> {
			ProductDetails d = get(ownerId, cardId, productId).details();
			var images = new java.util.ArrayList<>(d.imageMediaIds());
			images.add(imageId);
			return update(ownerId, cardId, productId, new ProductDetails(d.slug(), d.name(), d.description(),
					d.priceMinor(), null, d.compareAtMinor(), d.category(), d.available(), images, d.options()));
		});
	}

	@Transactional
	public void delete(long ownerId, long cardId, long productId) {
		products.delete(get(ownerId, cardId, productId));
		pages.changed(cardId);
	}

	/** A copy placed right after the original, named and slugged as a copy. */
	@Transactional
	public Product duplicate(long ownerId, long cardId, long productId) {
		Product original = get(ownerId, cardId, productId);
		ProductDetails d = original.details();
		String name = d.name().length() > 142 ? d.name().substring(0, 142) : d.name();
		ProductDetails copy = new ProductDetails(null, name + " (copy)", d.description(), d.priceMinor(), null,
				d.compareAtMinor(), d.category(), d.available(), d.imageMediaIds(), d.options());
		Product created = create(ownerId, cardId, copy);
		var ids = list(ownerId, cardId).stream().map(Product::getId).toList();
		move(ownerId, cardId, created.getId(), ids.indexOf(original.getId()) + 1);
		return get(ownerId, cardId, created.getId());
	}

	/** Moves a product to a 0-based place in the card's order; the others keep their order around it. */
	@Transactional
	public void move(long ownerId, long cardId, long productId, int index) {
		var all = new java.util.ArrayList<>(list(ownerId, cardId));
		Product moving = all.stream().filter(p -> p.getId() == productId).findFirst()
			.orElseThrow(() -> new NotFoundException("Product"));
		all.remove(moving);
		all.add(Math.max(0, Math.min(index, all.size())), moving);
		Instant now = clock.instant();
		pages.changed(cardId);
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).getPosition() != i) {
				all.get(i).moveTo(i, now);
				products.save(all.get(i));
			}
		}
	}

	/**
	 * Changes the prices of the given products (all when empty) by a percentage, rounded to whole
	 * minor units; compare-at prices move with them.
	 */
	@Transactional
	public List<Product> changePrices(long ownerId, long cardId, Set<Long> productIds, double percent) {
		if (Double.isNaN(percent) || percent <= -100 || percent > 1000) {
			throw new InvalidInputException(Violation.of("percent", "product.percent.invalid"));
		}
		Instant now = clock.instant();
		pages.changed(cardId);
		for (Product p : list(ownerId, cardId)) {
			if (productIds.isEmpty() || productIds.contains(p.getId())) {
				ProductDetails d = p.details();
				long price = Math.round(d.priceMinor() * (100 + percent) / 100);
				Long compareAt = d.compareAtMinor() == null ? null : Math.round(d.compareAtMinor() * (100 + percent) / 100);
				p.apply(new ProductDetails(d.slug(), d.name(), d.description(), price, null, compareAt, d.category(),
						d.available(), d.imageMediaIds(), d.options()), now);
				products.save(p);
			}
		}
		return list(ownerId, cardId);
	}

	private ProductDetails validate(long ownerId, Card card, ProductDetails details) {
		String currency = storefronts.of(card.getId()).currency();
		if (details.currency() != null && !details.currency().isBlank() && currency != null
				&& !details.currency().strip().toUpperCase(Locale.ROOT).equals(currency)) {
			throw new InvalidInputException(Violation.of("currency", "product.currency.store", currency));
		}
		Set<Long> own = media.list(ownerId).stream().map(MediaItem::id).collect(Collectors.toSet());
		return ProductValidation.validate(details, own);
	}

	private String freeSlug(long cardId, String base) {
		String slug = base;
		for (int i = 2; products.findByCardIdAndSlug(cardId, slug).isPresent(); i++) {
			String suffix = "-" + i;
			slug = (base.length() + suffix.length() > 60 ? base.substring(0, 60 - suffix.length()) : base) + suffix;
		}
		return slug;
	}

	private Product save(Product product) {
		try {
			pages.changed(product.getCardId());
			return products.save(product);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(Violation.of("slug", "product.slug.taken"));
		}
	}
}
