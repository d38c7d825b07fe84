package red.cardinal.contact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;

/**
 * Reads a contact exported by a phone or mail program (vCard 2.1, 3.0 or 4.0) into card details.
 * A value the card cannot hold (a number without a country, a {@code javascript:} URL) is skipped
 * and named, never a reason to refuse the rest; a file that is not a vCard is refused whole.
 */
public final class VCardReader {

	/** The largest file read; a larger one is refused by its size, before it is read. */
	public static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_PROPERTIES = 2000;

	static final int MAX_ITEMS = 30;

	/** Characters of one value read at most: every field keeps far fewer (at most 2,000). */
	static final int MAX_VALUE_CHARS = 10_000;

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
		Chosen chosen = choose(text);
		if (chosen.card().getProperties().size() > MAX_PROPERTIES) {
			throw refused("import.tooMany", MAX_PROPERTIES);
		}
		var reader = new VCardReader(locale);
		if (chosen.of() > 1) {
			reader.skipped.add(Violation.of("file", "import.onlyFirst", chosen.of()));
		}
		return reader.map(chosen.card());
	}

	/** The contact a file is read for, and how many the file holds. */
	private record Chosen(VCard card, int of) {
	}

	/**
	 * A phone's export of several contacts: the first that names someone, else the first. ez-vcard
	 * reads (unfolds, decodes, unescapes) the file one contact at a time, and only the first and
	 * the chosen one are kept: a megabyte of tiny contacts holds two in memory, not forty thousand.
	 */
	private static Chosen choose(String text) {
		VCard first = null;
		VCard named = null;
		int count = 0;
		try (var cards = new ezvcard.io.text.VCardReader(text)) {
			for (VCard card = cards.readNext(); card != null; card = cards.readNext()) {
				count++;
				first = first == null ? card : first;
				named = named == null && named(card) ? card : named;
			}
		}
		catch (IOException | RuntimeException e) {
			throw refused("import.notVcard");
		}
		if (first == null) {
			throw refused("import.notVcard");
		}
		return new Chosen(named != null ? named : first, count);
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
		var details = CardDetails.builder().name(name).jobTitle(title).organization(organization).bio(bio)
			.phones(phones).emails(emails).websites(websites).addresses(addresses).links(links).build();
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
		// the app's one address rule: what a card would refuse is skipped here, not the whole import
		if (!TextInput.email(address)) {
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

	/** One line (see {@link #oneLine}), overlong text cut with a note. */
	private String line(String value, int max, String field) {
		if (blank(value)) {
			return null;
		}
		String s = value.strip();
		// far beyond any field's own limit: the rest need not be read, the value is cut anyway
		boolean overlong = s.length() > MAX_VALUE_CHARS;
		String line = oneLine(overlong ? s.substring(0, MAX_VALUE_CHARS) : s);
		String kept = cut(line, max, field);
		if (overlong && kept.length() == line.length()) {
			skipped.add(Violation.of(field, "import.cut", max));
		}
		return kept;
	}

	/**
	 * A stripped value as one line: white space holding a line break becomes {@code ", "}, control
	 * characters go, and so does a trailing comma. Scanned by hand in one pass: the regular
	 * expressions this replaces ({@code \s*[\r\n]+\s*}, {@code ,\s*$}) backtracked over every run
	 * of spaces; 20,000 spaces in a name took 3.4 s, a 1 MB value would take hours.
	 */
	static String oneLine(String s) {
		var out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (regexSpace(c)) {
				// a run of white space: ", " if it holds a line break, else kept as it is
				int end = i;
				boolean lineBreak = false;
				while (end < s.length() && regexSpace(s.charAt(end))) {
					lineBreak |= s.charAt(end) == '\r' || s.charAt(end) == '\n';
					end++;
				}
				if (lineBreak) {
					out.append(", ");
				}
				else {
					for (int k = i; k < end; k++) {
						if (!control(s.charAt(k))) {
							out.append(s.charAt(k));
						}
					}
				}
				i = end;
			}
			else {
				if (!control(c)) {
					out.append(c);
				}
				i++;
			}
		}
		// a trailing comma and the white space after it, also before a final line terminator (as "$"
		// matched): \r and \n are gone by now, NEL and the Unicode separators may be left
		int tail = out.length();
		if (tail > 0 && "\u0085\u2028\u2029".indexOf(out.charAt(tail - 1)) >= 0) {
			tail--;
		}
		int end = tail;
		while (end > 0 && regexSpace(out.charAt(end - 1))) {
			end--;
		}
		if (end > 0 && out.charAt(end - 1) == ',') {
			out.delete(end - 1, tail);
		}
		return out.toString();
	}

	/** What {@code \p{Cntrl}} matches: the ASCII control characters. */
	private static boolean control(char c) {
		return c < 0x20 || c == 0x7F;
	}

	/** What {@code \s} matches in a Java regular expression: ASCII white space only. */
	private static boolean regexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
