package red.cardinal.booking;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * When visitors may book time with a card's owner: the owner's IANA time zone, weekly hours
 * (several ranges per day), date overrides, buffers, notice, horizon, a daily maximum and the
 * appointment types. Times of day are {@code HH:mm} in the owner's zone.
 */
public record BookingSettings(boolean enabled, String timeZone, boolean requireApproval, int bufferBeforeMinutes,
		int bufferAfterMinutes, int minNoticeMinutes, int horizonDays, int maxPerDay, List<Weekly> weekly,
		List<Override> overrides, List<Type> types) {

	public static final BookingSettings OFF = new BookingSettings(false, null, false, 0, 0, 0, 60, 0, null, null, null);

	public BookingSettings {
		weekly = weekly == null ? List.of() : List.copyOf(weekly);
		overrides = overrides == null ? List.of() : List.copyOf(overrides);
		types = types == null ? List.of() : List.copyOf(types);
	}

	/** Open hours on a weekday ({@code MONDAY}), {@code from} before {@code to}. */
	public record Weekly(String day, String from, String to) {
	}

	/** A date that is closed, or open only from {@code from} to {@code to}. */
	public record Override(String date, boolean closed, String from, String to) {
	}

	/** A kind of appointment: {@code key} in URLs, its name, length, where it happens, and what to ask the visitor. */
	public record Type(String key, String name, int minutes, String location, List<String> questions) {

		public Type {
			questions = questions == null ? List.of() : List.copyOf(questions);
		}

		public Type(String key, String name, int minutes, String location) {
			this(key, name, minutes, location, null);
		}
	}

	public Type type(String key) {
		return types.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
	}

	String encode() {
		return JsonMapper.shared().writeValueAsString(this);
	}

	static BookingSettings decode(String json) {
		return json == null ? OFF : JsonMapper.shared().readValue(json, BookingSettings.class);
	}
}
