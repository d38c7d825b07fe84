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
}
