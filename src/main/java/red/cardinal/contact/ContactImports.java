package red.cardinal.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** Makes a card from a .vcf file, or refreshes one: all of it in one transaction, or nothing. */
@Service
public class ContactImports {

	/** The card, and what of the file it could not hold. */
	public record Result(Card card, List<Violation> skipped) {
	}

	private final CardManagement cards;
	private final MediaManagement media;

	ContactImports(CardManagement cards, MediaManagement media) {
		this.cards = cards;
		this.media = media;
	}

	// Not one transaction: the card is written first and the photo, decoded in its turn, after it, so
	// a waiting photo holds no connection; a refused photo leaves the card without one and says so.

	/** A new draft card from the file; its slug is made from the name. */
	public Result create(long ownerId, byte[] file, Locale locale) {
		var imported = VCardReader.read(file, locale);
		Card card = cards.create(ownerId, imported.details(), locale);
		return withPhoto(ownerId, card, imported);
	}

	/**
	 * Replaces the contact details of an owner's card with the file's; slug, visibility, services and
	 * the order the name is said in (a vCard has none) stay.
	 */
	public Result update(long ownerId, long cardId, byte[] file, Locale locale) {
		Card existing = cards.get(ownerId, cardId);
		var imported = VCardReader.read(file, locale);
		// the design (left null) and every section's settings stay as they are
		Card card = cards.update(ownerId, cardId, imported.details().toBuilder().slug(existing.getSlug())
			.published(existing.isPublished()).services(existing.getServices())
			.name(imported.details().name().withOrder(existing.getName().order()))
			.build(), locale);
		return withPhoto(ownerId, card, imported);
	}

	private Result withPhoto(long ownerId, Card card, VCardReader.Imported imported) {
		var skipped = new ArrayList<>(imported.skipped());
		if (imported.photo() != null) {
			try {
				card = cards.usePhoto(ownerId, card.getId(), media.storePhoto(ownerId, imported.photo()).key());
			}
			catch (InvalidInputException e) {
				skipped.add(Violation.of("photo", "import.skipped.photo"));
			}
		}
		return new Result(card, skipped);
	}
}
