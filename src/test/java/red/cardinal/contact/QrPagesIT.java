package red.cardinal.contact;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

@SpringBootTest
@AutoConfigureMockMvc
class QrPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	UserDetailsService users;

	Owner owner;

	UserDetails me;

	Card card;

	@BeforeEach
	void publishedCard() {
		owner = accounts.create();
		me = users.loadUserByUsername(owner.account().email());
		card = cards.create(owner.id(), TestCards.person("qr-" + owner.id(), "Ana").build(), Locale.ENGLISH);
	}

	@Test
	void showsTheCodeFullScreen() throws Exception {
		mvc.perform(get("/qr-" + owner.id() + "/qr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"/qr-" + owner.id() + "/qr.svg?size=600\"")));
	}

	@Test
	void previewsTheOwnersChoicesAndLeadsToTheDownload() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/qr").with(user(me)).param("fg", "#1a2b6c").param("ecc", "Q"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/qr-" + owner.id() + "/qr.svg?ecc=Q&amp;fg=%231a2b6c&amp;size=240")));
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/qr").with(user(me)).param("cm", "5").param("format", "png"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", startsWith("/qr-" + owner.id() + "/qr.png?cm=5&download=1")));
	}

	@Test
	void saysNextToTheFieldWhyACodeWouldNotScan() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/qr").with(user(me)).param("fg", "#ffffff").param("bg", "#000000")
			.param("format", "png"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-fg-error\""), containsString("dark modules"))));
	}

	@Test
	void saysNextToThePrintSizeThatALargePrintIsAnSvgNotAPng() throws Exception {
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/qr").with(user(me)).param("cm", "60").param("format", "png"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-cm-error\""), containsString("download the SVG"))));
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/qr").with(user(me)).param("cm", "60").param("format", "svg"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void isOnlyTheOwners() throws Exception {
		UserDetails stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(get("/dashboard/cards/" + card.getId() + "/qr").with(user(stranger))).andExpect(status().isNotFound());
	}
}
