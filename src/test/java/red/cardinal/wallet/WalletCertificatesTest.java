package red.cardinal.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import red.cardinal.wallet.WalletStatus.State;

class WalletCertificatesTest {

	@TempDir
	Path dir;

	@Test
	void isOffWithNothingConfigured() {
		var status = WalletFixtures.certificates(Map.of()).status();
		assertThat(status.apple().state()).isEqualTo(State.OFF);
		assertThat(status.google().state()).isEqualTo(State.OFF);
	}

	@Test
	void isReadyWithGoodCredentialsAndSaysWhenTheyExpire() {
		var properties = new HashMap<>(TestWalletKeys.apple(dir, Duration.ofDays(200)).properties());
		properties.putAll(TestWalletKeys.google(dir).properties());
		var certificates = WalletFixtures.certificates(properties);
		var status = certificates.status();
		assertThat(status.apple().state()).isEqualTo(State.READY);
		assertThat(status.apple().signer()).isEqualTo(TestWalletKeys.PASS_TYPE_ID);
		assertThat(status.apple().expiries()).extracting(WalletStatus.Expiry::certificate).containsExactly("pass", "wwdr");
		assertThat(status.apple().expiries().get(0).daysLeft()).isBetween(198L, 200L);
		assertThat(status.apple().expiresSoon()).isFalse();
		assertThat(status.google().state()).isEqualTo(State.READY);
		assertThat(status.google().signer()).isEqualTo(TestWalletKeys.CLIENT_EMAIL);
		assertThat(certificates.apple()).isPresent();
	}

	@Test
	void warnsOfACertificateThatExpiresWithinThirtyDays() {
		var status = WalletFixtures.certificates(TestWalletKeys.apple(dir, Duration.ofDays(10)).properties()).status();
		assertThat(status.apple().state()).isEqualTo(State.READY);
		assertThat(status.apple().expiresSoon()).isTrue();
	}

	@Test
	void makesNoPassWithAnExpiredCertificate() {
		var certificates = WalletFixtures.certificates(TestWalletKeys.apple(dir, Duration.ofHours(-1)).properties());
		assertThat(certificates.status().apple().state()).isEqualTo(State.EXPIRED);
		assertThat(certificates.status().apple().problem()).contains("pass certificate expired");
		assertThat(certificates.apple()).isEmpty();
	}

	@Test
	void saysWhatIsWrongInsteadOfFailingToStart() throws Exception {
		var good = TestWalletKeys.apple(dir, Duration.ofDays(100));
		assertThat(problem(with(good.properties(), "cardinal.wallet.apple.certificate-password", "wrong"))).contains("password");
		assertThat(problem(with(good.properties(), "cardinal.wallet.apple.pass-type-id", "pass.other.id")))
			.contains("pass type " + TestWalletKeys.PASS_TYPE_ID);
		assertThat(problem(with(good.properties(), "cardinal.wallet.apple.team-id", "OTHERTEAM"))).contains("team");
		assertThat(problem(with(good.properties(), "cardinal.wallet.apple.certificate", dir.resolve("none.p12").toString())))
			.contains("none.p12");
		assertThat(problem(with(good.properties(), "cardinal.wallet.apple.wwdr-certificate", null))).contains("wwdr-certificate not set");
		Path other = Files.createDirectory(dir.resolve("other"));
		String otherWwdr = TestWalletKeys.apple(other, Duration.ofDays(100)).wwdrPem().toString();
		assertThat(problem(with(good.properties(), "cardinal.wallet.apple.wwdr-certificate", otherWwdr)))
			.contains("does not verify");
		Path notPem = Files.writeString(dir.resolve("not.pem"), "hello");
		assertThat(problem(with(good.properties(), "cardinal.wallet.apple.wwdr-certificate", notPem.toString())))
			.contains("cannot be read");
	}

	@Test
	void saysWhatIsWrongWithTheGoogleKey() throws Exception {
		var good = TestWalletKeys.google(dir).properties();
		assertThat(googleProblem(with(good, "cardinal.wallet.google.issuer-id", "abc"))).contains("digits");
		Path notKey = Files.writeString(dir.resolve("key.json"), "{\"client_email\":\"a@b\",\"private_key\":\"nope\"}");
		assertThat(googleProblem(with(good, "cardinal.wallet.google.service-account-key", notKey.toString())))
			.contains("not an RSA key");
		Path notJson = Files.writeString(dir.resolve("bad.json"), "{{");
		assertThat(googleProblem(with(good, "cardinal.wallet.google.service-account-key", notJson.toString())))
			.contains("cannot be read");
	}

	private static Map<String, String> with(Map<String, String> properties, String name, String value) {
		var changed = new HashMap<>(properties);
		changed.put(name, value);
		return changed;
	}

	private static String problem(Map<String, String> properties) {
		var status = WalletFixtures.certificates(properties).status().apple();
		assertThat(status.state()).isEqualTo(State.FAILED);
		return status.problem();
	}

	private static String googleProblem(Map<String, String> properties) {
		var status = WalletFixtures.certificates(properties).status().google();
		assertThat(status.state()).isEqualTo(State.FAILED);
		return status.problem();
	}
}
