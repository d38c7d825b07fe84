package red.cardinal.contact.web;

import java.util.Map;

/** The owner's QR code page: the chosen options and a preview of them. */
public record QrOptionsPage(long cardId, String name, boolean published, Map<String, String> options,
		String previewUrl, String cardUrl) {

	public String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}
}
