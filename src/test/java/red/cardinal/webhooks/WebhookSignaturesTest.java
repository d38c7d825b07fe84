package red.cardinal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import red.cardinal.shared.Violation;

class WebhookSignaturesTest {

	@Test
	void signsTheStandardWebhooksTestVectorExactly() {
		// the specification's reference libraries' own test: secret, id, timestamp and body as published
		assertThat(WebhookSignatures.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void makesSecretsOf32RandomBytesAndUniqueMessageIds() {
		String secret = WebhookSignatures.newSecret();
		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
		assertThat(WebhookSignatures.newSecret()).isNotEqualTo(secret);
		assertThat(WebhookSignatures.newMessageId()).matches("msg_[A-Za-z0-9_-]{24}");
	}

	@Test
	void retriesWithinAMinuteThenMinutesThenHoursForAboutADay() {
		var schedule = new RetrySchedule(RetrySchedule.DEFAULT);
		assertThat(schedule.after(1)).hasValueSatisfying(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMinutes(1)));
		assertThat(schedule.after(2)).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(1), Duration.ofHours(1)));
		assertThat(schedule.after(7)).hasValueSatisfying(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofHours(1)));
		assertThat(schedule.after(8)).isEmpty();
		assertThat(schedule.attempts()).isEqualTo(8);
		assertThat(RetrySchedule.DEFAULT.stream().reduce(Duration.ZERO, Duration::plus))
			.isBetween(Duration.ofHours(20), Duration.ofHours(30));
	}

	@Test
	void neverSendsToLinkLocalOrMetadataAndToPrivateNetworksOnlyWhenAllowed() throws Exception {
		var strict = new WebhookAddresses(false);
		var intranet = new WebhookAddresses(true);
		for (String always : List.of("169.254.169.254", "fe80::1", "fd00:ec2::254", "100.100.100.200", "0.0.0.0", "::",
				"224.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "255.255.255.255")) {
			assertThat(strict.refused(InetAddress.getByName(always))).as(always).isTrue();
			assertThat(intranet.refused(InetAddress.getByName(always))).as(always + " on an intranet").isTrue();
		}
		for (String internal : List.of("127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1",
				"fd12:3456::1", "::ffff:10.0.0.1", "::127.0.0.1")) {
			assertThat(strict.refused(InetAddress.getByName(internal))).as(internal).isTrue();
			assertThat(intranet.refused(InetAddress.getByName(internal))).as(internal + " on an intranet").isFalse();
		}
		for (String outside : List.of("93.184.216.34", "2606:2800:220:1::1", "8.8.8.8", "172.32.0.1")) {
			assertThat(strict.refused(InetAddress.getByName(outside))).as(outside).isFalse();
		}
	}

	@Test
	void savesOnlyHttpsUrlsWithoutCredentialsToAllowedAddresses() {
		var strict = new WebhookAddresses(false);
		assertThat(codes(strict, "https://93.184.216.34/hook")).isEmpty();
		assertThat(codes(strict, "http://93.184.216.34/hook")).containsExactly("webhooks.url.https");
		assertThat(codes(strict, "https://169.254.169.254/latest/meta-data")).containsExactly("webhooks.url.private");
		assertThat(codes(strict, "https://[::1]:8443/hook")).containsExactly("webhooks.url.private");
		assertThat(codes(strict, "https://localhost/hook")).containsExactly("webhooks.url.private");
		assertThat(codes(strict, "https://user:pw@93.184.216.34/")).containsExactly("webhooks.url.invalid");
		assertThat(codes(strict, "https://93.184.216.34/a\r\nHost: evil")).containsExactly("webhooks.url.invalid");
		assertThat(codes(strict, "javascript:alert(1)")).containsExactly("webhooks.url.invalid");
		assertThat(codes(strict, "https://x.invalid/")).containsExactly("webhooks.url.unresolvable");
		assertThat(codes(strict, "https://" + "a".repeat(2000) + ".example/")).containsExactly("webhooks.url.invalid");
		assertThat(codes(new WebhookAddresses(true), "http://127.0.0.1:9000/hook")).isEmpty();
	}

	private static List<String> codes(WebhookAddresses addresses, String url) {
		var violations = new ArrayList<Violation>();
		addresses.check(url, violations);
		return violations.stream().map(Violation::code).toList();
	}
}
