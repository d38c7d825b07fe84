package red.cardinal.wallet;

import java.awt.Color;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import red.cardinal.contact.QrOptions;

/**
 * An email signature as mail clients keep it: one table, inline styles only (Gmail and Outlook drop
 * {@code <style>} and classes), absolute image URLs, no script and nothing that tracks; every text
 * of the card escaped.
 */
final class SignatureHtml {

	static final List<String> LAYOUTS = List.of("photo", "simple", "qr");

	private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";

	private SignatureHtml() {
	}

	static String html(CardFace face, String layout) {
		String accent = onWhite(face.accent(), "#1a4f8b");
		String ink = onWhite(face.text(), "#1c1c1f");
		var html = new StringBuilder(1500);
		html.append("<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" role=\"presentation\" style=\"border-collapse:collapse;")
			.append(FONT).append("font-size:14px;line-height:1.45;color:").append(ink).append("\"><tr>");
		if ("photo".equals(layout) && face.photoUrl() != null) {
			html.append("<td style=\"padding:0 14px 0 0;vertical-align:top\"><img src=\"").append(e(face.photoUrl()))
				.append("\" width=\"72\" height=\"72\" alt=\"").append(e(face.name()))
				.append("\" style=\"display:block;border:0;width:72px;height:72px;border-radius:36px\"></td>");
		}
		html.append("<td style=\"vertical-align:top;padding:0 0 0 12px;border-left:3px solid ").append(accent).append("\">");
		html.append("<div style=\"font-size:16px;font-weight:bold;color:").append(ink).append("\">").append(e(face.name()))
			.append("</div>");
		if (face.role() != null) {
			html.append("<div style=\"color:#555555\">").append(e(face.role())).append("</div>");
		}
		String link = "color:" + accent + ";text-decoration:none";
		if (face.phone() != null) {
			html.append("<div><a href=\"tel:").append(face.phone()).append("\" style=\"").append(link).append("\">")
				.append(face.phone()).append("</a></div>");
		}
		if (face.email() != null) {
			html.append("<div><a href=\"mailto:").append(e(face.email())).append("\" style=\"").append(link).append("\">")
				.append(e(face.email())).append("</a></div>");
		}
		html.append("<div><a href=\"").append(e(face.cardUrl())).append("\" style=\"").append(link)
			.append(";font-weight:bold\">").append(e(face.shortUrl())).append("</a></div></td>");
		if ("qr".equals(layout)) {
			html.append("<td style=\"padding:0 0 0 14px;vertical-align:top\"><a href=\"").append(e(face.cardUrl()))
				.append("\"><img src=\"").append(e(face.qrUrl())).append("\" width=\"80\" height=\"80\" alt=\"QR: ")
				.append(e(face.shortUrl())).append("\" style=\"display:block;border:0;width:80px;height:80px\"></a></td>");
		}
		return html.append("</tr></table>").toString();
	}

	/** The same as plain text, for clients (and people) who take no HTML. */
	static String text(CardFace face) {
		var text = new StringBuilder("--\n").append(face.name()).append('\n');
		if (face.role() != null) {
			text.append(face.role()).append('\n');
		}
		if (face.phone() != null) {
			text.append(face.phone()).append('\n');
		}
		if (face.email() != null) {
			text.append(face.email()).append('\n');
		}
		return text.append(face.cardUrl()).append('\n').toString();
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** The colour when it reads on a white mail body (WCAG AA), else the fallback. */
	private static String onWhite(String hex, String fallback) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return fallback;
		}
		return QrOptions.contrast(Color.decode(hex), Color.WHITE) >= 4.5 ? hex : fallback;
	}
}
