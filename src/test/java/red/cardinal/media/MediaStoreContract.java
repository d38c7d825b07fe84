package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What every {@link MediaStore} adapter does; each adapter's test extends this. */
abstract class MediaStoreContract {

	static final String KEY = "a".repeat(64) + ".jpg";

	abstract MediaStore store();

	@Test
	void saysItIsReadyWhenItCanStore() {
		store().check();
		store().put(KEY, new byte[] { 1, 2, 3 }, "image/jpeg");
		assertThat(store().get(KEY)).isPresent();
	}

	@Test
	void givesBackWhatItWasGiven() {
		byte[] bytes = "not really a jpeg".getBytes(StandardCharsets.UTF_8);
		store().put(KEY, bytes, "image/jpeg");
		assertThat(store().get(KEY)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
	}

	@Test
	void knowsNothingOfKeysNeverStored() {
		assertThat(store().get("b".repeat(64) + ".png")).isEmpty();
	}

	@Test
	void storingTheSameKeyAgainChangesNothing() {
		byte[] bytes = { 1, 2, 3 };
		store().put(KEY, bytes, "image/jpeg");
		store().put(KEY, bytes, "image/jpeg");
		assertThat(store().get(KEY)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(bytes));
	}

	@Test
	void deletes() {
		String key = "c".repeat(64) + "-300.jpg";
		store().put(key, new byte[] { 9 }, "image/jpeg");
		store().delete(key);
		assertThat(store().get(key)).isEmpty();
		store().delete(key);
	}

	@Test
	void refusesKeysOfAnyOtherShape() {
		for (String key : new String[] { "../../etc/passwd", "x.svg", "a".repeat(64) + ".html", "", "A".repeat(64) + ".jpg" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> store().put(key, new byte[] { 1 }, "image/jpeg"));
			assertThatIllegalArgumentException().isThrownBy(() -> store().get(key));
		}
	}
}
