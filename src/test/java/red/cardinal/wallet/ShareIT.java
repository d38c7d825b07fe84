package red.cardinal.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestCards;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Email;
import red.cardinal.card.Phone;

@SpringBootTest
@AutoConfigureMockMvc
class ShareIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	UserDetailsService users;

	@Value("${cardinal.base-url}")
	String base;

	Owner owner;

	Card card;

	@BeforeEach
	void card() {
		owner = accounts.create();
		card = cards.create(owner.id(), TestCards.person("share-" + owner.id(), "Ana <b>\"x\"</b>", "Pérez")
			.jobTitle("CTO").organization("Acme & Sons").phones(new Phone("cell", "+34600123456", false))
			.emails(new Email("work", "ana@example.com")).build(), Locale.ENGLISH);
	}

	@Test
	void theOwnerGetsTheSignatureAsHtmlAndText() throws Exception {
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/signature").param("layout", "qr").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.layout").value("qr"))
			.andExpect(jsonPath("$.html", allOf(containsString("Ana &lt;b&gt;&quot;x&quot;&lt;/b&gt; Pérez"),
					containsString("href=\"tel:+34600123456\""), containsString("href=\"mailto:ana@example.com\""),
					containsString("src=\"" + base + "/share-" + owner.id() + "/qr.png?size=160\""), not(containsString("<b>")))))
			.andExpect(jsonPath("$.text", containsString("CTO · Acme & Sons\n+34600123456\nana@example.com\n" + base
					+ "/share-" + owner.id())));
	}

	@Test
	void someoneElsesCardIsNotFoundEvenWithABadLayout() throws Exception {
		Owner stranger = accounts.create();
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/signature").header("Authorization", stranger.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/background.png").param("width", "5000")
			.header("Authorization", stranger.bearer())).andExpect(status().isNotFound());
	}

	@Test
	void aLayoutOrSizeNotOfferedIsAProblemNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/signature").param("layout", "<x>").header("Authorization", owner.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("layout"));
		for (String[] size : new String[][] { { "1921", "1080" }, { "99999", "99999" }, { "1920", "x\r\n" }, { "720", "1280" } }) {
			mvc.perform(get("/api/v1/cards/" + card.getId() + "/background.png").param("width", size[0]).param("height", size[1])
				.header("Authorization", owner.bearer()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("width"))
				.andExpect(jsonPath("$.errors[0].message", containsString("1920x1080, 1280x720")));
		}
	}

	@Test
	void theBackgroundAsDownloadedScansToTheCard() throws Exception {
		for (String size : CallBackgrounds.SIZES) {
			String[] wh = size.split("x");
			byte[] png = mvc.perform(get("/api/v1/cards/" + card.getId() + "/background.png").param("width", wh[0])
				.param("height", wh[1]).param("layout", "qr-left").header("Authorization", owner.bearer()))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"))
				.andReturn().getResponse().getContentAsByteArray();
			var image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(size);
			assertThat(BackgroundPainterTest.decode(image)).isEqualTo(base + "/share-" + owner.id());
		}
	}

	@Test
	void theOwnersScreenShowsTheSourceAndAPreviewFrameWithItsOwnPolicy() throws Exception {
		var me = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/signature").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<textarea id=\"signature-html\""),
					containsString("&lt;table cellpadding"), containsString("/signature/preview?layout=photo"),
					containsString("/background.png?width=1920&amp;height=1080&layout=qr-right&download=1"))));
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/signature/preview").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'none'"),
					containsString("style-src 'unsafe-inline'"), not(containsString("script-src")))))
			.andExpect(content().string(containsString("<table cellpadding")));
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/background.png").param("width", "1280").param("height", "720")
			.with(user(me))).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/signature").with(user(stranger))).andExpect(status().isNotFound());
	}
}
