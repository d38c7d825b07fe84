package red.cardinal.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import red.cardinal.site.web.CardPage.BioPart;

class BioTextTest {

	@Test
	void linksWebAddressesAndKeepsLineBreaks() {
		assertThat(BioText.parse("Portfolio: https://ana.example/work.\nCall me!")).containsExactly(
				new BioPart("Portfolio: ", null), new BioPart("ana.example/work", "https://ana.example/work"),
				new BioPart(".", null), new BioPart("\n", null), new BioPart("Call me!", null));
	}

	@Test
	void linksNothingButHttpAndHttps() {
		assertThat(BioText.parse("javascript:alert(1) data:text/html,x mailto:a@b.c"))
			.containsExactly(new BioPart("javascript:alert(1) data:text/html,x mailto:a@b.c", null));
	}

	@Test
	void stopsALinkAtQuotesAndAngleBrackets() {
		assertThat(BioText.parse("see https://ok.example\"onmouseover=alert(1)"))
			.contains(new BioPart("ok.example", "https://ok.example"));
		assertThat(BioText.parse("(https://ok.example/a)")).containsExactly(new BioPart("(", null),
				new BioPart("ok.example/a", "https://ok.example/a"), new BioPart(")", null));
	}

	@Test
	void leavesTextWithoutLinksAlone() {
		assertThat(BioText.parse("<b>bold</b> & more")).containsExactly(new BioPart("<b>bold</b> & more", null));
		assertThat(BioText.parse(null)).isEmpty();
	}

	@Test
	void linksAddressesThatStartWithWwwAsHttps() {
		assertThat(BioText.parse("Shop at www.ana.example/shop, or WWW.Ana.Example.")).containsExactly(
				new BioPart("Shop at ", null), new BioPart("www.ana.example/shop", "https://www.ana.example/shop"),
				new BioPart(", or ", null), new BioPart("WWW.Ana.Example", "https://WWW.Ana.Example"),
				new BioPart(".", null));
	}

	@Test
	void linksNoWwwInsideAWordOrAnEmailOrWithoutADomain() {
		assertThat(BioText.parse("awww.example.com me@www.example.com www. www.x")).allMatch(p -> p.href() == null);
	}
}
