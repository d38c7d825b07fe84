package red.cardinal.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PersonNameTest {

	@Test
	void saysAWesternNameGivenNameFirst() {
		assertThat(new PersonName("Dr.", "Ada", "King", "Lovelace", null).full()).isEqualTo("Dr. Ada King Lovelace");
	}

	@Test
	void writesKoreanJapaneseAndChineseNamesFamilyNameFirstAndTogether() {
		assertThat(new PersonName(null, "민준", null, "김", null).full()).isEqualTo("김민준");
		assertThat(new PersonName(null, "太郎", null, "山田", null).full()).isEqualTo("山田太郎");
		assertThat(new PersonName(null, "小明", null, "王", null).full()).isEqualTo("王小明");
	}

	@Test
	void saysAHungarianNameFamilyFirstWhenTheCardSaysSo() {
		assertThat(new PersonName(null, "László", null, "Nagy", null).full()).isEqualTo("László Nagy");
		assertThat(new PersonName(null, "László", null, "Nagy", null, NameOrder.FAMILY_FIRST).full())
			.isEqualTo("Nagy László");
	}

	@Test
	void keepsGivenNameFirstWhenTheCardSaysSoEvenInHangul() {
		assertThat(new PersonName(null, "민준", null, "김", null, NameOrder.GIVEN_FIRST).full()).isEqualTo("민준 김");
	}

	@Test
	void makesSlugsFromTheNameInTheOrderItIsSaid() {
		var details = CardDetails.builder().name(new PersonName(null, "민준", null, "김", null)).build();
		assertThat(SlugSuggestion.from(details, slug -> true)).isEqualTo("gim-minjun");
		var maria = CardDetails.builder().name("María", "Pérez").build();
		assertThat(SlugSuggestion.from(maria, slug -> !slug.equals("maria-perez"))).isEqualTo("maria-perez-2");
	}

	@Test
	void readsTheOrderByItsJsonId() {
		assertThat(NameOrder.of("familyFirst")).isEqualTo(NameOrder.FAMILY_FIRST);
		assertThat(NameOrder.of(null)).isEqualTo(NameOrder.AUTO);
		assertThatIllegalArgumentException().isThrownBy(() -> NameOrder.of("sideways"));
	}
}
