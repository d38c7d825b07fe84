package red.cardinal.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/**
 * Every owner's uploads: processed by the {@link ImagePipeline}, stored content-addressed in the
 * {@link MediaStore}, recorded (with their size, for the quota) in the {@code media} table.
 */
@Service
class MediaLibrary implements MediaManagement {

	static final int PHOTO_SIZE = 600;

	/** The size phones take for a contact photo; iOS shrinks anything larger itself. */
	static final int CONTACT_PHOTO_SIZE = 300;

	/** Widths for {@code srcset}: phones, phones at 2×, and large screens. */
	static final int[] WIDTHS = { 1280, 640, 320 };

	private final MediaStore store;
	private final JdbcClient jdbc;
	// looked up when used: the modules that use media use this library themselves
	private final ObjectProvider<MediaUsage> usages;
	private final long quotaBytes;
	private final ImageProcessing processing;
	private final TransactionTemplate transactions;

	MediaLibrary(MediaStore store, JdbcClient jdbc, ObjectProvider<MediaUsage> usages,
			@Value("${cardinal.media.quota-mb:100}") long quotaMb, ImageProcessing processing,
			TransactionTemplate transactions) {
		this.store = store;
		this.jdbc = jdbc;
		this.usages = usages;
		this.quotaBytes = quotaMb * 1024 * 1024;
		this.processing = processing;
		this.transactions = transactions;
	}

	// Images are decoded in a bounded pool and outside any transaction of ours: an upload waiting
	// for its turn or being decoded holds no database connection.

	@Override
	public StoredMedia storePhoto(long ownerId, Upload upload) throws java.io.IOException {
		var made = processing.run(() -> {
			var photo = ImagePipeline.photo(upload.read(), PHOTO_SIZE, PhotoCrop.CENTRE);
			return new Made(photo.photo(), smaller(photo.photo()), photo.source());
		});
		String sourceKey = sha256(made.source().bytes()) + ".jpg";
		return keep(ownerId, made, sourceKey, made.source().bytes().length, PhotoCrop.CENTRE);
	}

	@Override
	public StoredMedia cropPhoto(long ownerId, String photoKey, PhotoCrop crop) throws java.io.IOException {
		String sourceKey = source(ownerId, photoKey).map(PhotoSource::key).orElseThrow(MediaLibrary::noSource);
		byte[] source = store.get(sourceKey).orElseThrow(MediaLibrary::noSource);
		var made = processing.run(() -> {
			var photo = ImagePipeline.crop(source, PHOTO_SIZE, crop);
			return new Made(photo, smaller(photo), null);
		});
		return keep(ownerId, made, sourceKey, source.length, crop);
	}

	@Override
	public Optional<PhotoPosition> photoPosition(long ownerId, String photoKey) {
		return source(ownerId, photoKey).map(s -> new PhotoPosition(MediaPaths.of(s.key()), s.crop()));
	}

	private record PhotoSource(String key, PhotoCrop crop) {
	}

	/** Where the owner's photo under this key was cut from; empty for someone else's, or one stored before photos kept theirs. */
	private Optional<PhotoSource> source(long ownerId, String photoKey) {
		return jdbc.sql("select source_key, crop_x, crop_y, crop_zoom from media "
				+ "where owner_id = ? and storage_key = ? and source_key is not null")
			.params(ownerId, photoKey)
			.query((rs, row) -> new PhotoSource(rs.getString(1), new PhotoCrop(rs.getInt(2), rs.getInt(3), rs.getInt(4))))
			.optional();
	}

	private static InvalidInputException noSource() {
		return new InvalidInputException(Violation.of("photo", "photo.position.noSource"));
	}

	/** A photo as stored: its square, the sizes made from it (the contact photo's first), and its new source, if any. */
	private record Made(ImagePipeline.Processed photo, List<ImagePipeline.Processed> smaller, ImagePipeline.Processed source) {
	}

	/** The contact photo's size, and each of the library's widths the photo is wider than. */
	private static List<ImagePipeline.Processed> smaller(ImagePipeline.Processed photo) {
		var result = new java.util.ArrayList<>(List.of(ImagePipeline.squareJpeg(photo.bytes(), CONTACT_PHOTO_SIZE)));
		// the library lists photos too, and shows every upload by its MediaItem renditions
		for (int width : WIDTHS) {
			if (width < photo.width()) {
				result.add(ImagePipeline.squareJpeg(photo.bytes(), width));
			}
		}
		return result;
	}

	/** Stores a photo and its sizes (and its source, when new), recorded with where it was cut from. */
	private StoredMedia keep(long ownerId, Made made, String sourceKey, long sourceBytes, PhotoCrop crop) {
		var photo = made.photo();
		String key = sha256(photo.bytes()) + ".jpg";
		// the source counts against the quota with each photo cut from it: mostly there is one
		long bytes = photo.bytes().length + made.smaller().stream().mapToLong(p -> p.bytes().length).sum() + sourceBytes;
		inTransaction(() -> {
			long id = record(ownerId, key, bytes, photo.width(), photo.height());
			jdbc.sql("update media set source_key = ?, crop_x = ?, crop_y = ?, crop_zoom = ? where id = ?")
				.params(sourceKey, crop.x(), crop.y(), crop.zoom(), id)
				.update();
			if (made.source() != null) {
				store.put(sourceKey, made.source().bytes(), "image/jpeg");
			}
			store.put(key, photo.bytes(), "image/jpeg");
			store.put(MediaPaths.variant(key, CONTACT_PHOTO_SIZE), made.smaller().get(0).bytes(), "image/jpeg");
			for (var size : made.smaller().subList(1, made.smaller().size())) {
				store.put(MediaPaths.variant(key, size.width()), size.bytes(), "image/jpeg");
			}
			return null;
		});
		return new StoredMedia(key, photo.width(), photo.height());
	}

	@Override
	public MediaItem storeImage(long ownerId, Upload upload) throws java.io.IOException {
		var sizes = processing.run(() -> ImagePipeline.renditions(upload.read(), WIDTHS));
		var largest = sizes.get(0);
		String key = sha256(largest.bytes()) + ".jpg";
		long bytes = sizes.stream().mapToLong(p -> p.bytes().length).sum();
		return inTransaction(() -> {
			long id = record(ownerId, key, bytes, largest.width(), largest.height());
			store.put(key, largest.bytes(), "image/jpeg");
			for (var size : sizes.subList(1, sizes.size())) {
				store.put(MediaPaths.variant(key, size.width()), size.bytes(), "image/jpeg");
			}
			return item(ownerId, id);
		});
	}

	@Override
	public Optional<byte[]> contactPhoto(String key) {
		if (!MediaStore.validKey(key)) {
			return Optional.empty();
		}
		return store.get(MediaPaths.variant(key, CONTACT_PHOTO_SIZE))
			.or(() -> store.get(key).map(bytes -> process(() -> ImagePipeline.squareJpeg(bytes, CONTACT_PHOTO_SIZE).bytes())));
	}

	@Override
	public Optional<byte[]> stored(String key) {
		return MediaStore.validKey(key) ? store.get(key) : Optional.empty();
	}

	private <T> T process(ImageProcessing.Work<T> work) {
		try {
			return processing.run(work);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * Runs the writes in a transaction, or in the caller's. A refused upload (over the quota) has
	 * written nothing, and must not doom the transaction of a caller that goes on without it, so the
	 * refusal leaves the transaction before it is thrown.
	 */
	private <T> T inTransaction(java.util.function.Supplier<T> writes) {
		var refused = new InvalidInputException[1];
		T result = transactions.execute(status -> {
			try {
				return writes.get();
			}
			catch (InvalidInputException e) {
				refused[0] = e;
				return null;
			}
		});
		if (refused[0] != null) {
			throw refused[0];
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MediaItem> list(long ownerId) {
		return jdbc.sql("select id, storage_key, width, height, bytes, created_at from media where owner_id = ? order by id desc")
			.param(ownerId)
			.query(MediaLibrary::item)
			.list();
	}

	@Override
	public java.util.Map<Long, MediaItem> find(long ownerId, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("select id, storage_key, width, height, bytes, created_at from media where owner_id = :owner and id in (:ids)")
			.param("owner", ownerId)
			.param("ids", java.util.List.copyOf(new java.util.HashSet<>(ids)))
			.query(MediaLibrary::item)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(MediaItem::id, m -> m));
	}

	private static MediaItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new MediaItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
				rs.getObject(6, OffsetDateTime.class).toInstant());
	}

	@Override
	public List<String> usesOf(long ownerId, String key) {
		return usages.orderedStream().flatMap(usage -> usage.usesOf(ownerId, key).stream()).toList();
	}

	@Override
	@Transactional
	public void delete(long ownerId, long id, boolean anyway) {
		MediaItem item = item(ownerId, id);
		List<String> uses = usesOf(ownerId, item.key());
		if (!uses.isEmpty() && !anyway) {
			throw new ConflictException(Violation.of("id", "media.inUse", String.join(", ", uses)));
		}
		usages.orderedStream().forEach(usage -> usage.release(ownerId, item.key()));
		String source = jdbc.sql("select source_key from media where id = ?").param(id).query(String.class).optional()
			.orElse(null);
		jdbc.sql("delete from media where id = ?").param(id).update();
		var unused = new java.util.ArrayList<String>();
		if (!stillStored(item.key())) {
			unused.add(item.key());
		}
		if (source != null && !stillStored(source)) {
			unused.add(source);
		}
		if (!unused.isEmpty()) {
			// files go once the rows are gone for good: a rolled-back delete keeps its files
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					unused.forEach(MediaLibrary.this::deleteFiles);
				}
			});
		}
	}

	@Override
	@Transactional
	public void release(long ownerId, String key) {
		var id = jdbc.sql("select id from media where owner_id = ? and storage_key = ?").params(ownerId, key)
			.query(Long.class).optional();
		if (id.isPresent() && usesOf(ownerId, key).isEmpty()) {
			delete(ownerId, id.get(), false);
		}
	}

	/** Whether any owner's upload, or any photo's source, is still this object. */
	private boolean stillStored(String key) {
		return jdbc.sql("select count(*) from media where storage_key = :key or source_key = :key").param("key", key)
			.query(Integer.class).single() > 0;
	}

	private void deleteFiles(String key) {
		store.delete(key);
		for (int width : new int[] { CONTACT_PHOTO_SIZE, 640, 320 }) {
			store.delete(MediaPaths.variant(key, width));
		}
	}

	/** Records an upload against the owner's quota; the same object twice is recorded once. */
	private long record(long ownerId, String key, long bytes, int width, int height) {
		Optional<Long> existing = jdbc.sql("select id from media where owner_id = ? and storage_key = ?")
			.params(ownerId, key).query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		long used = jdbc.sql("select coalesce(sum(bytes), 0) from media where owner_id = ?").param(ownerId)
			.query(Long.class).single();
		if (used + bytes > quotaBytes) {
			throw new InvalidInputException(Violation.of("file", "media.quota", used / (1024 * 1024), quotaBytes / (1024 * 1024)));
		}
		// two uploads of the same image at once both get here; the constraint keeps one row, and both use it
		jdbc.sql("insert into media (owner_id, storage_key, content_type, bytes, width, height, created_at) "
				+ "values (?, ?, 'image/jpeg', ?, ?, ?, ?) on conflict do nothing")
			.params(ownerId, key, bytes, width, height, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return jdbc.sql("select id from media where owner_id = ? and storage_key = ?").params(ownerId, key)
			.query(Long.class).single();
	}

	private MediaItem item(long ownerId, long id) {
		return list(ownerId).stream().filter(m -> m.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Media"));
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
