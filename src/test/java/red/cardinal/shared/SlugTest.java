package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "ana-garcia, NULL", "' Ana-Garcia ', NULL", "a1b, NULL",
			"ab, slug.length", "a2345678901234567890123456789012345678901, slug.length", "-ana, slug.shape",
			"ana-, slug.shape", "ana--garcia, slug.shape", "ana_garcia, slug.shape", "añа, slug.shape",
			"'ana garcia', slug.shape", "api, slug.reserved", "Dashboard, slug.reserved", "login, slug.reserved",
			"'', slug.required" })
	void acceptsOnlyShortLowerCaseSlugsThatAreNotReserved(String input, String problem) {
		assertThat(Slug.problem(input)).isEqualTo(problem);
	}
}
