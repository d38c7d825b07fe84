package red.cardinal.wallet;

import org.springframework.stereotype.Component;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** An owner's card as an email signature, in one of {@link #LAYOUTS}. */
@Component
public class EmailSignatures {

	/** photo (the photo beside the details; without a photo, as simple), simple (details only), qr (a small code beside). */
	public static final java.util.List<String> LAYOUTS = SignatureHtml.LAYOUTS;

	private final CardFaces faces;

	EmailSignatures(CardFaces faces) {
		this.faces = faces;
	}

	/** The signature as HTML and as plain text. */
	public record Signature(String layout, String html, String text) {
	}

	/**
	 * The owner's card as a signature.
	 * @throws InvalidInputException (field {@code layout}) for a layout not in {@link #LAYOUTS}
	 * @throws red.cardinal.shared.NotFoundException for a card that is not the owner's
	 */
	public Signature signature(long ownerId, long cardId, String layout) {
		CardFace face = faces.of(ownerId, cardId);
		String chosen = layout == null || layout.isBlank() ? LAYOUTS.get(0) : layout;
		if (!LAYOUTS.contains(chosen)) {
			throw new InvalidInputException(Violation.of("layout", "wallet.signature.layout", String.join(", ", LAYOUTS)));
		}
		return new Signature(chosen, SignatureHtml.html(face, chosen), SignatureHtml.text(face));
	}
}
