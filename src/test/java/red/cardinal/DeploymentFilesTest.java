package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container and service files (no container engine runs here): compose.yaml parses and has
 * the services Cardinal needs, each checked for health; and every environment variable that the
 * Dockerfile, the compose file, the systemd unit and its example settings give Cardinal is a
 * property the app binds, so a misspelt one fails here instead of being silently ignored.
 */
class DeploymentFilesTest {

	static BoundProperties bound;

	@BeforeAll
	static void properties() throws IOException {
		bound = new BoundProperties();
	}

	@Test
	void knowsABoundPropertyFromATypo() {
		assertThat(bound.binds("CARDINAL_MEDIA_S3_ACCESS_KEY")).isTrue();
		assertThat(bound.binds("CARDINAL_MEDIA_S3_ACCESSKEY")).isTrue();
		assertThat(bound.binds("SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE")).isTrue();
		assertThat(bound.binds("LOGGING_STRUCTURED_FORMAT_CONSOLE")).isTrue();
		assertThat(bound.binds("CARDINAL_MEDIA_S3_BUKET")).isFalse();
		assertThat(bound.binds("SPRING_DATASOURCE_URI")).isFalse();
		assertThat(bound.binds("CARDINAL_METRICS")).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void composeRunsCardinalWithPostgresAndS3EachHealthChecked() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
		var services = (Map<String, Map<String, Object>>) compose.get("services");
		assertThat(services).containsKeys("cardinal", "postgres", "s3");
		for (String service : List.of("cardinal", "postgres", "s3")) {
			assertThat(services.get(service)).as(service).containsKey("healthcheck");
		}
		var cardinal = services.get("cardinal");
		assertThat(cardinal.get("healthcheck").toString()).contains("/actuator/health/readiness");
		var dependsOn = (Map<String, Map<String, String>>) cardinal.get("depends_on");
		assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
		assertThat(dependsOn.get("s3")).containsEntry("condition", "service_healthy");
		Map<String, String> env = environment(cardinal);
		assertThat(env.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:");
		assertThat(env).containsEntry("CARDINAL_MEDIA_STORE", "s3").containsEntry("CARDINAL_DATA_DIR", "/data");
		assertThat(env.get("CARDINAL_MEDIA_S3_ENDPOINT")).startsWith("http://s3:");
		assertThat((List<String>) cardinal.get("volumes")).anyMatch(v -> v.endsWith(":/data"));
		assertThat(env.keySet()).allSatisfy(variable -> assertThat(bound.binds(variable) || jvm(variable))
			.as("compose.yaml sets %s, which no property of the app binds", variable).isTrue());
	}

	@Test
	void everyVariableOfTheDockerfileTheUnitAndItsSettingsIsABoundProperty() throws IOException {
		var files = Map.of("Dockerfile", Pattern.compile("(?m)^ENV\\s+([A-Z0-9_]+)="),
				"deploy/cardinal.service", Pattern.compile("(?m)^Environment=\"?([A-Z0-9_]+)="),
				// settings left commented out count too: they are what someone will uncomment
				"deploy/cardinal.env", Pattern.compile("(?m)^#?([A-Z][A-Z0-9_]+)="));
		files.forEach((file, variable) -> {
			List<String> names = matches(file, variable);
			assertThat(names).as(file).isNotEmpty();
			assertThat(names).allSatisfy(name -> assertThat(bound.binds(name) || jvm(name))
				.as("%s sets %s, which no property of the app binds", file, name).isTrue());
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyVariableTheFilesSetIsDocumented() throws IOException {
		String docs = Files.readString(Path.of("docs/configuration.md")) + Files.readString(Path.of("docs/deployment.md"));
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
		var names = new java.util.TreeSet<>(environment(((Map<String, Map<String, Object>>) compose.get("services")).get("cardinal")).keySet());
		names.addAll(matches("Dockerfile", Pattern.compile("(?m)^ENV\\s+([A-Z0-9_]+)=")));
		names.addAll(matches("deploy/cardinal.env", Pattern.compile("(?m)^#?([A-Z][A-Z0-9_]+)=")));
		assertThat(names).allSatisfy(name -> assertThat(docs).as("docs name %s", name).contains(name));
	}

	@Test
	void composeSettingsExampleOnlyNamesWhatComposeReads() throws IOException {
		String compose = Files.readString(Path.of("compose.yaml"));
		assertThat(matches("deploy/compose.env.example", Pattern.compile("(?m)^#?([A-Z][A-Z0-9_]+)=")))
			.isNotEmpty()
			.allSatisfy(name -> assertThat(compose).as("compose.yaml reads ${%s}", name).contains("${" + name));
	}

	@Test
	void dockerfileRunsTheJarOnAJreAsAnUnprivilegedUserWithAReadinessCheck() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).containsPattern("(?m)^FROM \\S+-jre\\b")
			.containsPattern("(?m)^USER (?!root)\\w+")
			.containsPattern("(?m)^VOLUME /data$")
			.containsPattern("(?s)HEALTHCHECK.*?/actuator/health/readiness");
		String unit = Files.readString(Path.of("deploy/cardinal.service"));
		assertThat(unit).containsPattern("(?m)^User=cardinal$").containsPattern("(?m)^ExecStart=.* -jar \\S+cardinal.jar$");
	}

	private static boolean jvm(String variable) {
		return variable.equals("JAVA_TOOL_OPTIONS");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> environment(Map<String, Object> service) {
		var env = new LinkedHashMap<String, String>();
		((Map<String, Object>) service.get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
		return env;
	}

	private static List<String> matches(String file, Pattern pattern) {
		try {
			Matcher m = pattern.matcher(Files.readString(Path.of(file)));
			return m.results().map(r -> r.group(1)).toList();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
