package red.cardinal.wallet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import red.cardinal.card.Card;
import red.cardinal.card.Email;
import red.cardinal.card.Phone;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.web.Ui;

/**
 * A card's {@code pass.json}: a generic pass with the person's name in front, their title and
 * organisation below, a QR code of the card's address, and their numbers, addresses and card link on
 * the back. Built as a map and written by Jackson, so text from the card is only ever a JSON string.
 */
final class PassJson {

	/** The most of one card field a pass shows. */
	static final int MAX_TEXT = 200;

	/** The most phones and emails on the back of a pass. */
	static final int MAX_LINES = 5;

	private PassJson() {
	}

	static Map<String, Object> of(Card card, AppleCredentials credentials, String cardUrl, PassColors colors, Ui ui) {
		String name = text(card.displayName());
		var pass = new LinkedHashMap<String, Object>();
		pass.put("formatVersion", 1);
		pass.put("passTypeIdentifier", credentials.passTypeId());
		pass.put("teamIdentifier", credentials.teamId());
		pass.put("serialNumber", ApplePasses.serialNumber(card));
		pass.put("organizationName", card.getOrganization() != null ? text(card.getOrganization()) : name);
		pass.put("description", ui.t("wallet.pass.description", name));
		if (card.getOrganization() != null) {
			pass.put("logoText", text(card.getOrganization()));
		}
		pass.put("foregroundColor", PassColors.rgb(colors.foreground()));
		pass.put("labelColor", PassColors.rgb(colors.foreground()));
		pass.put("backgroundColor", PassColors.rgb(colors.background()));
		String scanned = cardUrl + "?src=qr";
		pass.put("barcodes", List.of(Map.of("format", "PKBarcodeFormatQR", "message", scanned, "messageEncoding",
				"iso-8859-1", "altText", cardUrl.replaceFirst("^https?://", ""))));
		var generic = new LinkedHashMap<String, Object>();
		generic.put("primaryFields", List.of(field("name", ui.t("wallet.pass.name"), name)));
		if (card.getJobTitle() != null) {
			generic.put("secondaryFields", List.of(field("title", ui.t("wallet.pass.title"), text(card.getJobTitle()))));
		}
		if (card.getOrganization() != null) {
			generic.put("auxiliaryFields",
					List.of(field("organization", ui.t("wallet.pass.organization"), text(card.getOrganization()))));
		}
		generic.put("backFields", back(card, cardUrl, ui));
		pass.put("generic", generic);
		return pass;
	}

	private static List<Map<String, Object>> back(Card card, String cardUrl, Ui ui) {
		var fields = new ArrayList<Map<String, Object>>();
		List<Phone> phones = card.getPhones();
		for (int i = 0; i < Math.min(phones.size(), MAX_LINES); i++) {
			var field = field("phone" + i, ui.t("wallet.pass.phone"), new PhoneNumber(phones.get(i).number()).international());
			field.put("dataDetectorTypes", List.of("PKDataDetectorTypePhoneNumber"));
			fields.add(field);
		}
		List<Email> emails = card.getEmails();
		for (int i = 0; i < Math.min(emails.size(), MAX_LINES); i++) {
			fields.add(field("email" + i, ui.t("wallet.pass.email"), text(emails.get(i).address())));
		}
		var link = field("card", ui.t("wallet.pass.card"), cardUrl);
		link.put("dataDetectorTypes", List.of("PKDataDetectorTypeLink"));
		fields.add(link);
		return fields;
	}

	private static Map<String, Object> field(String key, String label, String value) {
		var field = new LinkedHashMap<String, Object>();
		field.put("key", key);
		field.put("label", label);
		field.put("value", value);
		return field;
	}

	/** Card text as one line, capped: a pass field shows no more. */
	static String text(String value) {
		String line = value.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ").strip();
		return line.codePointCount(0, line.length()) <= MAX_TEXT ? line
				: line.substring(0, line.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
	}
}
