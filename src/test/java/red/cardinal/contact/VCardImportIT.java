package red.cardinal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;

@SpringBootTest
@AutoConfigureMockMvc
class VCardImportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	Owner owner;

	@BeforeEach
	void owner() {
		owner = accounts.create();
	}

	@ParameterizedTest
	@ValueSource(strings = { "John_Doe_IPHONE.vcf", "John_Doe_ANDROID.vcf", "John_Doe_GMAIL.vcf", "John_Doe_MS_OUTLOOK.vcf",
			"gmail-single.vcf", "outlook-2007.vcf", "rfc6350-example.vcf" })
	void importsRealExports(String file) throws Exception {
		upload(fixture(file)).andExpect(status().isCreated()).andExpect(jsonPath("$.id").exists())
			.andExpect(jsonPath("$.published").value(false));
		assertThat(cards.list(owner.id())).hasSize(1);
	}

	@Test
	void refusesAFileOverTheLimitByItsSizeWithoutReadingIt() throws Exception {
		upload(new byte[VCardReader.MAX_BYTES + 1]).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("larger than")));
	}

	@Test
	void takesEveryFieldOfAnIphoneExport() throws Exception {
		upload(fixture("John_Doe_IPHONE.vcf")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.name.given").value("John"))
			.andExpect(jsonPath("$.name.family").value("Doe"))
			.andExpect(jsonPath("$.name.middle").value("Richter"))
			.andExpect(jsonPath("$.name.prefix").value("Mr."))
			.andExpect(jsonPath("$.name.suffix").value("Sr."))
			.andExpect(jsonPath("$.organization").value("IBM, Accounting"))
			.andExpect(jsonPath("$.jobTitle").value("Money Counter"))
			.andExpect(jsonPath("$.emails[0].address").value("john.doe@ibm.com"))
			.andExpect(jsonPath("$.phones[0].number").value("+19055551234"))
			.andExpect(jsonPath("$.phones[0].type").value("cell"))
			.andExpect(jsonPath("$.phones[*].type", hasItem("fax")))
			.andExpect(jsonPath("$.addresses[1].street").value("Street4, Building 6, Floor 8"))
			.andExpect(jsonPath("$.websites[0].url").value("http://www.ibm.com"))
			.andExpect(jsonPath("$.photoUrl", containsString("/media/")));
	}

	@Test
	void roundTripsTheDemoCard() throws Exception {
		for (String version : new String[] { "", "?v=4" }) {
			byte[] vcf = mvc.perform(get("/demo.vcf" + version)).andReturn().getResponse().getContentAsByteArray();
			String id = com.jayway.jsonpath.JsonPath.read(upload(vcf).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString(), "$.id");
			Card imported = cards.get(owner.id(), Long.parseLong(id));
			Card demo = cards.findPublished("demo").map(l -> ((red.cardinal.card.SlugLookup.Found) l).card()).orElseThrow();
			CardDetails a = CardDetails.of(demo);
			CardDetails b = CardDetails.of(imported);
			assertThat(b.name()).isEqualTo(a.name());
			assertThat(b.jobTitle()).isEqualTo(a.jobTitle());
			assertThat(b.organization()).isEqualTo(a.organization());
			assertThat(b.bio()).isEqualTo(a.bio());
			assertThat(b.phones()).extracting(p -> p.number() + p.type()).containsExactlyElementsOf(
					a.phones().stream().map(p -> p.number() + p.type()).toList());
			assertThat(b.emails()).isEqualTo(a.emails());
			assertThat(b.addresses()).isEqualTo(a.addresses());
			assertThat(b.links()).extracting(l -> l.url()).containsAll(a.links().stream()
				.filter(l -> l.network() != red.cardinal.card.SocialNetwork.CUSTOM).map(l -> l.url()).toList());
			assertThat(imported.getPhotoKey()).isNotNull();
		}
	}

	@Test
	void skipsWhatACardCannotHoldAndSaysSo() throws Exception {
		String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\r\nN:;Eve;;;\r\nTEL:not a number\r\nURL:javascript:alert(1)\r\n"
				+ "EMAIL:nope\r\nPHOTO;ENCODING=b;TYPE=JPEG:PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\r\nEND:VCARD\r\n";
		upload(vcf.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.name.given").value("Eve"))
			.andExpect(jsonPath("$.phones").isEmpty())
			.andExpect(jsonPath("$.websites").isEmpty())
			.andExpect(jsonPath("$.photoUrl").doesNotExist())
			.andExpect(jsonPath("$.skipped[*].field", hasItem("phones")))
			.andExpect(jsonPath("$.skipped[*].field", hasItem("websites")))
			.andExpect(jsonPath("$.skipped[*].field", hasItem("emails")))
			.andExpect(jsonPath("$.skipped[*].field", hasItem("photo")));
	}

	@Test
	void refusesHostileFilesWholeAndCreatesNothing() throws Exception {
		byte[] big = ("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:" + "x".repeat(2 * 1024 * 1024) + "\r\nEND:VCARD\r\n")
			.getBytes(StandardCharsets.UTF_8);
		upload(big).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] binary = new byte[4096];
		new java.util.Random(1).nextBytes(binary);
		upload(binary).andExpect(status().isBadRequest());
		var many = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n");
		for (int i = 0; i < 10_000; i++) {
			many.append("X-A:").append(i).append("\r\n");
		}
		upload(many.append("END:VCARD\r\n").toString().getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("entries")));
		String folded = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Folded\r\nNOTE:" + "a".repeat(70) + ("\r\n " + "b".repeat(70)).repeat(2000)
				+ "\r\nEND:VCARD\r\n";
		upload(folded.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.skipped[0].message", containsString("cut to 2,000")));
		upload(new byte[0]).andExpect(status().isBadRequest());
		assertThat(cards.list(owner.id())).hasSize(1);
	}

	@Test
	void importsInTheDashboard() throws Exception {
		var me = users.loadUserByUsername(owner.account().email());
		mvc.perform(multipart("/dashboard/cards/import").file(new MockMultipartFile("file", "john.vcf", "text/vcard",
				fixture("John_Doe_GMAIL.vcf"))).with(user(me)).with(csrf()).header("Accept-Language", "en-US"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open the card")));
		mvc.perform(multipart("/dashboard/cards/import").file(new MockMultipartFile("file", "x.vcf", "text/vcard",
				"<html>".getBytes(StandardCharsets.UTF_8))).with(user(me)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-file-error\"")));
	}

	@Test
	void refreshesAnExistingCardButKeepsItsAddressAndServices() throws Exception {
		var me = users.loadUserByUsername(owner.account().email());
		Card card = cards.create(owner.id(), CardDetails.builder().slug("keep-" + owner.id()).published(true).name(new red.cardinal.card.PersonName(null, "Old", null, null, null, red.cardinal.card.NameOrder.FAMILY_FIRST)).services(java.util.List.of(new red.cardinal.card.Service("Kept", null, null))).build(), Locale.ENGLISH);
		mvc.perform(multipart("/dashboard/cards/" + card.getId() + "/import")
			.file(new MockMultipartFile("file", "john.vcf", "text/vcard", fixture("John_Doe_IPHONE.vcf")))
			.with(user(me)).with(csrf()).header("Accept-Language", "en-US"))
			.andExpect(status().isOk());
		Card updated = cards.get(owner.id(), card.getId());
		assertThat(updated.getName().given()).isEqualTo("John");
		assertThat(updated.getName().order()).as("the order the owner chose").isEqualTo(red.cardinal.card.NameOrder.FAMILY_FIRST);
		assertThat(updated.getSlug()).isEqualTo("keep-" + owner.id());
		assertThat(updated.isPublished()).isTrue();
		assertThat(updated.getServices()).extracting(red.cardinal.card.Service::title).containsExactly("Kept");
		var stranger = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(multipart("/dashboard/cards/" + card.getId() + "/import")
			.file(new MockMultipartFile("file", "john.vcf", "text/vcard", fixture("John_Doe_GMAIL.vcf")))
			.with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	ResultActions upload(byte[] file) throws Exception {
		return mvc.perform(multipart("/api/v1/cards/import").file(new MockMultipartFile("file", "contact.vcf", "text/vcard", file))
			.header("Authorization", owner.bearer())
			.header("Accept-Language", "en-US"));
	}

	static byte[] fixture(String name) throws IOException {
		try (var in = VCardImportIT.class.getResourceAsStream("/vcards/" + name)) {
			return in.readAllBytes();
		}
	}
}
