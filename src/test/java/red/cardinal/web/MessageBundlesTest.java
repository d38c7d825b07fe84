package red.cardinal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text the UI shows exists in English and Spanish, and every key a template uses exists. */
class MessageBundlesTest {

	static final Path BUNDLES = Path.of("src/main/resources/messages");

	static final Pattern KEY_IN_TEMPLATE = Pattern.compile("ui\\.t\\(\"([A-Za-z0-9_.-]+)\"[,)]");

	@Test
	void spanishHasEveryEnglishKeyAndNoOthers() throws IOException {
		for (String bundle : bundles()) {
			Properties english = load(BUNDLES.resolve(bundle + ".properties"));
			Properties spanish = load(BUNDLES.resolve(bundle + "_es.properties"));
			assertThat(spanish.stringPropertyNames()).as("keys of %s_es", bundle)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			spanish.forEach((key, value) -> assertThat(value.toString()).as("%s_es %s", bundle, key).isNotBlank());
		}
	}

	@Test
	void everyKeyATemplateUsesIsTranslated() throws IOException {
		Set<String> known = new HashSet<>();
		for (String bundle : bundles()) {
			known.addAll(load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames());
		}
		Set<String> used = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				var matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(known).containsAll(used);
	}

	static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".properties") && !n.contains("_"))
				.map(n -> n.substring(0, n.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	static Properties load(Path path) throws IOException {
		var properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
