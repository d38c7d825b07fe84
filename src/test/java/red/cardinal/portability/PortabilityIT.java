package red.cardinal.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import red.cardinal.CardinalApplication;
import red.cardinal.TestAccountData;
import red.cardinal.TestAccounts;
import red.cardinal.TestMail;

/** An account exported here and imported on another instance (and into another account), and zips that are refused whole. */
@SpringBootTest(properties = { "cardinal.analytics.flush-every=PT1H", "cardinal.demo.enabled=false" })
@AutoConfigureMockMvc
class PortabilityIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccountData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anExportImportedOnAnotherInstanceRecreatesTheCardsWithTheirMediaDesignsSectionsAndProducts() throws Exception {
		var owner = accounts.create();
		var card = data.populate(mvc, owner, "ana-" + owner.id());
		byte[] zip = export(owner);
		var entries = entries(zip);
		String folder = "cards/" + card.getSlug() + "/";
		assertThat(entries).containsKeys("cardinal-export.json", "designs.json", folder + "card.json", folder + "products.json",
				folder + card.getSlug() + ".vcf");
		assertThat(entries.get(folder + card.getSlug() + ".vcf")).contains("FN:Ana García 😀", "PHOTO;");
		assertThat(entries.get(folder + "orders.csv")).contains("\"2 × Taza — 25.00\"", "\"Kim\"");
		assertThat(entries.get(folder + "bookings.csv")).contains("\"Llamada de 30 min\"", "\"kim@example.com\"", "\"Hola\"");
		assertThat(entries.get(folder + "leads.csv")).startsWith("\"id\",\"card_id\",\"created_at\"");
		assertThat(entries.keySet().stream().filter(n -> n.startsWith("media/"))).hasSize(3);
		JsonNode here = JSON.readTree(api(owner, "/api/v1/cards"));
		JsonNode productsHere = JSON.readTree(api(owner, "/api/v1/cards/" + card.getId() + "/products"));

		try (var node = new SpringApplicationBuilder(CardinalApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--cardinal.demo.enabled=false", "--cardinal.cards.max-per-account=2")) {
			var there = node.getBean(TestAccounts.class).create();
			var imported = importOn(node, there, zip);
			assertThat(imported.statusCode()).isEqualTo(201);
			assertThat(JSON.readTree(imported.body())).isEqualTo(JSON.readTree("{\"cards\": 1, \"renamed\": []}"));

			JsonNode cards = JSON.readTree(fetch(node, there, "/api/v1/cards"));
			assertThat(comparable(cards)).isEqualTo(comparable(here));
			JsonNode copy = cards.get(0);
			JsonNode media = JSON.readTree(fetch(node, there, "/api/v1/media"));
			assertThat(media).hasSize(3);
			assertThat(copy.path("photoUrl").asString()).startsWith("/media/");
			assertThat(media.findValuesAsString("id")).contains(copy.path("design").path("coverMediaId").asString(),
					copy.path("gallery").get(0).path("mediaId").asString());
			JsonNode products = JSON.readTree(fetch(node, there, "/api/v1/cards/" + copy.path("id").asString() + "/products"));
			assertThat(products.get(0).path("imageMediaIds").get(0).asString())
				.isEqualTo(copy.path("gallery").get(0).path("mediaId").asString());
			assertThat(comparable(products)).isEqualTo(comparable(productsHere));

			JsonNode designs = JSON.readTree(fetch(node, there, "/api/v1/designs"));
			assertThat(names(designs)).containsExactly("Marca");
			assertThat(designs.get(0).path("design").path("colors").path("accent").asString()).isEqualTo("#0b6e4f");

			var again = importOn(node, there, zip);
			assertThat(again.statusCode()).isEqualTo(201);
			assertThat(JSON.readTree(again.body()).path("renamed").get(0)).isEqualTo(JSON.readTree(
					"{\"from\": \"%s\", \"to\": \"%s-2\"}".formatted(card.getSlug(), card.getSlug())));
			assertThat(names(JSON.readTree(fetch(node, there, "/api/v1/designs")))).containsExactly("Marca", "Marca (2)");
			var overCap = importOn(node, there, zip);
			assertThat(overCap.statusCode()).isEqualTo(409);
			assertThat(JSON.readTree(fetch(node, there, "/api/v1/cards"))).hasSize(2);
			assertThat(JSON.readTree(fetch(node, there, "/api/v1/media"))).hasSize(3);
		}
	}

	@Test
	void aZipWithAnEntryThatLeavesItsFolderIsRefusedNamingIt() throws Exception {
		var owner = accounts.create();
		mvc.perform(multipart("/api/v1/import").file(zipPart(TestZips.exportWith("cards/../../../etc/passwd", new byte[1])))
			.header("Authorization", owner.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail", containsString("cards/../../../etc/passwd")));
	}

	@Test
	void anUploadThatIsNoImageLeavesNothingImported() throws Exception {
		byte[] zip = exportOfAPopulatedAccount(entries -> {
			String image = entries.keySet().stream().filter(n -> n.startsWith("media/")).reduce((a, b) -> b).orElseThrow();
			entries.put(image, "<?php system($_GET['c']); ?>");
			return entries;
		});
		var other = accounts.create();
		mvc.perform(multipart("/api/v1/import").file(zipPart(zip)).header("Authorization", other.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("is not an image")));
		assertNothingIn(other);
	}

	@Test
	void aCardThatDoesNotValidateLeavesNothingImportedNotEvenItsImages() throws Exception {
		byte[] zip = exportOfAPopulatedAccount(entries -> {
			String name = entries.keySet().stream().filter(n -> n.endsWith("/card.json")).findFirst().orElseThrow();
			entries.put(name, entries.get(name).replaceFirst("\"links\" : \\[ ]",
					"\"links\" : [ {\"url\": \"javascript:alert(1)\"} ]"));
			return entries;
		});
		var other = accounts.create();
		mvc.perform(multipart("/api/v1/import").file(zipPart(zip)).header("Authorization", other.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", containsString("/card.json: links[0].url")));
		assertNothingIn(other);
	}

	@Test
	void theAccountPageExportsAndImportsAndSaysWhatTheImportDid() throws Exception {
		var owner = accounts.create();
		var me = users.loadUserByUsername(owner.account().email());
		mvc.perform(get("/account").with(user(me)))
			.andExpect(content().string(containsString("href=\"/account/export\"")))
			.andExpect(content().string(containsString("action=\"/account/import\"")));
		byte[] zip = exportOfAPopulatedAccount(entries -> entries);
		byte[] downloaded = mvc.perform(get("/account/export").with(user(me))).andExpect(status().isOk())
			.andExpect(content().contentType("application/zip")).andReturn().getResponse().getContentAsByteArray();
		assertThat(entries(downloaded)).containsKey("cardinal-export.json");
		mvc.perform(multipart("/account/import").file(zipPart(zip)).with(user(me)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported one card.")));
		mvc.perform(multipart("/account/import").file(zipPart("no zip".getBytes())).with(user(me)).with(csrf())
			.header("Accept-Language", "es"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("No se ha importado nada")))
			.andExpect(content().string(containsString("no es un zip")));
	}

	void assertNothingIn(TestAccounts.Owner owner) {
		assertThat(jdbc.sql("select count(*) from cards where owner_id = ?").param(owner.id()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from media where owner_id = ?").param(owner.id()).query(Long.class).single()).isZero();
	}

	byte[] exportOfAPopulatedAccount(UnaryOperator<Map<String, String>> change) throws Exception {
		var owner = accounts.create();
		data.populate(mvc, owner, "eva-" + owner.id());
		byte[] zip = export(owner);
		var raw = new LinkedHashMap<String, byte[]>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				raw.put(e.getName(), in.readAllBytes());
			}
		}
		var texts = new LinkedHashMap<String, String>();
		raw.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.ISO_8859_1)));
		var changed = new LinkedHashMap<String, byte[]>();
		change.apply(texts).forEach((name, text) -> changed.put(name, name.endsWith(".json")
				? new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)
				: text.getBytes(StandardCharsets.ISO_8859_1)));
		return TestZips.zip(changed);
	}

	byte[] export(TestAccounts.Owner owner) throws Exception {
		return mvc.perform(get("/api/v1/export").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn().getResponse().getContentAsByteArray();
	}

	String api(TestAccounts.Owner owner, String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", owner.bearer())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A card list (or product list) without what an instance gives it itself: ids, times, addresses of uploads. */
	static JsonNode comparable(JsonNode list) {
		JsonNode copy = list.deepCopy();
		for (JsonNode item : copy) {
			var o = (ObjectNode) item;
			o.remove(java.util.List.of("id", "photoUrl", "createdAt", "updatedAt", "imageMediaIds"));
			if (o.get("design") instanceof ObjectNode design) {
				design.remove("coverMediaId");
			}
			if (o.get("gallery") != null) {
				o.get("gallery").forEach(g -> ((ObjectNode) g).remove("mediaId"));
			}
		}
		return copy;
	}

	static java.util.List<String> names(JsonNode designs) {
		var names = new java.util.ArrayList<String>();
		designs.forEach(d -> names.add(d.path("name").asString()));
		return names;
	}

	static Map<String, String> entries(byte[] zip) throws Exception {
		var entries = new LinkedHashMap<String, String>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	static MockMultipartFile zipPart(byte[] zip) {
		return new MockMultipartFile("file", "export.zip", "application/zip", zip);
	}

	static String fetch(ConfigurableApplicationContext node, TestAccounts.Owner owner, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base(node) + path))
			.header("Authorization", owner.bearer()).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	static HttpResponse<String> importOn(ConfigurableApplicationContext node, TestAccounts.Owner owner, byte[] zip)
			throws Exception {
		String boundary = "cardinal-" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(zip);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base(node) + "/api/v1/import"))
			.header("Authorization", owner.bearer()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String base(ConfigurableApplicationContext node) {
		return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
	}
}
