package red.cardinal.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number in E.164 ({@code +14155550123}), the form {@code tel:} links, vCards and
 * {@code wa.me} all accept.
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	public PhoneNumber {
		if (!e164.matches("\\+[1-9]\\d{6,14}")) {
			throw new IllegalArgumentException("Not E.164: " + e164);
		}
	}

	/**
	 * Parses a number as people type it. Without a leading {@code +} the number is read in the
	 * given region (ISO 3166 code; may be null). Throws {@link IllegalArgumentException} whose
	 * message is a message key.
	 */
	public static PhoneNumber parse(String text, String defaultRegion) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("phone.required");
		}
		if (text.chars().anyMatch(Character::isISOControl) || text.length() > 40) {
			throw new IllegalArgumentException("phone.invalid");
		}
		try {
			var number = PHONES.parse(text.strip(), defaultRegion == null ? "ZZ" : defaultRegion);
			if (!PHONES.isPossibleNumber(number)) {
				throw new IllegalArgumentException("phone.invalid");
			}
			return new PhoneNumber(PHONES.format(number, PhoneNumberFormat.E164));
		}
		catch (NumberParseException e) {
			throw new IllegalArgumentException(
					e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE ? "phone.country"
							: "phone.invalid");
		}
	}

	/** The ISO 3166 code of the country this number belongs to, if libphonenumber knows one. */
	public java.util.Optional<String> region() {
		try {
			String region = PHONES.getRegionCodeForNumber(PHONES.parse(e164, "ZZ"));
			return region == null || "ZZ".equals(region) || "001".equals(region) ? java.util.Optional.empty()
					: java.util.Optional.of(region);
		}
		catch (NumberParseException e) {
			return java.util.Optional.empty();
		}
	}

	/** The country calling code for a region ({@code ES} → 34), or 0 when it has none. */
	public static int callingCode(String region) {
		return PHONES.getCountryCodeForRegion(region);
	}

	/** The digits alone, as {@code https://wa.me/<digits>} wants them. */
	public String digits() {
		return e164.substring(1);
	}

	/** For people to read: {@code +1 415-555-0123}. */
	public String international() {
		try {
			return PHONES.format(PHONES.parse(e164, "ZZ"), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException e) {
			return e164;
		}
	}

	@Override
	public String toString() {
		return e164;
	}
}
