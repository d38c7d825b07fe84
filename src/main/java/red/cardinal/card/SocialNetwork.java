package red.cardinal.card;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The networks whose links get their own icon and name; anything else is {@link #CUSTOM}. */
public enum SocialNetwork {

	LINKEDIN("LinkedIn", "https://www.linkedin.com/in/", "linkedin.com", "lnkd.in"),
	X("X", "https://x.com/", "x.com", "twitter.com"),
	INSTAGRAM("Instagram", "https://www.instagram.com/", "instagram.com", "instagr.am"),
	FACEBOOK("Facebook", "https://www.facebook.com/", "facebook.com", "fb.com", "fb.me"),
	YOUTUBE("YouTube", "https://www.youtube.com/@", "youtube.com", "youtu.be"),
	TIKTOK("TikTok", "https://www.tiktok.com/@", "tiktok.com"),
	GITHUB("GitHub", "https://github.com/", "github.com"),
	TELEGRAM("Telegram", "https://t.me/", "t.me", "telegram.me"),
	THREADS("Threads", "https://www.threads.net/@", "threads.net", "threads.com"),
	MASTODON("Mastodon", null),
	CUSTOM("Link", null);

	/** A username as people write it: {@code @ana.garcia}, {@code ana_garcia}. */
	private static final Pattern HANDLE = Pattern.compile("@?([A-Za-z0-9_][A-Za-z0-9._-]{0,99})");

	/** A fediverse address, {@code @ana@mastodon.social}. */
	private static final Pattern FEDIVERSE = Pattern.compile("@?([A-Za-z0-9_]{1,64})@([A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,5})");

	private final String displayName;
	private final String profilePrefix;
	private final List<String> hosts;

	SocialNetwork(String displayName, String profilePrefix, String... hosts) {
		this.displayName = displayName;
		this.profilePrefix = profilePrefix;
		this.hosts = List.of(hosts);
	}

	/** The networks whose profiles a username alone can address. */
	public static List<SocialNetwork> withHandles() {
		return Arrays.stream(values()).filter(n -> n.profilePrefix != null).toList();
	}

	/**
	 * The profile URL for a username on this network ({@code @ana} on Instagram is
	 * {@code https://www.instagram.com/ana}), or empty when the text is not a username or the
	 * network has no such address.
	 */
	public Optional<String> profile(String handle) {
		Matcher m = HANDLE.matcher(handle == null ? "" : handle.strip());
		return profilePrefix == null || !m.matches() ? Optional.empty() : Optional.of(profilePrefix + m.group(1));
	}

	/** The profile URL of a fediverse address ({@code @ana@mastodon.social} → {@code https://mastodon.social/@ana}). */
	public static Optional<String> fediverse(String text) {
		Matcher m = FEDIVERSE.matcher(text == null ? "" : text.strip());
		return m.matches() ? Optional.of("https://" + m.group(2).toLowerCase(Locale.ROOT) + "/@" + m.group(1))
				: Optional.empty();
	}

	/** Whether the text is a username alone ({@code @ana}), which needs its network to be a link. */
	public static boolean handle(String text) {
		return text != null && text.strip().startsWith("@") && HANDLE.matcher(text.strip()).matches();
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
