package red.cardinal.media;

import red.cardinal.shared.InvalidInputException;

/** What other modules may do with media: store an uploaded image safely and link to it. */
public interface MediaManagement {

	/**
	 * Stores an uploaded card photo: the type is detected from the bytes (JPEG, PNG or WebP), the
	 * pixel count checked before decoding, the image re-encoded as JPEG of at most 600×600 with
	 * every byte of metadata dropped. The same photo always gets the same key.
	 * @throws InvalidInputException naming the field {@code file} when the bytes are not an
	 * acceptable image
	 */
	StoredMedia storePhoto(long ownerId, byte[] upload);

	/**
	 * The photo at the size contacts apps take (a JPEG of at most 300×300), for embedding in a
	 * vCard; empty when nothing is stored under the key.
	 */
	java.util.Optional<byte[]> contactPhoto(String key);

	/** The path the stored media is served at, e.g. {@code /media/ab12….jpg}. */
	default String url(String key) {
		return "/media/" + key;
	}
}
