package red.cardinal.card.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import red.cardinal.card.Card;

/**
 * A short digest of each part of a card as the editor shows it, carried in the form: when a save
 * meets a newer version, comparing them says what changed elsewhere since the form was read.
 */
final class Fingerprints {

	/** Each part, by the message key of its name in the editor. */
	private static final List<String> PARTS = List.of("field.slug", "field.published", "editor.photo",
			"editor.section.person", "field.bio", "editor.section.phones", "editor.section.emails",
			"editor.section.websites", "editor.section.addresses", "editor.section.links", "editor.section.services",
			"design.heading", "editor.sections");

	private Fingerprints() {
	}

	/** The card's fingerprint, as the form carries it: one digest per part, comma-separated. */
	static String of(Card card) {
		return String.join(",", parts(card).values());
	}

	/** The message keys of the parts whose digest differs between {@code sent} (from a form) and the card now. */
	static List<String> changed(String sent, Card now) {
		String[] before = sent == null ? new String[0] : sent.split(",", -1);
		var after = parts(now);
		if (before.length != after.size()) {
			return List.of();
		}
		int i = 0;
		var changed = new java.util.ArrayList<String>();
		for (var part : after.entrySet()) {
			if (!part.getValue().equals(before[i++])) {
				changed.add(part.getKey());
			}
		}
		return changed;
	}

	private static Map<String, String> parts(Card c) {
		Object[] values = { c.getSlug(), c.isPublished(), c.getPhotoKey(),
				List.of(String.valueOf(c.getName()), String.valueOf(c.getJobTitle()), String.valueOf(c.getOrganization())),
				c.getBio(), c.getPhones(), c.getEmails(), c.getWebsites(), c.getAddresses(), c.getLinks(), c.getServices(),
				c.getDesign().encode(), c.getSectionsVersion() };
		var parts = new LinkedHashMap<String, String>();
		for (int i = 0; i < PARTS.size(); i++) {
			parts.put(PARTS.get(i), digest(String.valueOf(values[i])));
		}
		return parts;
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
