package red.cardinal.media;

import java.util.Optional;

/**
 * Where media bytes live: local disk by default; an S3 bucket when the instance scales out.
 * Keys are content addresses ({@code <sha-256>.jpg}), so a stored object never changes.
 */
public interface MediaStore {

	void put(String key, byte[] bytes, String contentType);

	Optional<byte[]> get(String key);

	void delete(String key);

	/**
	 * Checks that the store can take and serve media now (the directory is there and writable, the
	 * bucket answers), for the readiness probe.
	 * @throws RuntimeException saying what is wrong when it cannot
	 */
	void check();

	/** Whether a key has the only shape we ever store: 64 hex digits, maybe a size, and a known extension. */
	static boolean validKey(String key) {
		return key != null && key.matches("[a-f0-9]{64}(-[0-9]{2,4})?\\.(jpg|png|webp)");
	}

	static String contentType(String key) {
		return key.endsWith(".png") ? "image/png" : key.endsWith(".webp") ? "image/webp" : "image/jpeg";
	}
}
