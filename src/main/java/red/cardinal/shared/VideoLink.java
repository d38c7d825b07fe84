package red.cardinal.shared;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YouTube or Vimeo video, recognised from the links people paste, with the privacy-enhanced
 * address to embed it from (youtube-nocookie.com; Vimeo with do-not-track).
 */
public record VideoLink(String provider, String id) {

	private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
	private static final Pattern VIMEO_ID = Pattern.compile("\\d{6,12}");

	/** The video of a link, or an {@link IllegalArgumentException} whose message is a message key. */
	public static VideoLink parse(String text) {
		URI uri;
		try {
			uri = SafeUrl.parse(text).uri();
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("video.invalid");
		}
		String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
		String path = uri.getPath() == null ? "" : uri.getPath();
		String candidate = switch (host) {
			case "youtu.be" -> path.replaceFirst("^/", "");
			case "youtube.com", "youtube-nocookie.com", "music.youtube.com" -> path.equals("/watch") ? query(uri, "v")
					: path.replaceFirst("^/(embed|shorts|live|v)/", "");
			case "vimeo.com", "player.vimeo.com" -> path.replaceFirst("^/(video/)?", "").replaceFirst("/.*$", "");
			default -> throw new IllegalArgumentException("video.provider");
		};
		boolean youtube = !host.contains("vimeo");
		if (candidate == null || !(youtube ? YOUTUBE_ID : VIMEO_ID).matcher(candidate).matches()) {
			throw new IllegalArgumentException("video.invalid");
		}
		return new VideoLink(youtube ? "youtube" : "vimeo", candidate);
	}

	/** Where people watch it. */
	public String watchUrl() {
		return "youtube".equals(provider) ? "https://www.youtube.com/watch?v=" + id : "https://vimeo.com/" + id;
	}

	/** Where it is embedded from, without tracking cookies. */
	public String embedUrl() {
		return "youtube".equals(provider) ? "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1"
				: "https://player.vimeo.com/video/" + id + "?dnt=1&autoplay=1";
	}

	private static String query(URI uri, String name) {
		if (uri.getRawQuery() == null) {
			return null;
		}
		Matcher m = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
		return m.find() ? m.group(1) : null;
	}
}
