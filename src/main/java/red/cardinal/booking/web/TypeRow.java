package red.cardinal.booking.web;

import java.util.ArrayList;
import java.util.List;

/**
 * An appointment type in the editor: its name, length, place and questions. The key (its name in
 * links) is kept in a hidden field; a new type's is made from its name.
 */
public class TypeRow {

	private String key;
	private String name;
	private String minutes = "30";
	private String location;
	private List<String> questions = new ArrayList<>();

	public TypeRow() {
	}

	TypeRow(String key, String name, String minutes, String location, List<String> questions) {
		this.key = key;
		this.name = name;
		this.minutes = minutes;
		this.location = location;
		this.questions = new ArrayList<>(questions);
	}

	/** No name, place or question: dropped before validation (the length alone has a default). */
	boolean blank() {
		return BookingRow.blank(name) && BookingRow.blank(location) && questions.stream().allMatch(BookingRow::blank);
	}

	/** The length as a number; 0 (refused by validation) for anything else. */
	int minutesValue() {
		String m = minutes == null ? "" : minutes.strip();
		return m.matches("\\d{1,4}") ? Integer.parseInt(m) : 0;
	}

	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getMinutes() { return minutes; }
	public void setMinutes(String minutes) { this.minutes = minutes; }
	public String getLocation() { return location; }
	public void setLocation(String location) { this.location = location; }
	public List<String> getQuestions() { return questions; }
	public void setQuestions(List<String> questions) { this.questions = questions == null ? new ArrayList<>() : questions; }
}
