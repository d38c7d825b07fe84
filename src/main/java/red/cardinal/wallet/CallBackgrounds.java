package red.cardinal.wallet;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/**
 * An owner's card as a video-call background PNG, in one of the fixed {@link #SIZES} and
 * {@link #LAYOUTS}. At most two are drawn at once (about 8 MB of pixels each at 1920 × 1080).
 */
@Component
public class CallBackgrounds {

	/** The sizes video apps take: Full HD and HD, both 16:9. */
	public static final List<String> SIZES = List.of("1920x1080", "1280x720");

	/** qr-right (the code in the upper right, text upper left) or qr-left. */
	public static final List<String> LAYOUTS = BackgroundPainter.LAYOUTS;

	private final Semaphore drawing = new Semaphore(2);

	private final CardFaces faces;

	CallBackgrounds(CardFaces faces) {
		this.faces = faces;
	}

	/**
	 * The background of the owner's card.
	 * @throws InvalidInputException (fields {@code width}, {@code layout}) for a size or layout not offered
	 * @throws red.cardinal.shared.NotFoundException for a card that is not the owner's
	 */
	public byte[] png(long ownerId, long cardId, int width, int height, String layout) {
		CardFace face = faces.of(ownerId, cardId);
		String chosen = layout == null || layout.isBlank() ? LAYOUTS.get(0) : layout;
		var problems = new java.util.ArrayList<Violation>();
		if (!SIZES.contains(width + "x" + height)) {
			problems.add(Violation.of("width", "wallet.background.size", String.join(", ", SIZES)));
		}
		if (!LAYOUTS.contains(chosen)) {
			problems.add(Violation.of("layout", "wallet.background.layout", String.join(", ", LAYOUTS)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		try {
			if (!drawing.tryAcquire(10, TimeUnit.SECONDS)) {
				throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "busy drawing backgrounds");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
		}
		try {
			return BackgroundPainter.png(face, width, height, chosen);
		}
		finally {
			drawing.release();
		}
	}
}
