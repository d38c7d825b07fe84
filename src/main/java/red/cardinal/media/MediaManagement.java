package red.cardinal.media;

import red.cardinal.shared.InvalidInputException;

/** What other modules may do with media: store an uploaded image safely and link to it. */
public interface MediaManagement {

	/**
	 * An upload's bytes, read only when its turn comes: images are processed a few at a time, and
	 * an upload waiting for its turn should not hold its bytes in the heap meanwhile.
	 */
	@FunctionalInterface
	interface Upload {

		byte[] read() throws java.io.IOException;
	}

	/**
	 * Stores an uploaded card photo: the type is detected from the bytes (JPEG, PNG or WebP), the
	 * pixel count checked before decoding, the image re-encoded as JPEG of at most 600×600 (its
	 * middle square) with every byte of metadata dropped. The same photo always gets the same key.
	 * The image it was cut from is kept, the right way up, so it can be cut again ({@link #cropPhoto}).
	 * @throws InvalidInputException naming the field {@code file} when the bytes are not an
	 * acceptable image
	 * @throws red.cardinal.shared.BusyException naming {@code file} when too many images are being
	 * processed to take this one in time
	 */
	default StoredMedia storePhoto(long ownerId, byte[] upload) {
		try {
			return storePhoto(ownerId, () -> upload);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * {@link #storePhoto(long, byte[])}, reading the bytes only when the image's turn to be
	 * processed has come.
	 * @throws java.io.IOException when the upload cannot be read
	 */
	StoredMedia storePhoto(long ownerId, Upload upload) throws java.io.IOException;

	/**
	 * Cuts the owner's photo under {@code photoKey} again from the image it was uploaded as, at
	 * {@code crop}, and stores it like a new photo (under its own key; the one it replaces stays
	 * until {@link #release}d).
	 * @throws InvalidInputException naming {@code photo} when the photo is not the owner's or was
	 * stored before photos kept what they were cut from
	 * @throws java.io.IOException when the source cannot be read
	 */
	StoredMedia cropPhoto(long ownerId, String photoKey, PhotoCrop crop) throws java.io.IOException;

	/** Where the owner's photo was cut from, and how; empty when it cannot be cut again (see {@link #cropPhoto}). */
	java.util.Optional<PhotoPosition> photoPosition(long ownerId, String photoKey);

	/** A photo's source, as {@code /media/{key}} serves it, and where its square was cut. */
	record PhotoPosition(String sourceUrl, PhotoCrop crop) {
	}

	/**
	 * The photo at the size contacts apps take (a JPEG of at most 300×300), for embedding in a
	 * vCard; empty when nothing is stored under the key.
	 */
	java.util.Optional<byte[]> contactPhoto(String key);

	/**
	 * Stores an image for the owner's library (galleries, products): re-encoded like a photo, kept
	 * whole (not cropped), in widths of at most 1280, 640 and 320 pixels for {@code srcset}.
	 * @throws InvalidInputException naming {@code file} when it is not an acceptable image or the
	 * owner's quota is full
	 * @throws red.cardinal.shared.BusyException naming {@code file} when too many images are being
	 * processed to take this one in time
	 */
	default MediaItem storeImage(long ownerId, byte[] upload) {
		try {
			return storeImage(ownerId, () -> upload);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * {@link #storeImage(long, byte[])}, reading the bytes only when the image's turn to be
	 * processed has come.
	 * @throws java.io.IOException when the upload cannot be read
	 */
	MediaItem storeImage(long ownerId, Upload upload) throws java.io.IOException;

	/**
	 * The stored file under a key as {@code /media/{key}} serves it (an upload's largest rendition, a
	 * photo), for an owner's export; empty when nothing is stored under it.
	 */
	java.util.Optional<byte[]> stored(String key);

	/** The owner's uploads, newest first. */
	java.util.List<MediaItem> list(long ownerId);

	/** The owner's uploads among these ids, by id; someone else's or unknown ids are left out. */
	java.util.Map<Long, MediaItem> find(long ownerId, java.util.Collection<Long> ids);

	/** Where the owner uses a stored object (see {@link MediaUsage}). */
	java.util.List<String> usesOf(long ownerId, String key);

	/**
	 * Deletes one of the owner's uploads; the stored object goes when no one else has it.
	 * @param anyway also when in use: every use is released first (see {@link MediaUsage#release})
	 * @throws red.cardinal.shared.NotFoundException for someone else's or an unknown id
	 * @throws red.cardinal.shared.ConflictException while it is in use and not {@code anyway}, saying where
	 */
	void delete(long ownerId, long id, boolean anyway);

	/**
	 * Deletes the owner's upload stored under this key when nothing of theirs uses it any more (a
	 * photo replaced by one cut again from it); otherwise does nothing.
	 */
	void release(long ownerId, String key);

	/**
	 * The path the stored media is served at, e.g. {@code /media/ab12….jpg}; for a library upload
	 * in another width, see {@link MediaItem#url(int)}.
	 */
	default String url(String key) {
		return MediaPaths.of(key);
	}
}
