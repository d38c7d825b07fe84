package red.cardinal.booking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import red.cardinal.booking.BookingSettings;

/**
 * The booking part of the editor's form. Hours, overrides and types are edited as lines of text:
 * {@code MONDAY 09:00-12:00, 13:00-17:00}, {@code 2026-12-24 closed} or {@code 2026-12-31 10:00-14:00},
 * and {@code call | 30 min call | 30 | https://meet.example/ana | What is it about?; Company}
 * (questions to the visitor last, separated by {@code ;}). Lines that cannot be read are kept
 * as they are, so validation names them.
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
	private String weekly = "MONDAY 09:00-17:00\nTUESDAY 09:00-17:00\nWEDNESDAY 09:00-17:00\nTHURSDAY 09:00-17:00\nFRIDAY 09:00-17:00";
	private String overrides;
	private String types = "call | Call | 30 |";

	static BookingRow of(BookingSettings b) {
		var row = new BookingRow();
		if (b == null || b.timeZone() == null && !b.enabled()) {
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
		Map<String, List<String>> days = new LinkedHashMap<>();
		b.weekly().forEach(w -> days.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(w.from() + "-" + w.to()));
		row.weekly = String.join("\n", days.entrySet().stream().map(e -> e.getKey() + " " + String.join(", ", e.getValue())).toList());
		row.overrides = String.join("\n", b.overrides().stream()
			.map(o -> o.date() + " " + (o.closed() ? "closed" : o.from() + "-" + o.to())).toList());
		row.types = String.join("\n", b.types().stream()
			.map(t -> t.key() + " | " + t.name() + " | " + t.minutes() + " | " + (t.location() == null ? "" : t.location())
					+ (t.questions().isEmpty() ? "" : " | " + String.join("; ", t.questions())))
			.toList());
		return row;
	}

	BookingSettings toSettings() {
		var weeklyList = new ArrayList<BookingSettings.Weekly>();
		for (String line : lines(weekly)) {
			String[] dayAndRanges = line.split("\\s+", 2);
			for (String range : (dayAndRanges.length > 1 ? dayAndRanges[1] : "").split(",")) {
				String[] times = range.strip().split("-", 2);
				weeklyList.add(new BookingSettings.Weekly(dayAndRanges[0], times[0], times.length > 1 ? times[1] : null));
			}
		}
		var overrideList = new ArrayList<BookingSettings.Override>();
		for (String line : lines(overrides)) {
			String[] parts = line.split("\\s+", 2);
			String rest = parts.length > 1 ? parts[1].strip() : "closed";
			String[] times = rest.split("-", 2);
			overrideList.add("closed".equalsIgnoreCase(rest) ? new BookingSettings.Override(parts[0], true, null, null)
					: new BookingSettings.Override(parts[0], false, times[0], times.length > 1 ? times[1] : null));
		}
		var typeList = new ArrayList<BookingSettings.Type>();
		for (String line : lines(types)) {
			String[] p = line.split("\\|", -1);
			int minutes;
			try {
				minutes = Integer.parseInt(p.length > 2 ? p[2].strip() : "");
			}
			catch (NumberFormatException e) {
				minutes = 0;
			}
			var questions = p.length > 4 ? java.util.Arrays.stream(p[4].split(";")).map(String::strip)
				.filter(q -> !q.isEmpty()).toList() : List.<String>of();
			typeList.add(new BookingSettings.Type(p[0].strip(), p.length > 1 ? p[1].strip() : null, minutes,
					p.length > 3 ? p[3].strip() : null, questions));
		}
		return new BookingSettings(enabled, timeZone, requireApproval, bufferBeforeMinutes, bufferAfterMinutes,
				minNoticeMinutes, horizonDays, maxPerDay, weeklyList, overrideList, typeList);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
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
	public String getWeekly() { return weekly; }
	public void setWeekly(String weekly) { this.weekly = weekly; }
	public String getOverrides() { return overrides; }
	public void setOverrides(String overrides) { this.overrides = overrides; }
	public String getTypes() { return types; }
	public void setTypes(String types) { this.types = types; }
}
