package red.cardinal.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import red.cardinal.design.Design;
import red.cardinal.design.DesignValidation;
import red.cardinal.shared.Countries;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.shared.SafeUrl;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Slug;
import red.cardinal.shared.Violation;

/**
 * Checks and normalises {@link CardDetails}: trims, turns blanks into nulls, phone numbers into
 * E.164 and URLs into {@link SafeUrl}s. Every problem is collected, named by its JSON path
 * ({@code links[0].url}), so the owner sees all of them at once and nothing is half-saved.
 */
final class CardValidation {

	static final Set<String> PHONE_TYPES = Set.of("cell", "work", "home", "fax");
	static final Set<String> PLACE_TYPES = Set.of("work", "home", "other");
	static final int MAX_ITEMS = 30;

	private final List<Violation> violations = new ArrayList<>();
	private final String localeRegion;
	private String region;

	private CardValidation(Locale locale) {
		this.localeRegion = locale == null || locale.getCountry().isEmpty() ? null : locale.getCountry();
	}

	/**
	 * The details, normalised; or an {@link InvalidInputException} listing every problem.
	 * @param locale the editor's locale; numbers without {@code +} are read in the country of the card's
	 *     first address that names one, else in the locale's country
	 */
	static CardDetails validate(CardDetails d, Locale locale) {
		var v = new CardValidation(locale);
		var result = v.check(d);
		if (!v.violations.isEmpty()) {
			throw new InvalidInputException(v.violations);
		}
		return result;
	}

	private CardDetails check(CardDetails d) {
		String slug = null;
		String slugProblem = Slug.problem(d.slug());
		if (slugProblem != null) {
			violations.add(Violation.of("slug", slugProblem));
		}
		else {
			slug = Slug.normalize(d.slug());
		}
		PersonName n = d.name();
		var name = new PersonName(line("name.prefix", n.prefix(), 50), line("name.given", n.given(), 100),
				line("name.middle", n.middle(), 100), line("name.family", n.family(), 100),
				line("name.suffix", n.suffix(), 50), n.order());
		String organization = line("organization", d.organization(), 150);
		if (name.given() == null && name.family() == null && organization == null) {
			violations.add(Violation.of("name.given", "card.name.required"));
		}
		region = d.addresses().stream()
			.filter(java.util.Objects::nonNull)
			.map(a -> Countries.code(a.country()))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(localeRegion);
		List<Phone> phones = list("phones", d.phones(), this::phone);
		return new CardDetails(slug, d.published(), name, line("jobTitle", d.jobTitle(), 150), organization,
				text("bio", d.bio(), 2000), phones,
				list("emails", d.emails(), this::email), list("websites", d.websites(), this::website),
				list("addresses", d.addresses(), this::address), list("links", d.links(), this::link),
				list("services", d.services(), this::service), design(d.design()));
	}

	private Design design(Design d) {
		if (d == null) {
			return null;
		}
		try {
			return DesignValidation.validate(d, "design.");
		}
		catch (InvalidInputException e) {
			violations.addAll(e.violations());
			return null;
		}
	}

	private Phone phone(String at, Phone p) {
		String type = type(at + ".type", p.type(), PHONE_TYPES, "cell");
		String number = null;
		try {
			number = PhoneNumber.parse(p.number(), region).e164();
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of(at + ".number", e.getMessage()));
		}
		return new Phone(type, number, p.whatsapp());
	}

	private Email email(String at, Email e) {
		String address = line(at + ".address", e.address(), 254);
		if (address == null) {
			violations.add(Violation.of(at + ".address", "email.required"));
		}
		else if (!TextInput.email(address)) {
			violations.add(Violation.of(at + ".address", "email.invalid"));
		}
		return new Email(type(at + ".type", e.type(), PLACE_TYPES, "work"), address);
	}

	private Website website(String at, Website w) {
		return new Website(line(at + ".label", w.label(), 100), url(at + ".url", w.url()));
	}

	private Address address(String at, Address a) {
		var address = new Address(type(at + ".type", a.type(), PLACE_TYPES, "work"),
				line(at + ".street", a.street(), 200), line(at + ".locality", a.locality(), 100),
				line(at + ".region", a.region(), 100), line(at + ".postalCode", a.postalCode(), 20),
				line(at + ".country", a.country(), 100));
		if (address.street() == null && address.locality() == null && address.region() == null
				&& address.postalCode() == null && address.country() == null) {
			violations.add(Violation.of(at + ".street", "address.empty"));
		}
		return address;
	}

	private Link link(String at, Link l) {
		String url = l.url() == null ? null : SocialNetwork.fediverse(l.url()).orElse(l.url());
		if (SocialNetwork.handle(url)) {
			violations.add(Violation.of(at + ".url", "link.handle"));
			return new Link(url, line(at + ".label", l.label(), 100));
		}
		return new Link(url(at + ".url", url), line(at + ".label", l.label(), 100));
	}

	private Service service(String at, Service s) {
		String title = line(at + ".title", s.title(), 150);
		if (title == null) {
			violations.add(Violation.of(at + ".title", "service.title.required"));
		}
		return new Service(title, text(at + ".description", s.description(), 1000), line(at + ".price", s.price(), 50));
	}

	private <T> List<T> list(String field, List<T> items, BiFunction<String, T, T> check) {
		if (items.size() > MAX_ITEMS) {
			violations.add(Violation.of(field, "list.tooMany", MAX_ITEMS));
			return List.of();
		}
		var result = new ArrayList<T>();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) == null) {
				violations.add(Violation.of(field + "[" + i + "]", "error.required"));
			}
			else {
				result.add(check.apply(field + "[" + i + "]", items.get(i)));
			}
		}
		return result;
	}

	private String url(String field, String value) {
		String text = line(field, value, 2000);
		if (text == null) {
			violations.add(Violation.of(field, "url.required"));
			return null;
		}
		try {
			return SafeUrl.parse(text).value();
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of(field, e.getMessage()));
			return text;
		}
	}

	private String type(String field, String value, Set<String> allowed, String fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String type = value.strip().toLowerCase(Locale.ROOT);
		if (!allowed.contains(type)) {
			violations.add(Violation.of(field, "type.invalid", String.join(", ", allowed.stream().sorted().toList())));
		}
		return type;
	}

	private String line(String field, String value, int max) {
		return TextInput.line(field, value, max, violations);
	}

	private String text(String field, String value, int max) {
		return TextInput.text(field, value, max, violations);
	}
}
