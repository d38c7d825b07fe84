package red.cardinal.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

class CardValidationTest {

	static CardDetails card(PersonName name, List<Phone> phones, List<Link> links) {
		return CardDetails.builder().slug("ana-garcia").published(true).name(name).phones(phones).links(links).build();
	}

	static final PersonName ANA = new PersonName(null, "Ana", null, "García", null);

	@Test
	void normalisesPhonesUrlsAndBlanks() {
		var d = CardDetails.builder().slug(" Ana-Garcia ").published(true).name(new PersonName(" ", " Ana ", "", "García", null)).jobTitle(" ").bio("Line one\r\nLine two").phones(List.of(new Phone("CELL", "+34 612 34 56 78", true))).websites(List.of(new Website(null, "example.com"))).links(List.of(new Link("https://github.com/ana", " "))).build();
		CardDetails valid = CardValidation.validate(d, Locale.ENGLISH);
		assertThat(valid.slug()).isEqualTo("ana-garcia");
		assertThat(valid.name()).isEqualTo(new PersonName(null, "Ana", null, "García", null));
		assertThat(valid.jobTitle()).isNull();
		assertThat(valid.bio()).isEqualTo("Line one\nLine two");
		assertThat(valid.phones()).containsExactly(new Phone("cell", "+34612345678", true));
		assertThat(valid.websites()).containsExactly(new Website(null, "https://example.com"));
		assertThat(valid.links()).containsExactly(new Link("https://github.com/ana", null));
	}

	@Test
	void readsNationalNumbersInTheEditorsCountry() {
		var d = card(ANA, List.of(new Phone("work", "612 34 56 78", false)), null);
		assertThat(CardValidation.validate(d, Locale.forLanguageTag("es-ES")).phones().get(0).number())
			.isEqualTo("+34612345678");
	}

	@Test
	void namesEveryInvalidFieldByItsJsonPath() {
		var d = CardDetails.builder().slug("api").name(new PersonName(null, "Ana\r\nX-INJECT:1", null, null, null)).jobTitle("x".repeat(151)).phones(List.of(new Phone("pager", "not a number", false))).emails(List.of(new Email("work", "nope"))).addresses(List.of(new Address("home", null, null, null, null, null))).links(List.of(new Link("https://ok.example", null), new Link("javascript:alert(1)", null))).services(List.of(new Service(" ", null, null))).build();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CardValidation.validate(d, Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("slug", "slug.reserved"),
						org.assertj.core.groups.Tuple.tuple("name.given", "text.singleLine"),
						org.assertj.core.groups.Tuple.tuple("jobTitle", "text.tooLong"),
						org.assertj.core.groups.Tuple.tuple("phones[0].type", "type.invalid"),
						org.assertj.core.groups.Tuple.tuple("phones[0].number", "phone.invalid"),
						org.assertj.core.groups.Tuple.tuple("emails[0].address", "email.invalid"),
						org.assertj.core.groups.Tuple.tuple("addresses[0].street", "address.empty"),
						org.assertj.core.groups.Tuple.tuple("links[1].url", "url.scheme"),
						org.assertj.core.groups.Tuple.tuple("services[0].title", "service.title.required")));
	}

	@Test
	void needsANameOrAnOrganization() {
		var nameless = card(PersonName.EMPTY, null, null);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CardValidation.validate(nameless, Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).containsExactly(Violation.of("name.given", "card.name.required")));
		var company = CardDetails.builder().slug("acme").published(true).organization("ACME").build();
		assertThat(CardValidation.validate(company, Locale.ENGLISH).organization()).isEqualTo("ACME");
	}

	@Test
	void keepsScriptsAsPlainText() {
		var d = card(new PersonName(null, "<script>alert(1)</script>", null, null, null), null, null);
		assertThat(CardValidation.validate(d, Locale.ENGLISH).name().given()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void limitsListLength() {
		var many = java.util.Collections.nCopies(31, new Link("https://example.com", null));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CardValidation.validate(card(ANA, null, many), Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).containsExactly(Violation.of("links", "list.tooMany", 30)));
	}

	@Test
	void keepsNamesInAnyScript() {
		var d = card(new PersonName(null, "김민준", null, "محمد 🦊", null), null, null);
		assertThat(CardValidation.validate(d, Locale.ENGLISH).name().full()).isEqualTo("김민준 محمد 🦊");
	}

	/** Every single-line text field, with the longest value it takes, set on an otherwise valid card. */
	static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> singleLineFields() {
		java.util.function.Function<String, PersonName> given = v -> new PersonName(null, v, null, null, null);
		return java.util.stream.Stream.of(
				args("name.prefix", 50, v -> CardDetails.builder().slug("ana").name(new PersonName(v, "Ana", null, null, null)).build()),
				args("name.given", 100, v -> CardDetails.builder().slug("ana").name(given.apply(v)).build()),
				args("name.middle", 100, v -> CardDetails.builder().slug("ana").name(new PersonName(null, "Ana", v, null, null)).build()),
				args("name.family", 100, v -> CardDetails.builder().slug("ana").name(new PersonName(null, "Ana", null, v, null)).build()),
				args("name.suffix", 50, v -> CardDetails.builder().slug("ana").name(new PersonName(null, "Ana", null, null, v)).build()),
				args("jobTitle", 150, v -> CardDetails.builder().slug("ana").name(ANA).jobTitle(v).build()),
				args("organization", 150, v -> CardDetails.builder().slug("ana").name(ANA).organization(v).build()),
				args("websites[0].label", 100, v -> CardDetails.builder().slug("ana").name(ANA).websites(List.of(new Website(v, "https://a.example"))).build()),
				args("addresses[0].street", 200, v -> CardDetails.builder().slug("ana").name(ANA).addresses(List.of(new Address("work", v, null, null, null, null))).build()),
				args("addresses[0].locality", 100, v -> CardDetails.builder().slug("ana").name(ANA).addresses(List.of(new Address("work", null, v, null, null, null))).build()),
				args("addresses[0].region", 100, v -> CardDetails.builder().slug("ana").name(ANA).addresses(List.of(new Address("work", null, null, v, null, null))).build()),
				args("addresses[0].postalCode", 20, v -> CardDetails.builder().slug("ana").name(ANA).addresses(List.of(new Address("work", null, null, null, v, null))).build()),
				args("addresses[0].country", 100, v -> CardDetails.builder().slug("ana").name(ANA).addresses(List.of(new Address("work", null, null, null, null, v))).build()),
				args("links[0].label", 100, v -> CardDetails.builder().slug("ana").name(ANA).links(List.of(new Link("https://a.example", v))).build()),
				args("services[0].title", 150, v -> CardDetails.builder().slug("ana").name(ANA).services(List.of(new Service(v, null, null))).build()),
				args("services[0].price", 50, v -> CardDetails.builder().slug("ana").name(ANA).services(List.of(new Service("Title", null, v))).build()));
	}

	static org.junit.jupiter.params.provider.Arguments args(String field, int max,
			java.util.function.Function<String, CardDetails> card) {
		return org.junit.jupiter.params.provider.Arguments.of(field, max, card);
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.MethodSource("singleLineFields")
	void refusesOverlongValuesAndLineBreaksInEveryTextField(String field, int max,
			java.util.function.Function<String, CardDetails> card) {
		assertThat(CardValidation.validate(card.apply("x".repeat(max)), Locale.ENGLISH)).isNotNull();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CardValidation.validate(card.apply("x".repeat(max + 1)), Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).containsExactly(Violation.of(field, "text.tooLong", max)));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CardValidation.validate(card.apply("A\r\nTEL:1"), Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).containsExactly(Violation.of(field, "text.singleLine")));
	}

	@Test
	void limitsTheMultiLineFields() {
		var longBio = CardDetails.builder().slug("ana").name(ANA).bio("x".repeat(2001)).build();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> CardValidation.validate(longBio, Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).containsExactly(Violation.of("bio", "text.tooLong", 2000)));
		var nul = CardDetails.builder().slug("ana").name(ANA).bio("a\u0000b").build();
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> CardValidation.validate(nul, Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).containsExactly(Violation.of("bio", "text.control")));
	}

	@Test
	void readsNationalNumbersInTheCountryOfTheCardsAddressBeforeTheEditorsLocale() {
		var d = CardDetails.builder().slug("ana-garcia").name(ANA).phones(new Phone("work", "030 901820", false))
			.addresses(new Address("work", null, "Berlin", null, null, "Deutschland")).build();
		assertThat(CardValidation.validate(d, Locale.forLanguageTag("es-ES")).phones().get(0).number())
			.isEqualTo("+4930901820");
	}

	@Test
	void makesAFediverseAddressItsProfileLink() {
		var d = card(ANA, null, List.of(new Link("@ana@mastodon.social", null)));
		assertThat(CardValidation.validate(d, Locale.ENGLISH).links())
			.containsExactly(new Link("https://mastodon.social/@ana", null));
	}

	@Test
	void asksForTheNetworkOfABareUsername() {
		var d = card(ANA, null, List.of(new Link("@ana.garcia", null)));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> CardValidation.validate(d, Locale.ENGLISH))
			.satisfies(e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("links[0].url", "link.handle")));
	}
}
