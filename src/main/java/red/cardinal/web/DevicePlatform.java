package red.cardinal.web;

/**
 * The phone platform a User-Agent names, for what only it can use (Apple Wallet on Apple devices,
 * Google Wallet on Android). A public page that differs by platform is kept per platform (see
 * {@link PublicPages#key}), so a kept page never shows another platform's buttons.
 */
public enum DevicePlatform {

	APPLE("+apple"), ANDROID("+android"), OTHER("");

	private final String keySuffix;

	DevicePlatform(String keySuffix) {
		this.keySuffix = keySuffix;
	}

	/**
	 * The platform of a User-Agent: an iPhone, iPad or iPod, or a Mac (iPadOS's Safari says
	 * Macintosh, and Safari on a Mac adds passes too), Android, or neither. Plain substrings: this runs
	 * on every public view.
	 */
	public static DevicePlatform of(String userAgent) {
		if (userAgent == null || userAgent.length() > 1000) {
			return OTHER;
		}
		if (userAgent.contains("Android")) {
			return ANDROID;
		}
		if (userAgent.contains("iPhone") || userAgent.contains("iPad") || userAgent.contains("iPod")
				|| userAgent.contains("Macintosh")) {
			return APPLE;
		}
		return OTHER;
	}

	/** What it adds to a kept page's key: nothing for {@link #OTHER}. */
	String keySuffix() {
		return keySuffix;
	}
}
