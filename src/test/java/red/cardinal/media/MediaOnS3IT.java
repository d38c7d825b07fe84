package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestImages;

/** The whole app with its media in S3 (s3proxy): what one node stores, every node serves. */
@SpringBootTest
@AutoConfigureMockMvc
class MediaOnS3IT {

	static S3Proxy proxy;

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) throws Exception {
		proxy = S3Proxy.builder()
			.blobStore(new TransientNio2BlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret")
			.build();
		proxy.start();
		String endpoint = "http://127.0.0.1:" + proxy.getPort();
		S3MediaStore.client(new MediaProperties.S3(endpoint, "us-east-1", "cards", "access", "secret", true))
			.createBucket(request -> request.bucket("cards"));
		registry.add("cardinal.media.store", () -> "s3");
		registry.add("cardinal.media.s3.endpoint", () -> endpoint);
		registry.add("cardinal.media.s3.bucket", () -> "cards");
		registry.add("cardinal.media.s3.access-key", () -> "access");
		registry.add("cardinal.media.s3.secret-key", () -> "secret");
		registry.add("cardinal.media.s3.path-style", () -> "true");
	}

	@AfterAll
	static void stop() throws Exception {
		proxy.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaManagement media;

	@Autowired
	MediaStore store;

	@Autowired
	TestAccounts accounts;

	@Test
	void storesAndServesPhotosFromTheBucket() throws Exception {
		assertThat(store).isInstanceOf(S3MediaStore.class);
		StoredMedia photo = media.storePhoto(accounts.create().id(), TestImages.image("png", 700, 700));
		byte[] served = mvc.perform(get(media.url(photo.key()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(store.get(photo.key())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(served));
		assertThat(media.contactPhoto(photo.key())).isPresent();
	}
}
