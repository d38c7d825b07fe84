package red.cardinal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import red.cardinal.shared.Violation;

class UiTest {

	@Test
	void listsErrorsInTheOrderOfTheirFieldsSoTheFirstIsTheFirstToMend() {
		var messages = new StaticMessageSource();
		messages.addMessage("error.required", Locale.ENGLISH, "Required.");
		List<Violation> violations = IntStream.range(0, 20)
			.mapToObj(i -> Violation.of("phones[" + i + "].number", "error.required"))
			.toList();
		var ui = new Ui(messages, Locale.ENGLISH, null, null, false, Map.of()).withErrors(violations);
		assertThat(ui.errors().keySet()).containsExactlyElementsOf(violations.stream().map(Violation::field).toList());
		assertThat(ui.error("phones[0].number")).isEqualTo("Required.");
	}
}
