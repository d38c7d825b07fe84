package red.cardinal.card;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import ezvcard.VCardVersion;
import io.nayuki.qrcodegen.QrCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import red.cardinal.TestCards;
import red.cardinal.contact.QrCodes;
import red.cardinal.contact.QrOptions;
import red.cardinal.contact.VCardWriter;

/**
 * DESIGN.md budgets for contact exchange: QR SVG under 1 ms, QR PNG under 5 ms, vCard under
 * 0.1 ms; ZXing's encoder runs alongside for comparison. Run with {@code bench/run.sh}. (It lives
 * in the card package because a Card is made here without a database.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ContactBenchmark {

	static final String URL = "https://cards.example/ana-garcia-torres?src=qr";

	Card card = Card.create(1, TestCards.person("ana-garcia-torres", "Ana", "García Torres").jobTitle("Photographer & designer").organization("Estudio Luz").bio("Portraits, weddings and brand photography in Madrid.\nSee https://example.com/portfolio.").phones(List.of(new Phone("cell", "+34612345678", true), new Phone("work", "+34912345678", false))).emails(List.of(new Email("work", "ana@example.com"))).websites(List.of(new Website("Portfolio", "https://example.com/portfolio"))).addresses(List.of(new Address("work", "Calle de la Luna 12", "Madrid", "Madrid", "28004", "Spain"))).links(List.of(new Link("https://www.linkedin.com/in/example", null), new Link("https://github.com/example", null))).build(), Instant.parse("2026-11-22T10:00:00Z"));

	QrOptions svgOptions = QrOptions.parse(Map.of());

	QrOptions pngOptions = QrOptions.parse(Map.of("size", "512"));

	@Benchmark
	public String qrSvg() {
		return QrCodes.svg(QrCodes.encode(URL, svgOptions), svgOptions, null);
	}

	@Benchmark
	public byte[] qrPng512() {
		return QrCodes.png(QrCodes.encode(URL, pngOptions), pngOptions, null);
	}

	@Benchmark
	public QrCode nayukiEncodeOnly() {
		return QrCode.encodeText(URL, QrCode.Ecc.MEDIUM);
	}

	@Benchmark
	public BitMatrix zxingEncodeOnly() throws WriterException {
		return new QRCodeWriter().encode(URL, BarcodeFormat.QR_CODE, 0, 0,
				Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
	}

	@Benchmark
	public String vcard30() {
		return VCardWriter.write(card, "https://cards.example/ana-garcia-torres", null, VCardVersion.V3_0);
	}

	@Benchmark
	public String vcard40() {
		return VCardWriter.write(card, "https://cards.example/ana-garcia-torres", null, VCardVersion.V4_0);
	}
}
