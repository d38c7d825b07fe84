package red.cardinal.booking.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import red.cardinal.booking.BookingSettings;

/**
 * The booking part of the editor's form, as rows: ranges of weekly hours (each with its weekday),
 * dates that differ, and appointment types with their questions. Rows left blank are dropped by
 * {@link #normalise()} before validation, so the errors' indexes name the rows as shown.
 */
public class BookingRow {

	private boolean enabled;
	private String timeZone;
	private boolean requireApproval;
	private int bufferBeforeMinutes;
	private int bufferAfterMinutes;
	private int minNoticeMinutes = 120;
	private int horizonDays = 60;
	private int maxPerDay;
	private List<WeeklyRow> weekly = new ArrayList<>();
	private List<OverrideRow> overrides = new ArrayList<>();
	private List<TypeRow> types = new ArrayList<>();

	/**
	 * The rows of stored settings; for a card that never had any, weekdays 09:00-17:00 and one
	 * 30-minute type of that name.
	 */
	static BookingRow of(BookingSettings b, String firstTypeName) {
		var row = new BookingRow();
		if (b == null || b.timeZone() == null && !b.enabled()) {
			for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
				row.weekly.add(new WeeklyRow(day, "09:00", "17:00"));
			}
			row.types.add(new TypeRow("call", firstTypeName, "30", null, List.of()));
			return row;
		}
		row.enabled = b.enabled();
		row.timeZone = b.timeZone();
		row.requireApproval = b.requireApproval();
		row.bufferBeforeMinutes = b.bufferBeforeMinutes();
		row.bufferAfterMinutes = b.bufferAfterMinutes();
		row.minNoticeMinutes = b.minNoticeMinutes();
		row.horizonDays = b.horizonDays();
		row.maxPerDay = b.maxPerDay();
		row.weekly = new ArrayList<>(b.weekly().stream().map(w -> new WeeklyRow(w.day(), w.from(), w.to())).toList());
		row.overrides = new ArrayList<>(b.overrides().stream()
			.map(o -> new OverrideRow(o.date(), o.closed(), o.from(), o.to())).toList());
		row.types = new ArrayList<>(b.types().stream()
			.map(t -> new TypeRow(t.key(), t.name(), Integer.toString(t.minutes()), t.location(), t.questions())).toList());
		return row;
	}

	/** Drops blank rows and questions, and gives each new type a key made from its name. */
	void normalise() {
		weekly = new ArrayList<>(weekly.stream().filter(r -> r != null && !r.blank()).toList());
		overrides = new ArrayList<>(overrides.stream().filter(r -> r != null && !r.blank()).toList());
		types = new ArrayList<>(types.stream().filter(r -> r != null && !r.blank()).toList());
		Set<String> keys = new HashSet<>();
		types.stream().map(TypeRow::getKey).filter(k -> !blank(k)).forEach(keys::add);
		for (TypeRow t : types) {
			t.setQuestions(new ArrayList<>(t.getQuestions().stream().filter(q -> !blank(q)).toList()));
			if (blank(t.getKey())) {
				t.setKey(key(t.getName(), keys));
			}
		}
	}

	BookingSettings toSettings() {
		var weeklyList = weekly.stream().map(w -> new BookingSettings.Weekly(w.getDay(), w.getFrom(), w.getTo())).toList();
		var overrideList = overrides.stream()
			.map(o -> new BookingSettings.Override(o.getDate(), o.isClosed(), o.isClosed() ? null : o.getFrom(),
					o.isClosed() ? null : o.getTo()))
			.toList();
		var typeList = types.stream()
			.map(t -> new BookingSettings.Type(t.getKey(), t.getName(), t.minutesValue(), t.getLocation(), t.getQuestions()))
			.toList();
		return new BookingSettings(enabled, timeZone, requireApproval, bufferBeforeMinutes, bufferAfterMinutes,
				minNoticeMinutes, horizonDays, maxPerDay, weeklyList, overrideList, typeList);
	}

	/** A key for links from a type's name ({@code Première visite} → {@code premiere-visite}), not yet taken. */
	static String key(String name, Set<String> taken) {
		String base = Normalizer.normalize(Objects.requireNonNullElse(name, ""), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-");
		base = base.length() > 24 ? base.substring(0, 24) : base;
		base = base.replaceAll("^-+|-+$", "");
		base = base.isEmpty() ? "type" : base;
		String key = base;
		for (int n = 2; !taken.add(key); n++) {
			key = base + "-" + n;
		}
		return key;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
	public String getTimeZone() { return timeZone; }
	public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
	public boolean isRequireApproval() { return requireApproval; }
	public void setRequireApproval(boolean requireApproval) { this.requireApproval = requireApproval; }
	public int getBufferBeforeMinutes() { return bufferBeforeMinutes; }
	public void setBufferBeforeMinutes(int v) { this.bufferBeforeMinutes = v; }
	public int getBufferAfterMinutes() { return bufferAfterMinutes; }
	public void setBufferAfterMinutes(int v) { this.bufferAfterMinutes = v; }
	public int getMinNoticeMinutes() { return minNoticeMinutes; }
	public void setMinNoticeMinutes(int v) { this.minNoticeMinutes = v; }
	public int getHorizonDays() { return horizonDays; }
	public void setHorizonDays(int v) { this.horizonDays = v; }
	public int getMaxPerDay() { return maxPerDay; }
	public void setMaxPerDay(int v) { this.maxPerDay = v; }
	public List<WeeklyRow> getWeekly() { return weekly; }
	public void setWeekly(List<WeeklyRow> weekly) { this.weekly = weekly == null ? new ArrayList<>() : weekly; }
	public List<OverrideRow> getOverrides() { return overrides; }
	public void setOverrides(List<OverrideRow> overrides) { this.overrides = overrides == null ? new ArrayList<>() : overrides; }
	public List<TypeRow> getTypes() { return types; }
	public void setTypes(List<TypeRow> types) { this.types = types == null ? new ArrayList<>() : types; }
}
