package red.cardinal.portability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/**
 * An uploaded export read into a temporary folder, refused whole at its first problem: a name that
 * is absolute, climbs out of its folder, is there twice or is none an export has; too many entries;
 * an entry or the whole larger than their caps, or inflating more than {@link #RATIO} times its
 * compressed bytes. Sizes are counted as the bytes come, never taken from the zip's headers; files
 * are stored under numbers, never under the zip's names.
 */
final class ImportZip implements AutoCloseable {

	static final int MAX_ENTRIES = 3000;

	static final long MAX_FILE = 10L * 1024 * 1024;

	static final long MAX_JSON = 2L * 1024 * 1024;

	static final long MAX_TOTAL = 200L * 1024 * 1024;

	static final int RATIO = 100;

	/** Below this, any ratio: a small JSON of spaces is no bomb. */
	static final long RATIO_FLOOR = 1024 * 1024;

	private final Path folder;
	private final Map<String, Path> files = new LinkedHashMap<>();

	private ImportZip(Path folder) {
		this.folder = folder;
	}

	static ImportZip read(InputStream upload) throws IOException {
		var zip = new ImportZip(Files.createTempDirectory("cardinal-import"));
		try {
			zip.readAll(upload);
			return zip;
		}
		catch (RuntimeException | IOException e) {
			zip.close();
			throw e;
		}
	}

	Set<String> names() {
		return files.keySet();
	}

	Path file(String name) {
		return files.get(name);
	}

	byte[] bytes(String name) throws IOException {
		return Files.readAllBytes(files.get(name));
	}

	/** An entry read as JSON; one that is not JSON is refused naming it. */
	tools.jackson.databind.JsonNode tree(String name, tools.jackson.databind.ObjectMapper json) {
		try {
			return json.readTree(bytes(name));
		}
		catch (tools.jackson.core.JacksonException e) {
			throw refused("portability.zip.json", name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The upload goes to a file first: its central directory, which a truncated or doctored zip lacks
	 * or contradicts, must list exactly the entries that are read one by one from the start.
	 */
	private void readAll(InputStream upload) throws IOException {
		Path whole = folder.resolve("upload.zip");
		try (var out = Files.newOutputStream(whole)) {
			var buffer = new byte[8192];
			long size = 0;
			for (int n; (n = upload.read(buffer)) > 0;) {
				if ((size += n) > MAX_TOTAL) {
					throw refused("portability.zip.tooLarge", MAX_TOTAL / (1024 * 1024));
				}
				out.write(buffer, 0, n);
			}
		}
		var listed = new java.util.ArrayList<String>();
		try (var directory = new java.util.zip.ZipFile(whole.toFile())) {
			for (var e = directory.entries(); e.hasMoreElements() && listed.size() <= MAX_ENTRIES;) {
				listed.add(e.nextElement().getName());
			}
		}
		catch (java.util.zip.ZipException | IllegalArgumentException e) {
			throw refused("portability.zip.unreadable");
		}
		try (var in = Files.newInputStream(whole)) {
			readEntries(in, listed);
		}
	}

	private void readEntries(InputStream upload, List<String> listed) throws IOException {
		var counted = new CountedInput(upload);
		long total = 0;
		int entries = 0;
		var read = new java.util.ArrayList<String>();
		try (var zip = new ZipInputStream(counted)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (++entries > MAX_ENTRIES) {
					throw refused("portability.zip.tooMany", MAX_ENTRIES);
				}
				String name = entry.getName();
				read.add(name);
				checkName(name);
				if (name.endsWith("/")) {
					continue;
				}
				if (files.containsKey(name)) {
					throw refused("portability.zip.duplicate", name);
				}
				long limit = name.endsWith(".json") ? MAX_JSON : MAX_FILE;
				Path target = folder.resolve(Integer.toString(entries));
				total = copy(zip, counted, name, limit, total, target);
				files.put(name, target);
			}
		}
		catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException e) {
			throw refused("portability.zip.unreadable");
		}
		if (!read.equals(listed)) {
			throw refused("portability.zip.unreadable");
		}
		if (!files.containsKey(ExportLayout.MANIFEST)) {
			throw refused("portability.zip.notExport");
		}
	}

	private static long copy(ZipInputStream zip, CountedInput counted, String name, long limit, long total, Path target)
			throws IOException {
		long start = counted.count();
		long size = 0;
		var buffer = new byte[8192];
		try (var out = Files.newOutputStream(target)) {
			for (int n; (n = zip.read(buffer)) > 0;) {
				size += n;
				total += n;
				if (size > limit) {
					throw refused("portability.zip.entryTooLarge", name, limit / (1024 * 1024));
				}
				if (total > MAX_TOTAL) {
					throw refused("portability.zip.tooLarge", MAX_TOTAL / (1024 * 1024));
				}
				if (size > RATIO_FLOOR && size > RATIO * Math.max(1, counted.count() - start)) {
					throw refused("portability.zip.bomb", name);
				}
				out.write(buffer, 0, n);
			}
		}
		return total;
	}

	/** Only names an export has: relative, inside their folder, of a known shape. */
	static void checkName(String name) {
		if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			throw refused("portability.zip.unexpected", name.replaceAll("\\p{Cntrl}", "?"));
		}
		if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
			throw refused("portability.zip.absolute", name);
		}
		for (String part : name.split("/", -1)) {
			if (part.equals("..") || part.equals(".")) {
				throw refused("portability.zip.traversal", name);
			}
		}
		boolean known = name.endsWith("/") ? ExportLayout.FOLDER.matcher(name).matches()
				: ExportLayout.FILE.matcher(name).matches();
		if (!known) {
			throw refused("portability.zip.unexpected", name);
		}
	}

	static InvalidInputException refused(String code, Object... args) {
		return new InvalidInputException(Violation.of("file", code, args));
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
