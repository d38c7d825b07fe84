package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

	@ParameterizedTest
	@CsvSource({ "https://example.com/a?b=c, https://example.com/a?b=c", "HTTP://Example.com, http://Example.com",
			"example.com/path, https://example.com/path", "example.com:8443/x, https://example.com:8443/x",
			"mailto:ana@example.com, mailto:ana@example.com", "tel:+14155550123, tel:+14155550123",
			"'  https://example.com  ', https://example.com" })
	void acceptsWebMailAndPhoneAddresses(String input, String expected) {
		assertThat(SafeUrl.parse(input).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
			"vbscript:msgbox", "file:///etc/passwd", "ftp://example.com", "//evil.example/x", "/relative",
			"\\\\evil.example" })
	void refusesOtherSchemesAndSchemeRelativeUrls(String input) {
		assertThatIllegalArgumentException().isThrownBy(() -> SafeUrl.parse(input)).withMessage("url.scheme");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://exa mple.com", "https://example.com/\r\nSet-Cookie:x", "java\tscript:alert(1)",
			"https://example.com/\u202e" })
	void refusesWhitespaceAndControlCharacters(String input) {
		assertThatIllegalArgumentException().isThrownBy(() -> SafeUrl.parse(input)).withMessage("url.whitespace");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://localhost/x", "https://user:pass@example.com", "http://nodot" })
	void refusesWebUrlsWithoutARealHost(String input) {
		assertThatIllegalArgumentException().isThrownBy(() -> SafeUrl.parse(input)).withMessage("url.host");
	}
}
