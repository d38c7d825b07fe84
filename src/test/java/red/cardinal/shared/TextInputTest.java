package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextInputTest {

	@ParameterizedTest
	@ValueSource(strings = { "ana@example.com", "Ana.Garcia@Example.COM", "ana+cards@example.com",
			"o'brien@example.ie", "first_last-2@sub.example.co.uk", "josé@example.es", "用户@例子.广告",
			"почта@пример.рф", "अजय@डाटा.भारत", "ana@xn--bcher-kva.example", "a@b.co", "ana@123.example.com" })
	void takesRealWorldAddressesInAnyScript(String address) {
		assertThat(TextInput.email(address)).isTrue();
		// and each is usable where addresses go: a mailto: URI (calendar invites, links) parses
		assertThat(URI.create("mailto:" + address).getScheme()).isEqualTo("mailto");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\"b<c>@example.com", "\"ana\"@example.com", "<ana@example.com>",
			"Ana <ana@example.com>", "ana garcia@example.com", "ana@example.com\r\nBcc: x@example.com",
			"ana\n@example.com", "ana\t@example.com", "ana,bob@example.com", "ana;bob@example.com",
			"ana:bob@example.com", "ana\\bob@example.com", "ana%40@example.com", "ana#x@example.com",
			"ana?x@example.com", "ana(x)@example.com", "ana[x]@example.com", "ana|x@example.com", "ana{x}@example.com",
			"ana`x@example.com", "ana^x@example.com", "ana@ex ample.com", "ana@exa\"mple.com", "ana@example",
			"ana@.example.com", "ana@example..com", "ana@example.com.", "ana@-example.com", "ana@example-.com",
			"ana@[127.0.0.1]", "ana@10.0.0.1", "ana@example.c_m", ".ana@example.com", "ana.@example.com",
			"an..a@example.com", "@example.com", "ana@", "ana", "ana@bob@example.com", "😀@example.com",
			"ana@exam😀ple.com", "ana\u0000@example.com", "ana\u200b@example.com" })
	void refusesAddressesThatWouldBreakAHeaderALinkOrAnInvite(String address) {
		assertThat(TextInput.email(address)).isFalse();
	}

	@Test
	void refusesLocalPartsOver64AndAddressesOver254Characters() {
		assertThat(TextInput.email("a".repeat(64) + "@example.com")).isTrue();
		assertThat(TextInput.email("a".repeat(65) + "@example.com")).isFalse();
		String label = "b".repeat(63);
		assertThat(TextInput.email("a@" + label + ".example.com")).isTrue();
		assertThat(TextInput.email("a@" + label + "b.example.com")).isFalse();
		String long254 = "a@" + (label + ".").repeat(3) + "c".repeat(56) + ".com";
		assertThat(long254).hasSize(254);
		assertThat(TextInput.email(long254)).isTrue();
		assertThat(TextInput.email("a" + long254)).isFalse();
	}

	@Test
	void takesLinearTimeOnHostileInput() {
		// a shape that makes backtracking patterns explode; one pass answers at once
		String hostile = "a.".repeat(30) + "@" + "a-".repeat(100_000);
		long start = System.nanoTime();
		for (int i = 0; i < 100; i++) {
			assertThat(TextInput.email(hostile)).isFalse();
		}
		assertThat(System.nanoTime() - start).as("100 checks of a 200 KB address").isLessThan(2_000_000_000L);
	}
}
