package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

	@Test
	void findsACountryByItsCodeOrItsNameInManyLanguages() {
		assertThat(Countries.code("es")).hasValue("ES");
		assertThat(Countries.code("Spain")).hasValue("ES");
		assertThat(Countries.code(" españa ")).hasValue("ES");
		assertThat(Countries.code("Deutschland")).hasValue("DE");
		assertThat(Countries.code("대한민국")).hasValue("KR");
		assertThat(Countries.code("USA")).hasValue("US");
		assertThat(Countries.code("México")).hasValue("MX");
	}

	@Test
	void findsNoneInTextThatNamesNoCountry() {
		assertThat(Countries.code("Atlantis")).isEmpty();
		assertThat(Countries.code("")).isEmpty();
		assertThat(Countries.code(null)).isEmpty();
		assertThat(Countries.code("x".repeat(101))).isEmpty();
	}
}
