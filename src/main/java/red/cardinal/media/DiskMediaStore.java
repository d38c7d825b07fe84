package red.cardinal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Media as files under {@code <data-dir>/media}, fanned out by the first two hex digits. */
@Component
@ConditionalOnProperty(name = "cardinal.media.store", havingValue = "disk", matchIfMissing = true)
class DiskMediaStore implements MediaStore {

	private final Path root;

	DiskMediaStore(@Value("${cardinal.data-dir}") String dataDir) {
		this.root = Path.of(dataDir, "media").toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] bytes, String contentType) {
		Path file = path(key);
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), "upload", ".tmp");
			// whole on disk before the name appears, and before the row that names it commits
			try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(bytes));
				channel.force(true);
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void check() {
		try {
			Files.createDirectories(root);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the media directory " + root, e);
		}
		if (!Files.isWritable(root)) {
			throw new IllegalStateException("The media directory " + root + " is not writable");
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(Files.readAllBytes(path(key)));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path path(String key) {
		if (!MediaStore.validKey(key)) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}
}
