package red.cardinal.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;

import red.cardinal.shared.InvalidInputException;

/** A hostile zip is refused whole at its first problem, counted as its bytes come. */
class ImportZipTest {

	@Test
	void readsAnExportsEntries() throws IOException {
		try (var zip = ImportZip.read(in(TestZips.exportWith("cards/ana/card.json", "{}".getBytes())))) {
			assertThat(zip.names()).containsExactly("cardinal-export.json", "cards/ana/card.json");
			assertThat(zip.bytes("cards/ana/card.json")).isEqualTo("{}".getBytes());
		}
	}

	@Test
	void refusesANameThatClimbsOutOfItsFolder() {
		assertRefused(TestZips.exportWith("cards/../../etc/cron.d/x", new byte[1]), "portability.zip.traversal",
				"cards/../../etc/cron.d/x");
		assertRefused(TestZips.exportWith("media/./1.jpg", new byte[1]), "portability.zip.traversal", "media/./1.jpg");
	}

	@Test
	void refusesAbsoluteNames() {
		assertRefused(TestZips.exportWith("/etc/passwd", new byte[1]), "portability.zip.absolute", "/etc/passwd");
		assertRefused(TestZips.exportWith("C:/Windows/x.json", new byte[1]), "portability.zip.absolute", "C:/Windows/x.json");
		assertRefused(TestZips.exportWith("cards\\ana\\card.json", new byte[1]), "portability.zip.absolute", "cards\\ana\\card.json");
	}

	@Test
	void refusesNamesNoExportHas() {
		assertRefused(TestZips.exportWith("media/1.exe", new byte[1]), "portability.zip.unexpected", "media/1.exe");
		assertRefused(TestZips.exportWith("cards/ana/run.sh", new byte[1]), "portability.zip.unexpected", "cards/ana/run.sh");
	}

	@Test
	void refusesTheSameNameTwice() {
		assertRefused(TestZips.twice("cards/anaa/card.json"), "portability.zip.duplicate", "cards/anaa/card.json");
	}

	@Test
	void refusesTooManyEntries() {
		var entries = new LinkedHashMap<String, byte[]>();
		entries.put(ExportLayout.MANIFEST, TestZips.MANIFEST.getBytes());
		for (int i = 0; i < ImportZip.MAX_ENTRIES; i++) {
			entries.put("media/" + i + ".jpg", new byte[0]);
		}
		assertRefused(TestZips.zip(entries), "portability.zip.tooMany", ImportZip.MAX_ENTRIES);
	}

	@Test
	void refusesAnEntryLargerThanItsCapWhateverItsHeaderSays() {
		// random bytes do not compress: no ratio to trip over, only the size
		var big = new byte[(int) ImportZip.MAX_JSON + 1];
		new java.util.Random(1).nextBytes(big);
		byte[] zip = TestZips.exportWith("cards/ana/card.json", big);
		assertRefused(zip, "portability.zip.entryTooLarge", "cards/ana/card.json", 2L);
	}

	@Test
	void refusesMoreThanTheTotalCap() {
		var entries = new LinkedHashMap<String, byte[]>();
		entries.put(ExportLayout.MANIFEST, TestZips.MANIFEST.getBytes());
		var random = new java.util.Random(2);
		for (int i = 0; i <= ImportZip.MAX_TOTAL / ImportZip.MAX_FILE; i++) {
			var file = new byte[(int) ImportZip.MAX_FILE];
			random.nextBytes(file);
			entries.put("media/" + i + ".jpg", file);
		}
		assertRefused(TestZips.zip(entries), "portability.zip.tooLarge", ImportZip.MAX_TOTAL / (1024 * 1024));
	}

	@Test
	void refusesAnEntryThatInflatesLikeABomb() {
		// 9 MB of zeros deflate to about 9 KB: under the size cap, a thousand times over the ratio
		assertRefused(TestZips.exportWith("cards/ana/orders.csv", new byte[9 * 1024 * 1024]), "portability.zip.bomb",
				"cards/ana/orders.csv");
	}

	@Test
	void refusesWhatIsNoZipOrNoExport() {
		assertRefused("not a zip at all".getBytes(), "portability.zip.unreadable");
		var entries = new LinkedHashMap<String, byte[]>();
		entries.put("cards/ana/card.json", "{}".getBytes());
		assertRefused(TestZips.zip(entries), "portability.zip.notExport");
		byte[] truncated = java.util.Arrays.copyOf(TestZips.exportWith("cards/ana/card.json", new byte[5000]), 200);
		assertRefused(truncated, "portability.zip.unreadable");
	}

	static void assertRefused(byte[] zip, String code, Object... args) {
		assertThatThrownBy(() -> ImportZip.read(in(zip))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.violations()).hasSize(1);
			assertThat(e.violations().get(0).field()).isEqualTo("file");
			assertThat(e.violations().get(0).code()).isEqualTo(code);
			assertThat(e.violations().get(0).args()).containsExactly(args);
		});
	}

	static ByteArrayInputStream in(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}
}
