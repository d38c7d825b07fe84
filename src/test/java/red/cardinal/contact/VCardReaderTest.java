package red.cardinal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Reading values as one line, in time linear in their length. The timeouts only guard against a
 * hang (the regular expressions this replaced took 3.4 s for 20,000 spaces and hours for 1 MB).
 */
class VCardReaderTest {

	static final Duration GUARD = Duration.ofSeconds(5);

	@Test
	void readsANameWithTwentyThousandSpacesAndCutsItToItsField() {
		String given = "Ana" + " ".repeat(20_000) + "Lopez";
		byte[] vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;" + given + ";;;\r\nFN:Ana Doe\r\nEND:VCARD\r\n")
			.getBytes(StandardCharsets.UTF_8);
		var imported = assertTimeoutPreemptively(GUARD, () -> VCardReader.read(vcf, Locale.ENGLISH));
		assertThat(imported.details().name().given()).isEqualTo("Ana" + " ".repeat(97));
		assertThat(imported.details().name().family()).isEqualTo("Doe");
		assertThat(imported.skipped()).anySatisfy(v -> {
			assertThat(v.field()).isEqualTo("name.given");
			assertThat(v.code()).isEqualTo("import.cut");
		});
	}

	@Test
	void skipsAnEmailACardWouldRefuseAndKeepsTheRest() {
		byte[] vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Doe\r\nN:Doe;Ana;;;\r\nEMAIL:a\"b<c>@example.com\r\n"
				+ "EMAIL:ana@example.com\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8);
		var imported = VCardReader.read(vcf, Locale.ENGLISH);
		assertThat(imported.details().emails()).extracting(e -> e.address()).containsExactly("ana@example.com");
		assertThat(imported.skipped()).anySatisfy(v -> assertThat(v.code()).isEqualTo("import.skipped.email"));
	}

	@Test
	void readsANameOfNearlyAMegabyteByItsFirstTenThousandCharacters() {
		String given = "Ana" + " ".repeat(1_000_000) + "Lopez";
		byte[] vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;" + given + ";;;\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8);
		assertThat(vcf.length).isLessThanOrEqualTo(VCardReader.MAX_BYTES);
		var imported = assertTimeoutPreemptively(GUARD, () -> VCardReader.read(vcf, Locale.ENGLISH));
		assertThat(imported.details().name().given()).isEqualTo("Ana" + " ".repeat(97));
		assertThat(imported.skipped()).filteredOn(v -> v.field().equals("name.given")).singleElement()
			.satisfies(v -> assertThat(v.code()).isEqualTo("import.cut"));
	}

	@Test
	void readsAMegabyteOfEmptyContactsOneAtATimeAndTakesTheFirstNamedOne() {
		String empty = "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n";
		int count = (VCardReader.MAX_BYTES - 200) / empty.length();
		String named = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Ana;;;\r\nFN:Ana Doe\r\nEND:VCARD\r\n";
		byte[] vcf = (empty.repeat(count) + named).getBytes(StandardCharsets.UTF_8);
		assertThat(vcf.length).isLessThanOrEqualTo(VCardReader.MAX_BYTES);
		var imported = VCardReader.read(vcf, Locale.ENGLISH);
		assertThat(imported.details().name().given()).isEqualTo("Ana");
		assertThat(imported.skipped()).anySatisfy(v -> {
			assertThat(v.code()).isEqualTo("import.onlyFirst");
			assertThat(v.args()).containsExactly(count + 1);
		});
	}

	@Test
	void readsAOneMegabyteValueInOnePass() {
		String value = String.join("", Collections.nCopies(1000, "x" + " ".repeat(1000) + "\n")).strip();
		assertThat(value.length()).isGreaterThan(1_000_000);
		String line = assertTimeoutPreemptively(GUARD, () -> VCardReader.oneLine(value));
		assertThat(line).isEqualTo(String.join(", ", Collections.nCopies(1000, "x")));
	}

	@Test
	void readsEveryShortValueAsTheRegularExpressionsItReplacesDid() {
		char[] alphabet = { 'a', 'b', ' ', '\t', '\n', '\r', ',', '\u0001', '\u0085', '\u00a0', '\u2028', '\f' };
		var random = new Random(13);
		for (int n = 0; n < 20_000; n++) {
			var text = new StringBuilder();
			for (int i = random.nextInt(14); i > 0; i--) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String s = text.toString().strip();
			assertThat(VCardReader.oneLine(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
				.isEqualTo(regexes(s));
		}
	}

	/** What VCardReader did before: quadratic on runs of spaces. */
	static String regexes(String stripped) {
		String s = stripped.replaceAll("\\s*[\\r\\n]+\\s*", ", ").replaceAll("\\p{Cntrl}", "");
		return s.replaceAll(",\\s*$", "");
	}
}
