package red.cardinal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Telephone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestImages;
import red.cardinal.card.Address;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.Email;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.card.Website;

/** Every vCard parses back, with every field, in both versions. */
@SpringBootTest
@AutoConfigureMockMvc
class VCardIT {

	static final String BIO = "Fotos, diseño; y más \\ todo.\nSegunda línea, con comas; punto y coma.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	Owner owner;

	Card card;

	@BeforeEach
	void koreanCardWithEverything() throws Exception {
		owner = accounts.create();
		card = cards.create(owner.id(), CardDetails.builder().slug("kim-" + owner.id()).published(true).name(new PersonName("Dr.", "민준", "Lee", "김", "PhD")).jobTitle("Designer, Lead; UX").organization("Acme; Inc.").bio(BIO).phones(List.of(new Phone("cell", "+82 10 1234 5678", true), new Phone("work", "+1 415 555 0123", false), new Phone("fax", "+1 415 555 0199", false))).emails(List.of(new Email("work", "kim@example.com"))).websites(List.of(new Website("Studio", "https://kim.example"))).addresses(List.of(new Address("work", "1 Main St; Suite 2", "Seoul", null, "04524", "South Korea"), new Address("home", "2 Side Rd", "Busan", null, null, "South Korea"))).links(List.of(new Link("https://github.com/kim", null), new Link("https://kim.example/shop", "Shop"))).build(),
				Locale.ENGLISH);
		card = cards.changePhoto(owner.id(), card.getId(), () -> TestImages.image("png", 900, 900));
	}

	@ParameterizedTest
	@EnumSource(value = VCardVersion.class, names = { "V3_0", "V4_0" })
	void roundTripsEveryField(VCardVersion version) throws Exception {
		String text = mvc.perform(get("/kim-" + owner.id() + ".vcf" + (version == VCardVersion.V4_0 ? "?v=4" : "")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/vcard;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"Dr. _ _ Lee PhD.vcf\"; filename*=UTF-8''Dr.%20%EA%B9%80%20%EB%AF%BC%EC%A4%80%20Lee%20PhD.vcf"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).contains("VERSION:" + version.getVersion());
		VCard vcard = Ezvcard.parse(text).first();
		assertThat(vcard.getStructuredName().getGiven()).isEqualTo("민준");
		assertThat(vcard.getStructuredName().getFamily()).isEqualTo("김");
		assertThat(vcard.getStructuredName().getAdditionalNames()).containsExactly("Lee");
		assertThat(vcard.getStructuredName().getPrefixes()).containsExactly("Dr.");
		assertThat(vcard.getStructuredName().getSuffixes()).containsExactly("PhD");
		assertThat(vcard.getFormattedName().getValue()).isEqualTo("Dr. 김 민준 Lee PhD");
		assertThat(vcard.getOrganization().getValues()).containsExactly("Acme; Inc.");
		assertThat(vcard.getTitles().get(0).getValue()).isEqualTo("Designer, Lead; UX");
		assertThat(vcard.getNotes().get(0).getValue()).isEqualTo(BIO);
		assertThat(vcard.getTelephoneNumbers()).extracting(VCardIT::number)
			.containsExactly("+821012345678", "+14155550123", "+14155550199");
		assertThat(vcard.getTelephoneNumbers().get(0).getTypes()).contains(TelephoneType.CELL);
		assertThat(vcard.getTelephoneNumbers().get(2).getTypes()).contains(TelephoneType.FAX);
		assertThat(vcard.getEmails().get(0).getValue()).isEqualTo("kim@example.com");
		assertThat(vcard.getAddresses()).hasSize(2);
		assertThat(vcard.getAddresses().get(0).getStreetAddress()).isEqualTo("1 Main St; Suite 2");
		assertThat(vcard.getAddresses().get(0).getPostalCode()).isEqualTo("04524");
		assertThat(vcard.getAddresses().get(1).getLocality()).isEqualTo("Busan");
		assertThat(vcard.getAddresses().get(1).getRegion()).isNull();
		assertThat(vcard.getUrls()).extracting(u -> u.getValue()).containsExactly("https://kim.example",
				"https://github.com/kim", "https://kim.example/shop", "http://localhost:8080/kim-" + owner.id());
		assertThat(vcard.getExtendedProperties("X-SOCIALPROFILE")).singleElement()
			.satisfies(p -> assertThat(p.getValue()).isEqualTo("https://github.com/kim"));
		assertThat(vcard.getUid().getValue()).isEqualTo(VCardWriter.uid(card));
		assertThat(vcard.getRevision()).isNotNull();
		byte[] photo = vcard.getPhotos().get(0).getData();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
		assertThat(image.getWidth()).isEqualTo(300);
		assertThat(image.getHeight()).isEqualTo(300);
	}

	@Test
	void embedsThePhotoInTheFormIosAccepts() throws Exception {
		String text = mvc.perform(get("/kim-" + owner.id() + ".vcf")).andReturn().getResponse().getContentAsString();
		assertThat(text).containsIgnoringCase("PHOTO;ENCODING=b;TYPE=JPEG:");
		assertThat(text).doesNotContain("\nADR:;;;;;;").doesNotContain(";;;;;;\r\n");
	}

	@Test
	void keepsTheSameUidAcrossEdits() throws Exception {
		String before = Ezvcard.parse(mvc.perform(get("/kim-" + owner.id() + ".vcf")).andReturn().getResponse()
			.getContentAsString()).first().getUid().getValue();
		var d = CardDetails.of(card);
		cards.update(owner.id(), card.getId(), CardDetails.builder().slug(d.slug()).published(true).name(d.name()).jobTitle("Other").organization(d.organization()).bio(d.bio()).phones(d.phones()).emails(d.emails()).websites(d.websites()).addresses(d.addresses()).links(d.links()).services(d.services()).build(), Locale.ENGLISH);
		String after = Ezvcard.parse(mvc.perform(get("/kim-" + owner.id() + ".vcf")).andReturn().getResponse()
			.getContentAsString()).first().getUid().getValue();
		assertThat(after).isEqualTo(before);
	}

	@Test
	void leavesEmptyFieldsOut() throws Exception {
		Owner other = accounts.create();
		cards.create(other.id(), TestCards.person("min-" + other.id(), "Min").build(), Locale.ENGLISH);
		String text = mvc.perform(get("/min-" + other.id() + ".vcf")).andReturn().getResponse().getContentAsString();
		assertThat(text).doesNotContain("ORG").doesNotContain("TITLE").doesNotContain("TEL").doesNotContain("ADR")
			.doesNotContain("NOTE").doesNotContain("PHOTO").doesNotContain("EMAIL");
	}

	@Test
	void servesOnlyPublishedCardsAndFollowsRenames() throws Exception {
		Owner other = accounts.create();
		cards.create(other.id(), CardDetails.builder().slug("draft-" + other.id()).name(new PersonName(null, "Min", null, null, null)).build(), Locale.ENGLISH);
		mvc.perform(get("/draft-" + other.id() + ".vcf")).andExpect(status().isNotFound());
		mvc.perform(get("/nobody-here.vcf")).andExpect(status().isNotFound());
	}

	@Test
	void givesTheOwnerTheVcardThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/vcard").header("Authorization", owner.bearer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/vcard;charset=UTF-8"));
		mvc.perform(get("/api/v1/cards/" + card.getId() + "/vcard").header("Authorization", accounts.create().bearer()))
			.andExpect(status().isNotFound());
	}

	static String number(Telephone tel) {
		return tel.getText() != null ? tel.getText() : tel.getUri().getNumber();
	}
}
