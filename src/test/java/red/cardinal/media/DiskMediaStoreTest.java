package red.cardinal.media;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

class DiskMediaStoreTest extends MediaStoreContract {

	@TempDir
	Path dataDir;

	@Override
	MediaStore store() {
		return new DiskMediaStore(dataDir.toString());
	}

	@org.junit.jupiter.api.Test
	void isNotReadyWhenItsDirectoryCannotBeMade() throws java.io.IOException {
		java.nio.file.Files.writeString(dataDir.resolve("media"), "a file where the directory should be");
		org.assertj.core.api.Assertions.assertThatThrownBy(store()::check).hasMessageContaining("media directory");
	}
}
