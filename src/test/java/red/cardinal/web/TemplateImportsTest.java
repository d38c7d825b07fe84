package red.cardinal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Modulith cannot see what jte templates import (they compile to gg.jte.generated), so this keeps
 * them inside their module: a template imports its own module's types, and web and shared.
 */
class TemplateImportsTest {

	static final Set<String> WEB_FOLDERS = Set.of("layout", "tag", "error", "home");

	static final Pattern IMPORT = Pattern.compile("^@import\\s+red\\.cardinal\\.([a-z]+)\\.", Pattern.MULTILINE);

	@Test
	void templatesImportOnlyTheirModuleAndTheWebShell() throws IOException {
		Path root = Path.of("src/main/jte");
		try (Stream<Path> templates = Files.walk(root)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				String folder = root.relativize(template).getName(0).toString();
				String module = WEB_FOLDERS.contains(folder) ? "web" : folder;
				var matcher = IMPORT.matcher(Files.readString(template));
				while (matcher.find()) {
					assertThat(matcher.group(1)).as("module imported by %s", template)
						.isIn(module, "web", "shared");
				}
			}
		}
	}
}
