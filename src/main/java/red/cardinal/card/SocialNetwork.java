package red.cardinal.card;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The networks whose links get their own icon and name; anything else is {@link #CUSTOM}. */
public enum SocialNetwork {

	LINKEDIN("LinkedIn", "linkedin.com", "lnkd.in"),
	X("X", "x.com", "twitter.com"),
	INSTAGRAM("Instagram", "instagram.com", "instagr.am"),
	FACEBOOK("Facebook", "facebook.com", "fb.com", "fb.me"),
	YOUTUBE("YouTube", "youtube.com", "youtu.be"),
	TIKTOK("TikTok", "tiktok.com"),
	GITHUB("GitHub", "github.com"),
	TELEGRAM("Telegram", "t.me", "telegram.me"),
	THREADS("Threads", "threads.net", "threads.com"),
	MASTODON("Mastodon"),
	CUSTOM("Link");

	private final String displayName;
	private final List<String> hosts;

	SocialNetwork(String displayName, String... hosts) {
		this.displayName = displayName;
		this.hosts = List.of(hosts);
	}

	public String displayName() {
		return displayName;
	}

	/** The lower-case id used in JSON and for icons: {@code linkedin}, {@code custom}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Recognises the network of an http(s) URL by its host; Mastodon by its {@code /@user} path. */
	public static SocialNetwork of(String url) {
		try {
			URI uri = URI.create(url);
			String host = uri.getHost();
			if (host == null || !"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
				return CUSTOM;
			}
			host = host.toLowerCase(Locale.ROOT);
			for (SocialNetwork network : values()) {
				for (String known : network.hosts) {
					if (host.equals(known) || host.endsWith("." + known)) {
						return network;
					}
				}
			}
			String path = uri.getPath();
			return path != null && path.matches("/@[A-Za-z0-9_]+/?") ? MASTODON : CUSTOM;
		}
		catch (IllegalArgumentException e) {
			return CUSTOM;
		}
	}
}
