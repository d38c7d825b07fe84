package red.cardinal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long a backup of 10,000 cards takes, on an H2 file database as an instance has: a measurement,
 * not a test of the build (its name is no *IT). Run it with
 * {@code ./mvnw -B -o test-compile failsafe:integration-test@it-h2 -Dit.test=BackupTiming}; it prints the time.
 */
@SpringBootTest(properties = { "cardinal.demo.enabled=false",
		"cardinal.test.shared-database-url=jdbc:h2:file:${java.io.tmpdir}/cardinal-backup-timing-${random.uuid}/cardinal;"
				+ "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" })
class BackupTiming {

	static final int CARDS = 10_000;

	@Autowired
	InstanceBackup backup;

	@Autowired
	JdbcClient jdbc;

	@Test
	void backsUpTenThousandCards() throws Exception {
		jdbc.sql("""
				insert into accounts (email, password_hash, admin, email_verified, created_at)
				select 'owner' || "X" || '@example.com', '{noop}unused', false, true, current_timestamp from system_range(1, ?)""")
			.param(CARDS).update();
		jdbc.sql("""
				insert into cards (owner_id, slug, published, given_name, family_name, job_title, organization, bio, created_at, updated_at, design)
				select id, 'card-' || id, true, 'Ana ' || id, 'García Torres', 'Ceramista', 'Taller Azul',
				  'Cerámica hecha a mano en Valencia desde 2009, piezas únicas para casa y restaurantes.', current_timestamp, current_timestamp,
				  'theme=classic;font=system;photo=circle;buttons=filled;mode=system;sections=contact,about,links,services,products,booking,gallery'
				from accounts""").update();
		jdbc.sql("insert into card_slugs (slug, card_id) select slug, id from cards").update();
		jdbc.sql("insert into card_phones (card_id, position, type, number, whatsapp) select id, 0, 'cell', '+34612345678', true from cards").update();
		jdbc.sql("insert into card_emails (card_id, position, type, address) select id, 0, 'work', 'ana' || id || '@example.com' from cards").update();
		for (int i = 0; i < 3; i++) {
			jdbc.sql("insert into card_links (card_id, position, url, label) select id, ?, 'https://example.com/ana/' || id || '/' || ?, 'Link' from cards")
				.params(i, i).update();
			jdbc.sql("insert into card_services (card_id, position, title, description, price) select id, ?, 'Taller', 'Dos horas de torno', '40 €' from cards")
				.params(i).update();
		}
		Path file = Files.createTempFile("backup", ".zip");
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			long start = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(file)) {
				backup.write(out);
			}
			best = Math.min(best, System.nanoTime() - start);
		}
		try (var zip = new ZipFile(file.toFile())) {
			assertThat(zip.getEntry(InstanceBackup.DATABASE).getSize()).isPositive();
			System.out.printf("BACKUP-TIMING %d cards: %d ms (best of 3), zip %d KB, script %d KB%n", CARDS, best / 1_000_000,
					Files.size(file) / 1024, zip.getEntry(InstanceBackup.DATABASE).getSize() / 1024);
		}
	}
}
