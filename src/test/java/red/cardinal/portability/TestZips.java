package red.cardinal.portability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips made in code for tests, with whatever names and contents a hostile one has. */
final class TestZips {

	static final String MANIFEST = "{\"format\": 1, \"cards\": [], \"media\": []}";

	private TestZips() {
	}

	/** A zip of these entries, in this order, deflated. */
	static byte[] zip(Map<String, byte[]> entries) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** An export's manifest and one more entry. */
	static byte[] exportWith(String name, byte[] content) {
		var entries = new LinkedHashMap<String, byte[]>();
		entries.put(ExportLayout.MANIFEST, MANIFEST.getBytes());
		entries.put(name, content);
		return zip(entries);
	}

	/** A zip with the same name twice, which ZipOutputStream itself refuses to write: renamed in place. */
	static byte[] twice(String name) {
		var entries = new LinkedHashMap<String, byte[]>();
		entries.put(ExportLayout.MANIFEST, MANIFEST.getBytes());
		entries.put(name, "{}".getBytes());
		String other = "cards/" + "z".repeat(name.length() - "cards//card.json".length()) + "/card.json";
		entries.put(other, "{}".getBytes());
		String text = new String(zip(entries), java.nio.charset.StandardCharsets.ISO_8859_1).replace(other, name);
		return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}
}
