package red.cardinal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ReflectionUtils;

/**
 * Points the Spring context of a test class with a static {@link TestMail} field (its own, an
 * enclosing class's or a superclass's) at that server, as a {@code @DynamicPropertySource} would:
 * the port is read when the context starts, after the server has. Each such field gets its own
 * context, since each class gets its own server.
 */
class TestMailProperties implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
		for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
			Field field = mailField(c);
			if (field != null) {
				return new Customizer(field);
			}
		}
		return null;
	}

	private static Field mailField(Class<?> testClass) {
		Field[] found = { null };
		ReflectionUtils.doWithFields(testClass, f -> found[0] = found[0] != null ? found[0] : f,
				f -> Modifier.isStatic(f.getModifiers()) && TestMail.class.isAssignableFrom(f.getType()));
		return found[0];
	}

	private record Customizer(Field field) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment().getPropertySources().addFirst(new Values(Map.of(
					"spring.mail.host", () -> TestMail.HOST,
					"spring.mail.port", () -> mail().port())));
		}

		private TestMail mail() {
			ReflectionUtils.makeAccessible(field);
			return Objects.requireNonNull((TestMail) ReflectionUtils.getField(field, null), field + " is null");
		}
	}

	private static final class Values extends EnumerablePropertySource<Map<String, Supplier<Object>>> {

		Values(Map<String, Supplier<Object>> values) {
			super("testMail", values);
		}

		@Override
		public String[] getPropertyNames() {
			return getSource().keySet().toArray(String[]::new);
		}

		@Override
		public Object getProperty(String name) {
			Supplier<Object> value = getSource().get(name);
			return value == null ? null : value.get();
		}
	}
}
