package red.cardinal.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stores card photos through the {@link ImagePipeline} and records who uploaded what. */
@Service
class Photos implements MediaManagement {

	static final int PHOTO_SIZE = 600;

	/** The size phones take for a contact photo; iOS shrinks anything larger itself. */
	static final int CONTACT_PHOTO_SIZE = 300;

	private final MediaStore store;
	private final JdbcClient jdbc;

	Photos(MediaStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	public StoredMedia storePhoto(long ownerId, byte[] upload) {
		var photo = ImagePipeline.squareJpeg(upload, PHOTO_SIZE);
		String key = sha256(photo.bytes()) + ".jpg";
		store.put(key, photo.bytes(), "image/jpeg");
		store.put(contactKey(key), ImagePipeline.squareJpeg(photo.bytes(), CONTACT_PHOTO_SIZE).bytes(), "image/jpeg");
		jdbc.sql("""
				insert into media (owner_id, storage_key, content_type, bytes, width, height, created_at)
				select ?, ?, 'image/jpeg', ?, ?, ?, ? where not exists
				  (select 1 from media where owner_id = ? and storage_key = ?)""")
			.params(ownerId, key, photo.bytes().length, photo.width(), photo.height(), OffsetDateTime.now(ZoneOffset.UTC), ownerId, key)
			.update();
		return new StoredMedia(key, photo.width(), photo.height());
	}

	@Override
	public Optional<byte[]> contactPhoto(String key) {
		if (!MediaStore.validKey(key)) {
			return Optional.empty();
		}
		return store.get(contactKey(key))
			.or(() -> store.get(key).map(bytes -> ImagePipeline.squareJpeg(bytes, CONTACT_PHOTO_SIZE).bytes()));
	}

	private static String contactKey(String key) {
		return key.replace(".jpg", "-" + CONTACT_PHOTO_SIZE + ".jpg");
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
