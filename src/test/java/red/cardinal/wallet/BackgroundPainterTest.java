package red.cardinal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class BackgroundPainterTest {

	static CardFace face(String background, String text, String accent, String font) {
		return new CardFace("Ana María Pérez-Olmos <script>\r\n", "Head of Partnerships", "Acme & Sons Ltd.", null, null,
				"https://cards.example.com/ana-maria", null, "https://cards.example.com/ana-maria/qr.png", accent,
				background, text, font.split(":")[0], font.split(":")[1]);
	}

	@ParameterizedTest
	@CsvSource({ "1920,1080,qr-right,#f4f4f6,#1c1c1f,#b3122e,inter-700:inter-400", "1280,720,qr-right,#111111,#f5f5f5,#ffcf33,space-grotesk-700:space-grotesk-400",
			"1920,1080,qr-left,#111111,#f5f5f5,#ffcf33,nunito-800:nunito-400", "1280,720,qr-left,#fbfaf7,#22232a,#3b4cca,playfair-display-700:lato-400" })
	void drawsACodeThatScansToTheCardInTheUpperCornerAwayFromTheHead(int width, int height, String layout, String bg,
			String text, String accent, String font) throws Exception {
		long start = System.nanoTime();
		byte[] png = BackgroundPainter.png(face(bg, text, accent, font), width, height, layout);
		long ms = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("background %dx%d %s: %d ms, %d KB%n", width, height, layout, ms, png.length / 1024);
		Path file = Path.of("target", "backgrounds", width + "x" + height + "-" + layout + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, png);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isEqualTo(height);
		assertThat(decode(image)).isEqualTo("https://cards.example.com/ana-maria");
		// the code alone is in its upper third on its side: no part of it in the middle, where the head is
		int third = width / 3;
		BufferedImage corner = "qr-left".equals(layout) ? image.getSubimage(0, 0, third, height / 2)
				: image.getSubimage(width - third, 0, third, height / 2);
		assertThat(decode(corner)).isEqualTo("https://cards.example.com/ana-maria");
	}

	/** zbar reads codes differently from ZXing; it runs where it is installed (apt-get install zbar-tools). */
	@ParameterizedTest
	@CsvSource({ "1920,1080,qr-right", "1280,720,qr-left" })
	void zbarScansTheCodeToo(int width, int height, String layout) throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/zbarimg")), "zbarimg not installed");
		Path file = Files.createTempFile("background", ".png");
		Files.write(file, BackgroundPainter.png(face("#111111", "#f5f5f5", "#ffcf33", "inter-700:inter-400"), width, height, layout));
		Process zbar = new ProcessBuilder("/usr/bin/zbarimg", "-q", "--raw", file.toString()).redirectErrorStream(false).start();
		String out = new String(zbar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(zbar.waitFor()).isZero();
		assertThat(out.strip()).isEqualTo("https://cards.example.com/ana-maria");
		Files.delete(file);
	}

	@org.junit.jupiter.api.Test
	void drawsAFullHdBackgroundInWellUnderASecondOnceWarm() {
		CardFace face = face("#f4f4f6", "#1c1c1f", "#b3122e", "lora-700:source-sans-3-400");
		BackgroundPainter.png(face, 1920, 1080, "qr-right");
		for (String size : new String[] { "1920x1080", "1280x720" }) {
			int width = Integer.parseInt(size.split("x")[0]);
			int height = Integer.parseInt(size.split("x")[1]);
			int runs = 10;
			long start = System.nanoTime();
			long bytes = 0;
			for (int i = 0; i < runs; i++) {
				bytes += BackgroundPainter.png(face, width, height, i % 2 == 0 ? "qr-right" : "qr-left").length;
			}
			long ms = (System.nanoTime() - start) / 1_000_000 / runs;
			System.out.printf("background %s warm: %d ms each (mean of %d), %d KB%n", size, ms, runs, bytes / runs / 1024);
			assertThat(ms).isLessThan(1000);
		}
	}

	@org.junit.jupiter.api.Test
	void everyFontPairingOfTheDesignsIsBundledAsTrueType() {
		for (var font : red.cardinal.design.Font.values()) {
			for (String file : font.files()) {
				String name = file.substring(file.lastIndexOf('/') + 1).replace(".woff2", ".ttf");
				assertThat(BackgroundPainter.class.getResource("fonts/" + name)).as(name).isNotNull();
				assertThat(BackgroundPainter.font(name.replace(".ttf", ""), 20).getFamily()).as(name).isNotEqualTo("Dialog");
			}
		}
	}

	static String decode(BufferedImage image) throws IOException {
		try {
			var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
			return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
		}
		catch (NotFoundException e) {
			return null;
		}
	}
}
