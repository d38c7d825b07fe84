package red.cardinal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Other assets are revalidated on each use (see {@code spring.web.resources.cache} in
	 * application.properties); a font file never changes under its name, so it is kept for a year.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/fonts/**")
			.addResourceLocations("classpath:/static/assets/fonts/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

	/** The languages whose bundles are complete; a test keeps them so. */
	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	/**
	 * The language is one we have complete bundles for; the country is the visitor's own, because
	 * phone numbers typed without {@code +} are read in it ({@code es-MX} → Spanish, Mexico).
	 */
	@Bean
	LocaleResolver localeResolver() {
		var resolver = new AcceptHeaderLocaleResolver() {
			@Override
			public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				Locale language = super.resolveLocale(request);
				String country = request.getHeader("Accept-Language") == null ? "" : request.getLocale().getCountry();
				return language.getCountry().isEmpty() && !country.isEmpty()
						? new Locale.Builder().setLanguage(language.getLanguage()).setRegion(country).build() : language;
			}
		};
		resolver.setSupportedLocales(SUPPORTED);
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}
}
