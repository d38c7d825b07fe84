package red.cardinal.wallet.web;

import java.util.List;

import red.cardinal.wallet.EmailSignatures.Signature;

/** The signature and backgrounds screen: the chosen signature layout, its HTML and text, and what can be chosen. */
public record SignaturePage(long cardId, String name, boolean published, Signature signature, List<String> layouts,
		List<String> backgroundSizes, List<String> backgroundLayouts) {

	/** {@code 1920x1080} → {@code width=1920&height=1080}. */
	public String sizeQuery(String size) {
		String[] wh = size.split("x");
		return "width=" + wh[0] + "&height=" + wh[1];
	}
}
