package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestImages;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

class MediaApiIT {

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class Library {

		@Autowired
		MockMvc mvc;

		@Autowired
		TestAccounts accounts;

		@Autowired
		CardManagement cards;

		@Test
		void uploadsListsServesAndDeletes() throws Exception {
			Owner owner = accounts.create();
			String body = upload(owner, TestImages.image("png", 1600, 900)).andExpect(status().isCreated())
				.andExpect(jsonPath("$.width").value(1280))
				.andExpect(jsonPath("$.height").value(720))
				.andExpect(jsonPath("$.url", startsWith("/media/")))
				.andReturn().getResponse().getContentAsString();
			String id = JsonPath.read(body, "$.id");
			String url = JsonPath.read(body, "$.url");
			mvc.perform(get(url)).andExpect(status().isOk());
			mvc.perform(get(url.replace(".jpg", "-320.jpg"))).andExpect(status().isOk());
			mvc.perform(get("/api/v1/media").header("Authorization", owner.bearer()))
				.andExpect(jsonPath("$[*].id", hasItem(id)));
			mvc.perform(delete("/api/v1/media/" + id).header("Authorization", accounts.create().bearer()))
				.andExpect(status().isNotFound());
			mvc.perform(delete("/api/v1/media/" + id).header("Authorization", owner.bearer())).andExpect(status().isNoContent());
			mvc.perform(get(url)).andExpect(status().isNotFound());
		}

		@Test
		void refusesToDeleteWhatACardStillShows() throws Exception {
			Owner owner = accounts.create();
			var card = cards.create(owner.id(), TestCards.person("lib-" + owner.id(), "Ana").build(),
					Locale.ENGLISH);
			cards.changePhoto(owner.id(), card.getId(), () -> TestImages.image("png", 400, 400));
			String id = JsonPath.read(mvc.perform(get("/api/v1/media").header("Authorization", owner.bearer()))
				.andReturn().getResponse().getContentAsString(), "$[0].id");
			mvc.perform(get("/api/v1/media").header("Authorization", owner.bearer()))
				.andExpect(jsonPath("$[0].usedBy[0]").value("the photo of /lib-" + owner.id()));
			mvc.perform(delete("/api/v1/media/" + id).header("Authorization", owner.bearer()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors[0].message", containsString("/lib-" + owner.id())));
		}

		@Test
		void readsAndDecodesACardPhotoOutsideAnyTransactionSoAWaitingUploadHoldsNoConnection() throws Exception {
			Owner owner = accounts.create();
			var card = cards.create(owner.id(), TestCards.person("tx-" + owner.id(), "Ana").build(),
					Locale.ENGLISH);
			var inTransaction = new java.util.concurrent.atomic.AtomicBoolean(true);
			var changed = cards.changePhoto(owner.id(), card.getId(), () -> {
				inTransaction.set(TransactionSynchronizationManager.isActualTransactionActive());
				return TestImages.image("png", 400, 400);
			});
			assertThat(inTransaction).isFalse();
			assertThat(changed.getPhotoKey()).isNotNull();
		}

		@Test
		void refusesWhatIsNotAnImage() throws Exception {
			upload(accounts.create(), "<svg onload=alert(1)/>".getBytes()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}

		@Test
		void refusesAFileOverTheLimitWithAProblemNamingIt() throws Exception {
			byte[] big = new byte[26 * 1024 * 1024];
			big[0] = (byte) 0xFF;
			big[1] = (byte) 0xD8;
			big[2] = (byte) 0xFF;
			upload(accounts.create(), big).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("25 MB")));
		}

		@Test
		void refusesACardPhotoOverTheLimitByItsSize() throws Exception {
			Owner owner = accounts.create();
			var card = cards.create(owner.id(), TestCards.person("big-" + owner.id(), "Ana").build(), Locale.ENGLISH);
			mvc.perform(multipart("/api/v1/cards/" + card.getId() + "/photo")
				.file(new MockMultipartFile("file", "IMG_0001.jpg", "image/jpeg", new byte[26 * 1024 * 1024]))
				.header("Authorization", owner.bearer()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("larger than 25 MB")));
		}

		@Test
		void refusesTextNamedLikeAJpeg() throws Exception {
			upload(accounts.create(), "just some text, renamed photo.jpg".getBytes()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("not a JPEG, PNG or WebP")));
		}

		ResultActions upload(Owner owner, byte[] bytes) throws Exception {
			return mvc.perform(multipart("/api/v1/media").file(new MockMultipartFile("file", "x.png", "image/png", bytes))
				.header("Authorization", owner.bearer()));
		}
	}

	@Nested
	@SpringBootTest(properties = "cardinal.media.quota-mb=1")
	@AutoConfigureMockMvc
	class Quota {

		@Autowired
		MockMvc mvc;

		@Autowired
		TestAccounts accounts;

		@Test
		void saysWhenTheQuotaIsFull() throws Exception {
			Owner owner = accounts.create();
			var random = new Random(7);
			int status = 201;
			int uploads = 0;
			while (status == 201 && uploads < 20) {
				status = mvc.perform(multipart("/api/v1/media")
					.file(new MockMultipartFile("file", "noise.png", "image/png", noise(random)))
					.header("Authorization", owner.bearer())).andReturn().getResponse().getStatus();
				uploads++;
			}
			assertThat(status).isEqualTo(400);
			assertThat(uploads).isBetween(2, 19);
			mvc.perform(multipart("/api/v1/media").file(new MockMultipartFile("file", "noise.png", "image/png", noise(random)))
				.header("Authorization", owner.bearer()))
				.andExpect(jsonPath("$.errors[0].message", containsString("of your 1 MB")));
		}

		static byte[] noise(Random random) throws Exception {
			var image = new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < 900; y++) {
				for (int x = 0; x < 900; x++) {
					image.setRGB(x, y, random.nextInt());
				}
			}
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
	}
	@Nested
	@SpringBootTest(properties = { "cardinal.media.processing.concurrency=1", "cardinal.media.processing.wait=PT0S",
			"cardinal.media.processing.retry-after=PT7S" })
	@AutoConfigureMockMvc
	class Busy {

		@Autowired
		MockMvc mvc;

		@Autowired
		TestAccounts accounts;

		@Autowired
		ImageProcessing processing;

		@Autowired
		UserDetailsService users;

		@Test
		void refusesAnUploadWith503AndRetryAfterWhileEveryTurnIsTakenAndTakesItOnceOneIsFree() throws Exception {
			Owner owner = accounts.create();
			var me = users.loadUserByUsername(owner.account().email());
			byte[] png = TestImages.image("png", 400, 300);
			var taken = new CountDownLatch(1);
			var release = new CountDownLatch(1);
			var executor = Executors.newSingleThreadExecutor();
			try {
				Future<Object> holder = executor.submit(() -> processing.run(() -> {
					taken.countDown();
					awaitUninterruptibly(release);
					return null;
				}));
				taken.await();
				mvc.perform(multipart("/api/v1/media").file(new MockMultipartFile("file", "x.png", "image/png", png))
					.header("Authorization", owner.bearer()))
					.andExpect(status().isServiceUnavailable())
					.andExpect(header().string("Retry-After", "7"))
					.andExpect(jsonPath("$.errors[0].field").value("file"))
					.andExpect(jsonPath("$.errors[0].message", containsString("Too many images")));
				mvc.perform(multipart("/dashboard/media").file(new MockMultipartFile("file", "x.png", "image/png", png))
					.with(user(me)).with(csrf()))
					.andExpect(status().isServiceUnavailable())
					.andExpect(header().string("Retry-After", "7"))
					.andExpect(content().string(containsString("id=\"f-file-error\"")));
				release.countDown();
				holder.get();
				mvc.perform(multipart("/api/v1/media").file(new MockMultipartFile("file", "x.png", "image/png", png))
					.header("Authorization", owner.bearer()))
					.andExpect(status().isCreated());
			}
			finally {
				release.countDown();
				executor.shutdown();
			}
		}

		static void awaitUninterruptibly(CountDownLatch latch) {
			try {
				latch.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
