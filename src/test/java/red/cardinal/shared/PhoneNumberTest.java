package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

	@Test
	void storesNumbersAsE164() {
		assertThat(PhoneNumber.parse("+1 (415) 555-0123", null).e164()).isEqualTo("+14155550123");
		assertThat(PhoneNumber.parse("+44 20 7946 0958", null).e164()).isEqualTo("+442079460958");
	}

	@Test
	void readsNationalNumbersInTheGivenRegion() {
		assertThat(PhoneNumber.parse("030 901820", "DE").e164()).isEqualTo("+4930901820");
		assertThat(PhoneNumber.parse("612 34 56 78", "ES").digits()).isEqualTo("34612345678");
	}

	@Test
	void asksForTheCountryCodeWhenTheRegionIsUnknown() {
		assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("030 901820", null))
			.withMessage("phone.country");
	}

	@Test
	void refusesLineBreaksAndText() {
		assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("+1 415 555 0123\r\nEMAIL:x", null))
			.withMessage("phone.invalid");
		assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("call me", null));
	}

	@Test
	void formatsForPeople() {
		assertThat(new PhoneNumber("+14155550123").international()).isEqualTo("+1 415-555-0123");
	}
}
