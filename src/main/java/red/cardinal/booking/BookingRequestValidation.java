package red.cardinal.booking;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;

/** Checks what a visitor sends, every field before anything is stored: all the problems at once, or a valid request. */
final class BookingRequestValidation {

	/** A request whose every field passed: cleaned up, the phone in E.164, the answers as {@code question: answer} lines. */
	record Valid(BookingSettings.Type type, Instant start, String name, String email, String phone, String note,
			String visitorZone, String answers) {

		Instant end() {
			return start.plus(Duration.ofMinutes(type.minutes()));
		}
	}

	private BookingRequestValidation() {
	}

	/** @throws InvalidInputException naming each bad field (a time zone that does not exist included) */
	static Valid check(BookingSettings settings, BookingRequest request) {
		var violations = new ArrayList<Violation>();
		BookingSettings.Type type = settings.type(request.type() == null ? "" : request.type().strip());
		if (type == null) {
			violations.add(Violation.of("type", "booking.type.unknown"));
		}
		Instant start = start(request.start(), violations);
		String name = TextInput.line("name", request.name(), 100, violations);
		if (name == null) {
			violations.add(Violation.of("name", "booking.name.required"));
		}
		String email = request.email() == null ? null : request.email().strip();
		if (!TextInput.email(email)) {
			violations.add(Violation.of("email", "booking.email.invalid"));
		}
		String phone = phone(request.phone(), violations);
		String note = TextInput.text("note", request.note(), 1000, violations);
		String visitorZone = zone(request.timeZone(), violations);
		String answers = type == null ? null : answers(type, request.answers(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Valid(type, start, name, email, phone, note, visitorZone, answers);
	}

	/** A new start time, as ISO-8601 with an offset. */
	static Instant start(String text) {
		var violations = new ArrayList<Violation>();
		Instant start = start(text, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return start;
	}

	/** A reason given with a change: checked like any text, refused rather than stored when bad. */
	static String reason(String reason, int max) {
		var violations = new ArrayList<Violation>();
		String why = TextInput.text("reason", reason, max, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return why;
	}

	private static Instant start(String text, List<Violation> violations) {
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException | NullPointerException e) {
			violations.add(Violation.of("start", "booking.start.invalid"));
			return null;
		}
	}

	private static String phone(String text, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return PhoneNumber.parse(text, null).e164();
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of("phone", "booking.phone.invalid"));
			return null;
		}
	}

	/** The visitor's zone, or null when they gave none; one that does not exist is refused, not dropped. */
	private static String zone(String text, List<Violation> violations) {
		try {
			return text == null || text.isBlank() ? null : ZoneId.of(text.strip()).getId();
		}
		catch (DateTimeException e) {
			violations.add(Violation.of("timeZone", "booking.timeZone.invalid"));
			return null;
		}
	}

	/** Every question of the type answered, as {@code question: answer} lines; null when it asks none. */
	private static String answers(BookingSettings.Type type, List<String> given, List<Violation> violations) {
		if (type.questions().isEmpty()) {
			return null;
		}
		var lines = new ArrayList<String>();
		for (int i = 0; i < type.questions().size(); i++) {
			String answer = TextInput.line("answers[" + i + "]", i < given.size() ? given.get(i) : null, 500, violations);
			if (answer == null) {
				violations.add(Violation.of("answers[" + i + "]", "booking.answer.required", type.questions().get(i)));
			}
			lines.add(type.questions().get(i) + ": " + (answer == null ? "" : answer));
		}
		return String.join("\n", lines);
	}
}
