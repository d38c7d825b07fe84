package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;


class CsvTest {

	@Test
	void writesEveryCellQuotedAndDefusesFormulas() {
		assertThat(Csv.row(Arrays.asList("Taza \"grande\"", "=HYPERLINK(\"x\")", "-5", "@SUM(A1)", null, "a,b")))
			.isEqualTo("\"Taza \"\"grande\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"-5\",\"'@SUM(A1)\",\"\",\"a,b\"\r\n");
	}

	@Test
	void readsWhatItWritesWithCommasQuotesAndLineBreaks() {
		String text = "\uFEFF" + Csv.row(List.of("slug", "name")) + Csv.row(List.of("taza", "Taza, \"roja\"\ncon asa"))
				+ "\r\n" + "plain,cells\n";
		assertThat(Csv.parse(text)).containsExactly(List.of("slug", "name"), List.of("taza", "Taza, \"roja\"\ncon asa"),
				List.of("plain", "cells"));
	}

	@Test
	void refusesAQuoteThatNeverCloses() {
		assertThatThrownBy(() -> Csv.parse("slug,name\ntaza,\"Taza sin fin\n"))
			.isInstanceOf(InvalidInputException.class);
	}
}
