package red.cardinal.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a name is said given name first ("Ada Lovelace") or family name first, as in Korean,
 * Japanese, Chinese and Hungarian ("김민준", "Nagy László"). {@link #AUTO} puts the family name first
 * when the name is written in Hangul, Han or Kana, the scripts of the cultures that do (a name whose
 * parts mix scripts keeps the given name first).
 */
public enum NameOrder {

	AUTO("auto"), GIVEN_FIRST("givenFirst"), FAMILY_FIRST("familyFirst");

	private final String id;

	NameOrder(String id) {
		this.id = id;
	}

	@JsonValue
	public String id() {
		return id;
	}

	/** The order for this id ({@code auto}, {@code givenFirst}, {@code familyFirst}); AUTO for null. */
	@JsonCreator
	public static NameOrder of(String id) {
		if (id == null || id.isBlank()) {
			return AUTO;
		}
		for (NameOrder order : values()) {
			if (order.id.equalsIgnoreCase(id.strip())) {
				return order;
			}
		}
		throw new IllegalArgumentException("name.order.invalid");
	}

	boolean familyFirst(String given, String family) {
		return switch (this) {
			case GIVEN_FIRST -> false;
			case FAMILY_FIRST -> true;
			case AUTO -> eastAsian(family) && (given == null || given.isBlank() || eastAsian(given));
		};
	}

	/** Whether the text is written in Hangul, Han or Kana (and nothing but spaces between). */
	static boolean eastAsian(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return text.strip().codePoints().allMatch(c -> Character.isSpaceChar(c) || switch (Character.UnicodeScript.of(c)) {
			case HANGUL, HAN, HIRAGANA, KATAKANA -> true;
			default -> false;
		});
	}
}
