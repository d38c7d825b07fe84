package red.cardinal.contact;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.card.CardManagement;

@SpringBootTest
@AutoConfigureMockMvc
class OfflineQrIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Test
	void theQrPageNamesItsManifestAndWorkerWhoseScopeIsThatPageAlone() throws Exception {
		long owner = accounts.create().id();
		String slug = "pwa-" + owner;
		cards.create(owner, TestCards.person(slug, "Ana \"</script>", "Pérez").build(), Locale.ENGLISH);
		mvc.perform(get("/" + slug + "/qr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<link rel=\"manifest\" href=\"/" + slug + "/qr/manifest.webmanifest\">"),
					containsString("data-offline-worker=\"/" + slug + "/qr/worker.js\" data-offline-scope=\"/" + slug + "/qr\""),
					containsString("<script src=\"/assets/qr-offline.js\" defer></script>"))));
		mvc.perform(get("/" + slug + "/qr/manifest.webmanifest"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/manifest+json")))
			.andExpect(jsonPath("$.name").value("Ana \"</script> Pérez"))
			.andExpect(jsonPath("$.start_url").value("/" + slug + "/qr"))
			.andExpect(jsonPath("$.scope").value("/" + slug + "/qr"))
			.andExpect(jsonPath("$.display").value("standalone"))
			.andExpect(jsonPath("$.icons[1].src").value("/" + slug + "/qr.png?size=512"));
		mvc.perform(get("/" + slug + "/qr/worker.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/javascript")))
			.andExpect(header().string("Service-Worker-Allowed", "/" + slug + "/qr"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(content().string(startsWith("const CACHE = \"cardinal-qr-" + slug + "\";\nconst KEPT = [\"/" + slug
					+ "/qr\",\"/" + slug + "/qr.svg?size=600\",\"/assets/card.css\",\"/" + slug + "/qr/manifest.webmanifest\"];")));
	}

	@Test
	void anUnpublishedOrUnknownCardHasNoManifestNorWorker() throws Exception {
		long owner = accounts.create().id();
		String slug = "pwa-draft-" + owner;
		cards.create(owner, TestCards.person(slug, "Ana").published(false).build(), Locale.ENGLISH);
		for (String path : new String[] { "/" + slug + "/qr/manifest.webmanifest", "/" + slug + "/qr/worker.js",
				"/no-such-card-here/qr/worker.js" }) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}
}
