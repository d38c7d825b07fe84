package red.cardinal.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import red.cardinal.site.web.CardPage.BioPart;

/**
 * Splits a plain-text bio into text, line breaks and links. Only http(s) URLs and addresses that
 * start with {@code www.} (taken as https) become links, and the template escapes every part, so
 * nothing in a bio can become markup.
 */
final class BioText {

	private static final Pattern URL = Pattern.compile("(?:https?://|(?<![\\w@./-])www\\.)[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	private static final String TRAILING = ".,;:!?)]}'\"";

	private BioText() {
	}

	static List<BioPart> parse(String bio) {
		var parts = new ArrayList<BioPart>();
		if (bio == null) {
			return parts;
		}
		String[] lines = bio.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				parts.add(new BioPart("\n", null));
			}
			line(lines[i], parts);
		}
		return parts;
	}

	private static void line(String line, List<BioPart> parts) {
		Matcher m = URL.matcher(line);
		int at = 0;
		while (m.find()) {
			String url = m.group();
			int end = url.length();
			while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
				end--;
			}
			url = url.substring(0, end);
			boolean www = url.regionMatches(true, 0, "www.", 0, 4);
			if (url.length() <= (www ? "www.".length() : "https://".length()) || www && !url.substring(4).contains(".")) {
				continue;
			}
			if (m.start() > at) {
				parts.add(new BioPart(line.substring(at, m.start()), null));
			}
			parts.add(new BioPart(url.replaceFirst("(?i)^https?://", ""), www ? "https://" + url : url));
			at = m.start() + url.length();
		}
		if (at < line.length()) {
			parts.add(new BioPart(line.substring(at), null));
		}
	}
}
