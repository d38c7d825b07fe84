package red.cardinal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** A restore goes only into an empty data directory and an empty database, from a backup and nothing else. */
class InstanceRestoreTest {

	@Test
	void restoresTheScriptAndTheMediaOfABackup() throws Exception {
		Path dataDir = Files.createTempDirectory("restore").resolve("data");
		var db = database();
		restore(dataDir, backup(null)).postProcessAfterInitialization(db, "dataSource");
		assertThat(JdbcClient.create(db).sql("select name from t").query(String.class).single()).isEqualTo("Ana");
		assertThat(dataDir.resolve("media/ab/" + "ab".repeat(32) + ".jpg")).hasContent("jpeg");
	}

	@Test
	void restoresIntoTheFileDatabaseThatTheDataDirectoryWillHold() throws Exception {
		Path dataDir = Files.createTempDirectory("restore").resolve("data");
		var db = new JdbcDataSource();
		db.setURL("jdbc:h2:file:" + dataDir.resolve("cardinal") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
		db.setUser("sa");
		restore(dataDir, backup(null)).postProcessAfterInitialization(db, "dataSource");
		assertThat(JdbcClient.create(db).sql("select name from t").query(String.class).single()).isEqualTo("Ana");
		assertThat(dataDir.resolve("cardinal.mv.db")).exists();
	}

	@Test
	void refusesADataDirectoryThatIsNotEmpty() throws Exception {
		Path dataDir = Files.createTempDirectory("restore");
		Files.writeString(dataDir.resolve("cardinal.mv.db"), "x");
		assertThatThrownBy(() -> restore(dataDir, backup(null)).postProcessAfterInitialization(database(), "dataSource"))
			.hasMessageContaining("is not empty").hasMessageContaining("cardinal.mv.db");
	}

	@Test
	void refusesADatabaseThatHasTablesAlready() throws Exception {
		var db = database();
		JdbcClient.create(db).sql("create table cards (id int)").update();
		assertThatThrownBy(() -> restore(Files.createTempDirectory("restore"), backup(null))
			.postProcessAfterInitialization(db, "dataSource")).hasMessageContaining("database is not empty");
	}

	@Test
	void refusesAZipThatIsNotABackup() throws Exception {
		Path zip = Files.createTempFile("other", ".zip");
		try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
		}
		assertThatThrownBy(() -> restore(Files.createTempDirectory("restore"), zip).postProcessAfterInitialization(database(), "dataSource"))
			.hasMessageContaining("is not a Cardinal backup");
	}

	@Test
	void refusesAnEntryThatWouldLandOutsideTheMediaDirectoryBeforeRestoringAnything() throws Exception {
		Path dataDir = Files.createTempDirectory("restore").resolve("data");
		var db = database();
		assertThatThrownBy(() -> restore(dataDir, backup("media/../../evil.sh")).postProcessAfterInitialization(db, "dataSource"))
			.hasMessageContaining("media/../../evil.sh");
		assertThat(JdbcClient.create(db).sql("select count(*) from information_schema.tables where lower(table_schema) = 'public'")
			.query(Long.class).single()).isZero();
		assertThat(dataDir).doesNotExist();
	}

	@Test
	void leavesEveryOtherBeanAndAStartWithoutRestoreAlone() throws Exception {
		var db = database();
		var restore = new InstanceRestore(new MockEnvironment().withProperty("cardinal.data-dir", "/nonexistent"));
		assertThat(restore.postProcessAfterInitialization(db, "dataSource")).isSameAs(db);
	}

	static InstanceRestore restore(Path dataDir, Path backup) {
		return new InstanceRestore(new MockEnvironment().withProperty("cardinal.data-dir", dataDir.toString())
			.withProperty("cardinal.restore", backup.toString()));
	}

	static JdbcDataSource database() {
		var db = new JdbcDataSource();
		db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		db.setUser("sa");
		return db;
	}

	/** A backup of a database with one table, one media file, and an extra entry if given. */
	static Path backup(String extra) throws IOException {
		Path zip = Files.createTempFile("backup", ".zip");
		try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry(InstanceBackup.MANIFEST));
			out.write("format=1\n".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry(InstanceBackup.DATABASE));
			out.write("create table t (name varchar(10)); insert into t values ('Ana');".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("media/ab/" + "ab".repeat(32) + ".jpg"));
			out.write("jpeg".getBytes(StandardCharsets.UTF_8));
			if (extra != null) {
				out.putNextEntry(new ZipEntry(extra));
			}
		}
		return zip;
	}
}
