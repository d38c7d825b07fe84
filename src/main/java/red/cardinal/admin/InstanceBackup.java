package red.cardinal.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import red.cardinal.shared.ConflictException;
import red.cardinal.shared.Violation;

/**
 * A backup of the whole instance as one zip, written while it runs: on H2 the database as one SQL
 * script (H2's {@code SCRIPT}, read in one repeatable-read transaction, so one consistent snapshot)
 * and the media directory; {@link InstanceRestore} puts it back into an empty data directory. On
 * PostgreSQL the database is {@code pg_dump}'s to back up, so there is no backup here.
 */
@Service
public class InstanceBackup {

	static final String MANIFEST = "cardinal-backup.properties";

	static final String DATABASE = "database.sql";

	static final String MEDIA = "media/";

	/** What a media file in a backup is called: {@code media/ab/ab12….jpg}, nothing else. */
	static final String MEDIA_ENTRY = "media/[a-f0-9]{2}/[a-f0-9]{64}(-[0-9]{2,4})?\\.(jpg|png|webp)";

	private final DataSource dataSource;
	private final Path media;
	private final boolean diskMedia;
	private final Clock clock;

	InstanceBackup(DataSource dataSource, @Value("${cardinal.data-dir}") String dataDir,
			@Value("${cardinal.media.store:disk}") String mediaStore, Optional<Clock> clock) {
		this.dataSource = dataSource;
		this.media = Path.of(dataDir, "media").toAbsolutePath().normalize();
		this.diskMedia = "disk".equals(mediaStore);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Whether this instance can write a backup: its database is H2. */
	public boolean available() {
		try (Connection c = dataSource.getConnection()) {
			return "H2".equals(c.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot reach the database", e);
		}
	}

	/**
	 * Refuses before anything is written when the instance cannot write a backup.
	 * @throws ConflictException on PostgreSQL, saying to use {@code pg_dump}
	 */
	public void check() {
		if (!available()) {
			throw new ConflictException(Violation.of("database", "admin.backup.postgres"));
		}
	}

	/**
	 * Writes the backup to {@code out} (which it does not close): the database's snapshot goes to a
	 * temporary file first, then everything streams into the zip; nothing of it is held in the heap.
	 */
	public void write(OutputStream out) throws IOException {
		check();
		Path script = Files.createTempFile("cardinal-backup", ".sql");
		try {
			String schema = snapshot(script);
			var zip = new ZipOutputStream(out);
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(manifest(schema).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(DATABASE));
			Files.copy(script, zip);
			zip.closeEntry();
			// content-addressed files never change; those named by the snapshot were written before it committed
			for (Path file : mediaFiles()) {
				String name = MEDIA + media.relativize(file).toString().replace('\\', '/');
				zip.putNextEntry(new ZipEntry(name));
				Files.copy(file, zip);
				zip.closeEntry();
			}
			zip.finish();
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

	/** The database as H2's SQL script, from one snapshot; returns the schema version it is at. */
	private String snapshot(Path script) {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try (var statement = c.createStatement()) {
				String version = null;
				try (var rs = statement.executeQuery(
						"select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
					if (rs.next()) {
						version = rs.getString(1);
					}
				}
				statement.execute("script to '" + script.toString().replace("'", "''") + "' charset 'UTF-8'");
				c.commit();
				return version;
			}
			finally {
				c.setAutoCommit(true);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("The database could not be copied", e);
		}
	}

	private String manifest(String schema) {
		return "# A backup of a Cardinal instance; restore it with --cardinal.restore=<this file> on an empty data directory\n"
				+ "format=1\ncreated=" + clock.instant() + "\ndatabase=h2\nschema=" + schema + "\nmedia="
				+ (diskMedia ? "disk" : "s3 (not in this backup: back up the bucket)") + "\n";
	}

	private List<Path> mediaFiles() {
		if (!diskMedia || !Files.isDirectory(media)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(media, 2)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> (MEDIA + media.relativize(f).toString().replace('\\', '/')).matches(MEDIA_ENTRY))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
