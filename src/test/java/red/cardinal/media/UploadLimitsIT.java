package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import red.cardinal.TestBrowser;
import red.cardinal.TestImages;
import red.cardinal.account.AccountManagement;
import red.cardinal.account.RateLimits;

/**
 * Uploads past the limits through real Tomcat, as a browser without JavaScript posts them (MockMvc
 * leaves out Tomcat's own multipart bounds, past which not even the CSRF token can be read): each
 * is refused next to its field, naming the limit, and a phone's photo of today is taken.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class UploadLimitsIT {

	static final String PASSWORD = "a long and unusual passphrase";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RateLimits limits;

	TestBrowser browser;

	@BeforeEach
	void signIn() throws Exception {
		limits.reset();
		String email = "limits-" + System.nanoTime() + "@example.com";
		accounts.signUp(email, PASSWORD);
		browser = new TestBrowser(port).signedIn(email, PASSWORD, false);
	}

	@Test
	void saysTheLimitBeforeTheUploadBesideTheFileInput() throws Exception {
		String page = browser.get("/dashboard/media").body();
		assertThat(page).contains("up to 25 MB and 50 megapixels").contains("data-max-bytes=\"26214400\"");
	}

	@Test
	void refusesAFileOverTheLimitNextToItsFieldNotWithAnErrorPage() throws Exception {
		byte[] big = new byte[26 * 1024 * 1024];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		var response = upload(Map.of("photo.jpg", big));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"f-file-error\"").contains("larger than 25 MB")
			.contains("aria-invalid=\"true\"");
	}

	@Test
	void refusesAPostOverTomcatsBoundWithAPageThatNamesIt() throws Exception {
		var response = upload(Map.of("a.jpg", new byte[31 * 1024 * 1024], "b.jpg", new byte[31 * 1024 * 1024]));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("at most 60 MB at once");
	}

	@Test
	void refusesTextNamedLikeAJpeg() throws Exception {
		var response = upload(Map.of("photo.jpg", "<script>alert(1)</script> not an image".getBytes(StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("id=\"f-file-error\"").contains("This is not a JPEG, PNG or WebP image")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void takesAPhonesFortyEightMegapixelPhoto() throws Exception {
		byte[] phone = TestImages.phoneJpeg();
		assertThat(phone.length).isGreaterThan(15 * 1024 * 1024);
		var response = upload(Map.of("IMG_0001.jpg", phone));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(TestBrowser.location(response)).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard/media?done=uploaded"));
		assertThat(browser.get("/dashboard/media").body()).contains("1280×960");
	}

	private java.net.http.HttpResponse<String> upload(Map<String, byte[]> files) throws Exception {
		String csrf = browser.csrf("/dashboard/media");
		return browser.postMultipart("/dashboard/media", Map.of("_csrf", csrf), "file", files);
	}
}
