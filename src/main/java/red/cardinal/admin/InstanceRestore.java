package red.cardinal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --cardinal.restore=FILE}: puts an {@link InstanceBackup} into an empty data directory as
 * the database comes up, before Flyway looks at it (Flyway then migrates a backup of an older
 * release as it would the database itself). A data directory or database that is not empty is
 * refused, and the application does not start: a restore never mixes with or overwrites data.
 */
@Component
class InstanceRestore implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(InstanceRestore.class);

	private final String file;
	private final Path dataDir;
	private final boolean diskMedia;
	private boolean done;

	InstanceRestore(Environment environment) {
		this.file = environment.getProperty("cardinal.restore");
		this.dataDir = Path.of(environment.getProperty("cardinal.data-dir", "./data")).toAbsolutePath().normalize();
		this.diskMedia = "disk".equals(environment.getProperty("cardinal.media.store", "disk"));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DataSource dataSource && file != null && !file.isBlank() && !done) {
			done = true;
			restore(dataSource);
		}
		return bean;
	}

	private void restore(DataSource dataSource) {
		Path backup = Path.of(file).toAbsolutePath();
		if (!Files.isReadable(backup)) {
			throw refused("the file " + backup + " cannot be read");
		}
		requireEmpty(dataDir);
		try (var zip = new ZipFile(backup.toFile()); Connection c = dataSource.getConnection()) {
			if (zip.getEntry(InstanceBackup.MANIFEST) == null || zip.getEntry(InstanceBackup.DATABASE) == null) {
				throw refused(backup + " is not a Cardinal backup (it has no " + InstanceBackup.MANIFEST + " and "
						+ InstanceBackup.DATABASE + ")");
			}
			requireOnlyBackupEntries(zip);
			requireEmptyH2(c);
			log.info("Restoring {} into {}", backup, dataDir);
			runScript(zip, zip.getEntry(InstanceBackup.DATABASE), c);
			int files = restoreMedia(zip);
			log.info("Restored the database and {} media files from {}", files, backup);
		}
		catch (IOException e) {
			throw refused(backup + " could not be read as a zip (" + e.getMessage() + ")");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cardinal.restore: the database could not be restored from " + backup
					+ "; empty the data directory " + dataDir + " before trying again", e);
		}
	}

	private static void requireEmpty(Path dataDir) {
		if (!Files.exists(dataDir)) {
			return;
		}
		try (var entries = Files.list(dataDir)) {
			var first = entries.findFirst();
			if (first.isPresent()) {
				throw refused("the data directory " + dataDir + " is not empty (it has " + first.get().getFileName()
						+ "); restore into an empty one, or move this one away first");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every entry is one a backup has, so no name can write outside the media directory. */
	private static void requireOnlyBackupEntries(ZipFile zip) {
		for (var entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			String name = entry.getName();
			boolean known = name.equals(InstanceBackup.MANIFEST) || name.equals(InstanceBackup.DATABASE)
					|| name.matches(InstanceBackup.MEDIA_ENTRY) || entry.isDirectory() && name.matches("media/([a-f0-9]{2}/)?");
			if (!known) {
				throw refused("the backup has an entry " + name + " that no backup has");
			}
		}
	}

	private static void requireEmptyH2(Connection c) throws SQLException {
		if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
			throw refused("this instance uses " + c.getMetaData().getDatabaseProductName()
					+ "; a backup restores onto H2 only (on PostgreSQL, restore pg_dump's dump with pg_restore)");
		}
		try (var statement = c.createStatement();
				var rs = statement.executeQuery(
						"select count(*) from information_schema.tables where lower(table_schema) = 'public'")) {
			rs.next();
			if (rs.getLong(1) > 0) {
				throw refused("the database is not empty; restore into a new one");
			}
		}
	}

	private static void runScript(ZipFile zip, ZipEntry entry, Connection c) throws IOException, SQLException {
		Path script = Files.createTempFile("cardinal-restore", ".sql");
		try (InputStream in = zip.getInputStream(entry); var statement = c.createStatement()) {
			Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
			statement.execute("runscript from '" + script.toString().replace("'", "''") + "' charset 'UTF-8'");
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

	private int restoreMedia(ZipFile zip) throws IOException {
		int count = 0;
		for (var entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			if (!entry.getName().startsWith(InstanceBackup.MEDIA) || entry.isDirectory()) {
				continue;
			}
			if (!diskMedia) {
				continue;
			}
			Path target = dataDir.resolve(entry.getName());
			Files.createDirectories(target.getParent());
			try (InputStream in = zip.getInputStream(entry)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			count++;
		}
		return count;
	}

	private static IllegalStateException refused(String why) {
		log.error("cardinal.restore refused: {}", why);
		return new IllegalStateException("cardinal.restore refused: " + why);
	}
}
