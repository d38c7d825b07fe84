package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestImages;

@SpringBootTest
@AutoConfigureMockMvc
class MediaIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaManagement media;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servesAStoredPhotoForeverCacheableAndNeverSniffed() throws Exception {
		long owner = accounts.create().id();
		StoredMedia photo = media.storePhoto(owner, TestImages.image("png", 800, 800));
		assertThat(photo.key()).matches("[a-f0-9]{64}\\.jpg");
		assertThat(photo.width()).isEqualTo(600);
		byte[] body = mvc.perform(get(media.url(photo.key())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("immutable")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(jdbc.sql("select count(*) from media where owner_id = ? and storage_key = ?")
			.params(owner, photo.key()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void storesTheSameUploadOnce() throws Exception {
		long owner = accounts.create().id();
		byte[] png = TestImages.image("png", 400, 400);
		assertThat(media.storePhoto(owner, png).key()).isEqualTo(media.storePhoto(owner, png).key());
		assertThat(jdbc.sql("select count(*) from media where owner_id = ?").param(owner).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void takesTheSameUploadFourTimesAtOnce() throws Exception {
		long owner = accounts.create().id();
		byte[] png = TestImages.image("png", 900, 700);
		var pool = Executors.newFixedThreadPool(4);
		try {
			var uploads = Collections.nCopies(4, (Callable<MediaItem>) () -> media.storeImage(owner, png));
			var ids = new HashSet<Long>();
			for (var upload : pool.invokeAll(uploads)) {
				ids.add(upload.get().id());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from media where owner_id = ?").param(owner).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void servesEveryRenditionAnUploadClaimsInItsSrcset() throws Exception {
		long owner = accounts.create().id();
		media.storePhoto(owner, TestImages.image("png", 800, 800));
		media.storePhoto(owner, TestImages.image("png", 200, 200));
		media.storeImage(owner, TestImages.image("png", 1600, 900));
		media.storeImage(owner, TestImages.image("png", 500, 300));
		media.storeImage(owner, TestImages.image("png", 300, 300));
		var items = media.list(owner);
		assertThat(items).hasSize(5);
		for (MediaItem item : items) {
			for (int width : item.widths().toArray()) {
				byte[] body = mvc.perform(get(item.url(width))).andExpect(status().isOk()).andReturn().getResponse()
					.getContentAsByteArray();
				assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(body)).getWidth())
					.as(item.url(width)).isEqualTo(width);
			}
		}
		assertThat(items.stream().filter(m -> m.srcset() != null)).hasSize(3);
	}

	@Test
	void answersNotFoundForUnknownOrMalformedKeys() throws Exception {
		mvc.perform(get("/media/" + "a".repeat(64) + ".jpg")).andExpect(status().isNotFound());
		mvc.perform(get("/media/..%2F..%2Fetc%2Fpasswd")).andExpect(status().is4xxClientError());
		mvc.perform(get("/media/x.svg")).andExpect(status().isNotFound());
	}
}
