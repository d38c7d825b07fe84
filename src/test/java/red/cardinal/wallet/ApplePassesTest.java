package red.cardinal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import red.cardinal.TestImages;
import red.cardinal.card.Card;

class ApplePassesTest {

	@TempDir
	static Path dir;

	static TestWalletKeys.Apple keys;

	static ApplePasses passes;

	static Map<String, byte[]> files;

	@BeforeAll
	static void makeAPass() throws IOException {
		keys = TestWalletKeys.apple(dir, Duration.ofDays(365));
		passes = new ApplePasses(WalletFixtures.certificates(keys.properties()),
				WalletFixtures.media(TestImages.image("jpg", 300, 300)), WalletFixtures.urls(), Optional.empty());
		Card card = WalletFixtures.card(42, "ana-garcia", WalletFixtures.HOSTILE_NAME, "photo-key");
		long start = System.nanoTime();
		byte[] pkpass = passes.pass(card, WalletFixtures.ui(Locale.ENGLISH)).orElseThrow();
		System.out.printf("Apple pass: %d bytes, the first made in %d ms%n", pkpass.length, (System.nanoTime() - start) / 1_000_000);
		files = unzip(pkpass);
		var credentials = WalletFixtures.certificates(keys.properties()).apple().orElseThrow();
		long[] times = new long[30];
		for (int i = 0; i < times.length; i++) {
			long at = System.nanoTime();
			passes.make(card, WalletFixtures.ui(Locale.ENGLISH), credentials);
			times[i] = System.nanoTime() - at;
		}
		java.util.Arrays.sort(times);
		System.out.printf("Apple pass with a photo, warm: %.1f ms at best, %.1f ms median%n", times[0] / 1e6,
				times[times.length / 2] / 1e6);
	}

	@Test
	void holdsThePassItsPicturesTheManifestAndTheSignature() throws IOException {
		assertThat(files.keySet()).containsExactlyInAnyOrder("pass.json", "icon.png", "icon@2x.png", "icon@3x.png",
				"logo.png", "logo@2x.png", "thumbnail.png", "thumbnail@2x.png", "manifest.json", "signature");
		assertThat(ImageIO.read(new ByteArrayInputStream(files.get("icon.png"))).getWidth()).isEqualTo(29);
		assertThat(ImageIO.read(new ByteArrayInputStream(files.get("icon@2x.png"))).getWidth()).isEqualTo(58);
		var thumbnail = ImageIO.read(new ByteArrayInputStream(files.get("thumbnail@2x.png")));
		assertThat(thumbnail.getWidth()).isEqualTo(180);
		assertThat(thumbnail.getHeight()).isEqualTo(180);
	}

	@Test
	void listsTheSha1OfEveryOtherFileInTheManifest() {
		JsonNode manifest = JsonMapper.shared().readTree(files.get("manifest.json"));
		var expected = new LinkedHashMap<String, String>();
		files.forEach((name, bytes) -> {
			if (!name.equals("manifest.json") && !name.equals("signature")) {
				expected.put(name, ApplePasses.sha1(bytes));
			}
		});
		assertThat(manifest.propertyNames()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		expected.forEach((name, sha1) -> assertThat(manifest.path(name).asString()).as(name).isEqualTo(sha1));
	}

	@Test
	void signsTheManifestWithThePassCertificateAndCarriesTheWwdrCertificateAndTheSigningTime() throws Exception {
		CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(files.get("manifest.json")), files.get("signature"));
		SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
		assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(keys.pass()))).isTrue();
		var converter = new JcaX509CertificateConverter();
		List<X509Certificate> carried = signed.getCertificates().getMatches(null).stream()
			.map(holder -> certificate(converter, holder)).toList();
		assertThat(carried).containsExactlyInAnyOrder(keys.pass(), keys.wwdr());
		var time = signer.getSignedAttributes().get(CMSAttributes.signingTime);
		assertThat(time).isNotNull();
		Instant at = Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
		assertThat(at).isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(1));
		// the chain the pass carries leads to the root the test trusts
		var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(keys.pass(), keys.wwdr()));
		var parameters = new PKIXParameters(Set.of(new TrustAnchor(keys.root(), null)));
		parameters.setRevocationEnabled(false);
		CertPathValidator.getInstance("PKIX").validate(path, parameters);
	}

	@Test
	void aChangedManifestNoLongerVerifies() throws Exception {
		byte[] manifest = files.get("manifest.json").clone();
		manifest[10] ^= 1;
		CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(manifest), files.get("signature"));
		SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
		boolean verified;
		try {
			verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(keys.pass()));
		}
		catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
			verified = false;
		}
		assertThat(verified).isFalse();
	}

	@Test
	void describesTheCardAsAGenericPassWithAQrCodeOfItsAddress() {
		JsonNode pass = JsonMapper.shared().readTree(files.get("pass.json"));
		assertThat(pass.path("formatVersion").asInt()).isEqualTo(1);
		assertThat(pass.path("passTypeIdentifier").asString()).isEqualTo(TestWalletKeys.PASS_TYPE_ID);
		assertThat(pass.path("teamIdentifier").asString()).isEqualTo(TestWalletKeys.TEAM_ID);
		assertThat(pass.path("serialNumber").asString()).isEqualTo("cardinal-card-42");
		assertThat(pass.path("backgroundColor").asString()).isEqualTo("rgb(179, 18, 46)");
		assertThat(pass.path("foregroundColor").asString()).isEqualTo("rgb(255, 255, 255)");
		JsonNode barcode = pass.path("barcodes").path(0);
		assertThat(barcode.path("format").asString()).isEqualTo("PKBarcodeFormatQR");
		assertThat(barcode.path("message").asString()).isEqualTo("https://cards.example/ana-garcia?src=qr");
		JsonNode generic = pass.path("generic");
		assertThat(generic.path("secondaryFields").path(0).path("value").asString()).isEqualTo("Photographer <b>bold</b>");
		assertThat(generic.path("auxiliaryFields").path(0).path("value").asString()).startsWith("Luz & Co.");
		assertThat(generic.path("backFields").findValuesAsString("value")).contains("+34 612 34 56 78", "ana@example.com",
				"https://cards.example/ana-garcia");
	}

	@Test
	void keepsHostileTextAsOneLineOfText() {
		JsonNode pass = JsonMapper.shared().readTree(files.get("pass.json"));
		String name = pass.path("generic").path("primaryFields").path(0).path("value").asString();
		assertThat(name).isEqualTo("Ana \"García\" </script><script>alert(1)</script> X-Evil: 1 \u202Eesrever\\");
		assertThat(pass.path("description").asString()).isEqualTo("Business card of " + name);
		assertThat(new String(files.get("pass.json"), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r", "\n");
	}

	@Test
	void makesACardsPassOncePerVersionAndLanguage() {
		Card card = WalletFixtures.card(43, "bea", "Bea", null);
		byte[] first = passes.pass(card, WalletFixtures.ui(Locale.ENGLISH)).orElseThrow();
		assertThat(passes.pass(card, WalletFixtures.ui(Locale.ENGLISH)).orElseThrow()).isSameAs(first);
		assertThat(passes.pass(card, WalletFixtures.ui(Locale.forLanguageTag("es"))).orElseThrow()).isNotSameAs(first);
	}

	@Test
	void leavesTheThumbnailOutWithoutAPhoto() throws Exception {
		byte[] pkpass = passes.make(WalletFixtures.card(44, "cai", "Cai", null), WalletFixtures.ui(Locale.ENGLISH),
				AppleCredentials.load(new WalletProperties.Apple(TestWalletKeys.PASS_TYPE_ID, TestWalletKeys.TEAM_ID,
						keys.p12().toString(), TestWalletKeys.PASSWORD, keys.wwdrPem().toString())));
		assertThat(unzip(pkpass).keySet()).doesNotContain("thumbnail.png", "thumbnail@2x.png").contains("icon.png");
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		var files = new LinkedHashMap<String, byte[]>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static X509Certificate certificate(JcaX509CertificateConverter converter, X509CertificateHolder holder) {
		try {
			return converter.getCertificate(holder);
		}
		catch (java.security.cert.CertificateException e) {
			throw new IllegalStateException(e);
		}
	}
}
