package red.cardinal.contact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

import red.cardinal.card.Address;
import red.cardinal.card.CardDetails;
import red.cardinal.card.Email;
import red.cardinal.card.Link;
import red.cardinal.card.PersonName;
import red.cardinal.card.Phone;
import red.cardinal.card.SocialNetwork;
import red.cardinal.card.Website;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.shared.SafeUrl;
import red.cardinal.shared.Violation;

/**
 * Reads a contact exported by a phone or mail program (vCard 2.1, 3.0 or 4.0) into card details.
 * A value the card cannot hold (a number without a country, a {@code javascript:} URL) is skipped
 * and named, never a reason to refuse the rest; a file that is not a vCard is refused whole.
 */
public final class VCardReader {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_PROPERTIES = 2000;

	static final int MAX_ITEMS = 30;

	/** What was read: the details, the photo (or null) and what was left out, as message keys with their value. */
	public record Imported(CardDetails details, byte[] photo, List<Violation> skipped) {
	}

	private final List<Violation> skipped = new ArrayList<>();
	private final String region;

	private VCardReader(Locale locale) {
		this.region = locale == null || locale.getCountry().isEmpty() ? null : locale.getCountry();
	}

	/**
	 * @param locale its country is where numbers without {@code +} are read
	 * @throws InvalidInputException naming {@code file} when this is no vCard, or too large
	 */
	public static Imported read(byte[] file, Locale locale) {
		if (file.length > MAX_BYTES) {
			throw refused("import.tooLarge", MAX_BYTES / 1024);
		}
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, 11) || text.indexOf('\0') >= 0) {
			throw refused("import.notVcard");
		}
		List<VCard> cards;
		try {
			cards = Ezvcard.parse(text).all();
		}
		catch (RuntimeException e) {
			throw refused("import.notVcard");
		}
		if (cards.isEmpty()) {
			throw refused("import.notVcard");
		}
		// a phone's export of several contacts: take the first that names someone
		VCard vcard = cards.stream().filter(VCardReader::named).findFirst().orElse(cards.get(0));
		if (vcard.getProperties().size() > MAX_PROPERTIES) {
			throw refused("import.tooMany", MAX_PROPERTIES);
		}
		var reader = new VCardReader(locale);
		if (cards.size() > 1) {
			reader.skipped.add(Violation.of("file", "import.onlyFirst", cards.size()));
		}
		return reader.map(vcard);
	}

	private Imported map(VCard vcard) {
		PersonName name = name(vcard);
		String organization = vcard.getOrganization() == null ? null
				: line(String.join(", ", vcard.getOrganization().getValues()), 150, "organization");
		String title = vcard.getTitles().isEmpty() ? null : line(vcard.getTitles().get(0).getValue(), 150, "jobTitle");
		String bio = vcard.getNotes().isEmpty() ? null : text(vcard.getNotes().get(0).getValue(), 2000, "bio");
		var phones = new ArrayList<Phone>();
		vcard.getTelephoneNumbers().forEach(tel -> add(phones, phone(tel), "phones"));
		var emails = new ArrayList<Email>();
		vcard.getEmails().forEach(e -> add(emails, email(e.getValue(), e.getTypes()), "emails"));
		var websites = new ArrayList<Website>();
		var links = new ArrayList<Link>();
		Set<String> seen = new LinkedHashSet<>();
		vcard.getUrls().forEach(u -> url(u.getValue(), websites, links, seen));
		for (RawProperty profile : vcard.getExtendedProperties("X-SOCIALPROFILE")) {
			url(profile.getValue(), websites, links, seen);
		}
		var addresses = new ArrayList<Address>();
		vcard.getAddresses().forEach(a -> add(addresses, address(a), "addresses"));
		byte[] photo = vcard.getPhotos().stream().map(Photo::getData).filter(d -> d != null).findFirst().orElse(null);
		var details = new CardDetails(null, false, name, title, organization, bio, phones, emails, websites, addresses,
				links, List.of());
		return new Imported(details, photo, List.copyOf(skipped));
	}

	static boolean named(VCard vcard) {
		StructuredName n = vcard.getStructuredName();
		return n != null && !(blank(n.getGiven()) && blank(n.getFamily()))
				|| vcard.getFormattedName() != null && !blank(vcard.getFormattedName().getValue())
				|| vcard.getOrganization() != null && !vcard.getOrganization().getValues().isEmpty();
	}

	private PersonName name(VCard vcard) {
		StructuredName n = vcard.getStructuredName();
		if (n == null || (blank(n.getGiven()) && blank(n.getFamily()))) {
			String formatted = vcard.getFormattedName() == null ? null : vcard.getFormattedName().getValue();
			if (blank(formatted) && vcard.getOrganization() == null && !vcard.getEmails().isEmpty()) {
				// nothing but an address: its local part is the best name there is, and the owner can edit it
				formatted = String.valueOf(vcard.getEmails().get(0).getValue()).replaceAll("@.*", "");
			}
			return new PersonName(null, line(formatted, 100, "name.given"), null, null, null);
		}
		return new PersonName(line(first(n.getPrefixes()), 50, "name.prefix"), line(n.getGiven(), 100, "name.given"),
				line(first(n.getAdditionalNames()), 100, "name.middle"), line(n.getFamily(), 100, "name.family"),
				line(first(n.getSuffixes()), 50, "name.suffix"));
	}

	private Phone phone(Telephone tel) {
		String raw = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
		if (raw == null) {
			return null;
		}
		try {
			var types = tel.getTypes();
			String type = types.contains(TelephoneType.FAX) ? "fax" : types.contains(TelephoneType.CELL) ? "cell"
					: types.contains(TelephoneType.HOME) ? "home" : types.contains(TelephoneType.WORK) ? "work" : "cell";
			return new Phone(type, PhoneNumber.parse(raw, region).e164(), false);
		}
		catch (IllegalArgumentException e) {
			skipped.add(Violation.of("phones", "import.skipped.phone", shorten(raw)));
			return null;
		}
	}

	private Email email(String address, List<EmailType> types) {
		if (address == null || address.length() > 254 || !address.matches("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+")) {
			skipped.add(Violation.of("emails", "import.skipped.email", shorten(address)));
			return null;
		}
		return new Email(types.contains(EmailType.HOME) ? "home" : types.contains(EmailType.WORK) ? "work" : "other",
				address.strip());
	}

	private void url(String value, List<Website> websites, List<Link> links, Set<String> seen) {
		try {
			String url = SafeUrl.parse(value).value();
			if (url.length() > 2000 || !seen.add(url)) {
				return;
			}
			if (SocialNetwork.of(url) != SocialNetwork.CUSTOM) {
				add(links, new Link(url, null), "links");
			}
			else {
				add(websites, new Website(null, url), "websites");
			}
		}
		catch (IllegalArgumentException e) {
			skipped.add(Violation.of("websites", "import.skipped.url", shorten(value)));
		}
	}

	private Address address(ezvcard.property.Address a) {
		var types = a.getTypes();
		var address = new Address(types.contains(AddressType.HOME) ? "home" : types.contains(AddressType.WORK) ? "work" : "other",
				line(a.getStreetAddressFull(), 200, "addresses"), line(a.getLocality(), 100, "addresses"),
				line(a.getRegion(), 100, "addresses"), line(a.getPostalCode(), 20, "addresses"),
				line(a.getCountry(), 100, "addresses"));
		boolean empty = address.street() == null && address.locality() == null && address.region() == null
				&& address.postalCode() == null && address.country() == null;
		return empty ? null : address;
	}

	private <T> void add(List<T> list, T item, String field) {
		if (item == null) {
			return;
		}
		if (list.size() == MAX_ITEMS) {
			skipped.add(Violation.of(field, "import.skipped.more", MAX_ITEMS));
			return;
		}
		list.add(item);
	}

	/** One line: line breaks become commas, control characters go, and overlong text is cut with a note. */
	private String line(String value, int max, String field) {
		if (blank(value)) {
			return null;
		}
		String s = value.strip().replaceAll("\\s*[\\r\\n]+\\s*", ", ").replaceAll("\\p{Cntrl}", "");
		return cut(s.replaceAll(",\\s*$", ""), max, field);
	}

	private String text(String value, int max, String field) {
		if (blank(value)) {
			return null;
		}
		return cut(value.strip().replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""), max, field);
	}

	private String cut(String s, int max, String field) {
		if (s.length() <= max) {
			return s;
		}
		skipped.add(Violation.of(field, "import.cut", max));
		return s.substring(0, max);
	}

	private static String first(List<String> values) {
		return values.isEmpty() ? null : values.get(0);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String shorten(String s) {
		return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
	}

	private static InvalidInputException refused(String code, Object... args) {
		return new InvalidInputException(Violation.of("file", code, args));
	}
}
