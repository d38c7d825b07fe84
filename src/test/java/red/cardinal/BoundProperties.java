package red.cardinal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The properties the app binds, and whether an environment variable sets one of them (Spring
 * Boot's relaxed binding: {@code CARDINAL_MEDIA_S3_ACCESS_KEY} or {@code CARDINAL_MEDIA_S3_ACCESSKEY}
 * for {@code cardinal.media.s3.access-key}). Known are: every property in the configuration
 * metadata of the jars on the class path (Spring Boot's, with map-valued ones such as
 * {@code spring.mail.properties.*} taken as prefixes), the keys of application.properties, every
 * {@code ${name}} our code and properties resolve, and the components of our
 * {@code @ConfigurationProperties} records.
 */
final class BoundProperties {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");

	private final Set<String> names = new HashSet<>();
	private final Set<String> mapPrefixes = new HashSet<>();

	BoundProperties() throws IOException {
		springMetadata();
		ourProperties();
		ourConfigurationProperties();
	}

	/** Whether the environment variable {@code variable} sets a property the app binds. */
	boolean binds(String variable) {
		if (names.stream().anyMatch(name -> environmentForms(name).contains(variable))) {
			return true;
		}
		return mapPrefixes.stream()
			.flatMap(prefix -> environmentForms(prefix).stream())
			.anyMatch(prefix -> variable.startsWith(prefix + "_") && variable.length() > prefix.length() + 1);
	}

	private static Set<String> environmentForms(String name) {
		String upper = name.toUpperCase(Locale.ROOT).replace('.', '_');
		return new HashSet<>(List.of(upper.replace("-", ""), upper.replace("-", "_")));
	}

	private void springMetadata() throws IOException {
		var json = JsonMapper.shared();
		for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					String name = property.path("name").asString();
					names.add(name);
					if (property.path("type").asString("").startsWith("java.util.Map")) {
						mapPrefixes.add(name);
					}
				}
			}
		}
	}

	private void ourProperties() throws IOException {
		Path properties = Path.of("src/main/resources/application.properties");
		var loaded = new Properties();
		try (var in = Files.newInputStream(properties)) {
			loaded.load(in);
		}
		names.addAll(loaded.stringPropertyNames());
		placeholders(Files.readString(properties));
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
				try {
					placeholders(Files.readString(p));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private void placeholders(String text) {
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			names.add(m.group(1));
		}
	}

	private void ourConfigurationProperties() throws IOException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (var candidate : scanner.findCandidateComponents("red.cardinal")) {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName());
				ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
				components(annotation.value().isEmpty() ? annotation.prefix() : annotation.value(), type);
			}
			catch (ClassNotFoundException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private void components(String prefix, Class<?> type) {
		if (!type.isRecord()) {
			names.add(prefix);
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
			names.add(name);
			components(name, component.getType());
		}
	}
}
