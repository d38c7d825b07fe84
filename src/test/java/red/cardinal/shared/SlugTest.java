package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

	@Test
	void spellsNamesOfAnyScriptInLatinLetters() {
		assertThat(Slug.slugify("María Pérez")).isEqualTo("maria-perez");
		assertThat(Slug.slugify("김 민준")).isEqualTo("gim-minjun");
		assertThat(Slug.slugify("Алексей Иванов")).isEqualTo("aleksej-ivanov");
		assertThat(Slug.slugify("王小明")).isEqualTo("wang-xiao-ming");
		assertThat(Slug.slugify("Zoë Ångström-Øster")).isEqualTo("zoe-angstrom-oster");
		assertThat(Slug.slugify("😀🎉")).isEmpty();
	}

	@Test
	void readsOnlyTheStartOfAVeryLongText() {
		assertThat(Slug.slugify("ab ".repeat(100_000))).hasSizeLessThanOrEqualTo(200);
	}
}
