package red.cardinal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import red.cardinal.TestImages;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** Every variant is read back by an independent decoder (ZXing) to the exact payload. */
class QrCodesTest {

	static final String URL = "https://cards.example/ana-garcia?src=qr";

	static final String VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Ana;;;\r\nFN:Ana García\r\nORG:Estudio\\; Luz\r\n"
			+ "TEL;TYPE=cell:+34612345678\r\nEMAIL:ana@example.com\r\nNOTE:Fotos\\, diseño\\nMadrid\r\nEND:VCARD\r\n";

	@ParameterizedTest
	@CsvSource({ "128, L, 000000, ffffff, 4, false", "512, M, 000000, ffffff, 4, false", "1024, Q, 1a2b6c, fff8e1, 6, false",
			"300, H, 222222, eeeeee, 4, false", "512, M, 000000, ffffff, 4, true", "800, L, 0b3d20, ffffff, 16, true" })
	void pngDecodesToTheLink(int size, String ecc, String fg, String bg, int margin, boolean logo) throws IOException {
		QrOptions options = options("size", size, "ecc", ecc, "fg", fg, "bg", bg, "margin", margin, "logo", logo ? "1" : "0");
		byte[] png = QrCodes.png(QrCodes.encode(URL, options), options, logo ? logo() : null);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(size);
		assertThat(decode(image)).isEqualTo(URL);
	}

	@ParameterizedTest
	@CsvSource({ "512, L, false", "256, M, false", "512, H, true", "1024, Q, false" })
	void svgDecodesToTheLinkAndTheContact(int size, String ecc, boolean logo) {
		for (String payload : new String[] { URL, VCARD }) {
			QrOptions options = options("size", size, "ecc", ecc, "logo", logo ? "1" : "0");
			String svg = QrCodes.svg(QrCodes.encode(payload, options), options, logo ? logo() : null);
			assertThat(svg).startsWith("<svg").doesNotContain("<script");
			assertThat(decode(rasterize(svg, size, logo))).isEqualTo(payload);
		}
	}

	@Test
	void pngDecodesToTheContactItself() throws IOException {
		QrOptions options = options("size", 600);
		byte[] png = QrCodes.png(QrCodes.encode(VCARD, options), options, null);
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(VCARD);
	}

	@Test
	void printsAtThreeHundredDotsPerInch() throws IOException {
		QrOptions options = options("cm", "5");
		assertThat(options.size()).isEqualTo(591);
		byte[] png = QrCodes.png(QrCodes.encode(URL, options), options, null);
		var reader = ImageIO.getImageReadersByFormatName("png").next();
		reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
		var tree = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
		var phys = (IIOMetadataNode) tree.getElementsByTagName("pHYs").item(0);
		assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
		assertThat(decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(URL);
	}

	@Test
	void forcesHighErrorCorrectionUnderALogo() {
		assertThat(options("ecc", "L", "logo", "1").ecc()).isEqualTo(io.nayuki.qrcodegen.QrCode.Ecc.HIGH);
	}

	@Test
	void refusesColoursThatDoNotScan() {
		assertRefused(Map.of("fg", "ffffff", "bg", "000000"), "fg", "qr.inverted");
		assertRefused(Map.of("fg", "777777", "bg", "999999"), "fg", "qr.contrast");
		assertRefused(Map.of("fg", "red;}</style><script>"), "fg", "qr.color");
	}

	@Test
	void refusesAThinQuietZoneAndNonsense() {
		assertRefused(Map.of("margin", "3"), "margin", "qr.margin");
		assertRefused(Map.of("ecc", "X"), "ecc", "qr.ecc");
		assertRefused(Map.of("size", "9999999"), "size", "qr.size");
		assertRefused(Map.of("size", "abc"), "size", "qr.number");
		assertRefused(Map.of("mode", "javascript"), "mode", "qr.mode");
	}

	@Test
	void refusesAContactTooDenseForTheSize() {
		QrOptions small = options("size", 64);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> QrCodes.encode(VCARD, small))
			.satisfies(e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("qr.tooDense"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> QrCodes.encode("x".repeat(5000), options("size", 4096)))
			.satisfies(e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("qr.tooMuch"));
	}

	@Test
	void refusesAPngPastThePixelCapInEveryMode() {
		assertThat(options("cm", "34.6").size()).isEqualTo(4087);
		assertThat((long) options("cm", "34.6").size() * options("cm", "34.6").size()).isLessThanOrEqualTo(QrOptions.MAX_PNG_PIXELS);
		for (var params : java.util.List.of(Map.of("cm", "100", "logo", "1"), Map.of("cm", "35"),
				Map.of("cm", "60", "mode", "vcard"))) {
			QrOptions options = QrOptions.parse(params);
			assertThat((long) options.size() * options.size()).isGreaterThan(QrOptions.MAX_PNG_PIXELS);
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> QrCodes.png(QrCodes.encode(URL, options), options, options.logo() ? logo() : null))
				.satisfies(e -> assertThat(e.violations()).containsExactly(Violation.of("cm", "qr.pngTooLarge", "4096", "34.7")));
		}
		// the SVG has no pixels to count: any print size
		QrOptions print = options("cm", "100", "logo", "1");
		assertThat(QrCodes.svg(QrCodes.encode(URL, print), print, logo())).contains("width=\"11811\"");
	}

	@Test
	void drawsTheLargestPngWithALogoInAFewMegabytes() throws IOException {
		QrOptions options = options("cm", "34.6", "logo", "1");
		var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		byte[] png = QrCodes.png(QrCodes.encode(URL, options), options, logo());
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		// a whole 4087² image in colour would be 67 MB; everything this allocated, output included, is far less
		assertThat(allocated).isLessThan(16L << 20);
		var reader = ImageIO.getImageReadersByFormatName("png").next();
		reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
		assertThat(reader.getWidth(0)).isEqualTo(4087);
		assertThat(reader.getHeight(0)).isEqualTo(4087);
	}

	@Test
	void measuresContrastLikeWcag() {
		assertThat(QrOptions.contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0);
		assertThat(QrOptions.contrast(new Color(0x777777), new Color(0x777777))).isEqualTo(1.0);
	}

	static void assertRefused(Map<String, String> params, String field, String code) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> QrOptions.parse(params))
			.satisfies(e -> assertThat(e.violations()).contains(Violation.of(field, code, e.violations().stream()
				.filter(v -> v.code().equals(code)).findFirst().map(v -> v.args().toArray()).orElse(new Object[0]))));
	}

	static QrOptions options(Object... keyValues) {
		Map<String, String> params = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			params.put(keyValues[i].toString(), keyValues[i + 1].toString());
		}
		return QrOptions.parse(params);
	}

	static byte[] logo() {
		return TestImages.image("jpg", 300, 300);
	}

	static String decode(BufferedImage image) {
		return TestImages.decodeQr(image);
	}

	static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

	static final Pattern LOGO = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\"");

	/** Draws our SVG's modules (and the logo's blank square) back into pixels. */
	static BufferedImage rasterize(String svg, int size, boolean logo) {
		int total = Integer.parseInt(svg.replaceAll("(?s).*viewBox=\"0 0 (\\d+) .*", "$1"));
		var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, size, size);
		g.setColor(Color.BLACK);
		var m = MODULE.matcher(svg);
		int first = Integer.MAX_VALUE;
		int last = 0;
		while (m.find()) {
			int x = Integer.parseInt(m.group(1));
			int y = Integer.parseInt(m.group(2));
			first = Math.min(first, x);
			last = Math.max(last, x);
			g.fillRect(x * size / total, y * size / total, (x + 1) * size / total - x * size / total,
					(y + 1) * size / total - y * size / total);
		}
		if (logo) {
			var l = LOGO.matcher(svg);
			assertThat(l.find()).isTrue();
			double at = Double.parseDouble(l.group(1));
			double side = Double.parseDouble(l.group(3));
			int symbol = last - first + 1;
			assertThat(side * side / (symbol * symbol)).as("logo share of the symbol's area").isLessThanOrEqualTo(0.2);
			g.setColor(Color.GRAY);
			g.fillRect((int) (at * size / total), (int) (at * size / total), (int) (side * size / total),
					(int) (side * size / total));
		}
		g.dispose();
		return image;
	}
}
