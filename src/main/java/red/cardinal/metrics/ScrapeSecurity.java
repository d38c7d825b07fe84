package red.cardinal.metrics;

import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus endpoint's own filter chain, ahead of the API's and the pages': stateless, no
 * CSRF, no session, and only what {@link ScrapeAccess} lets through. A refused scrape is a 401
 * when a token would open it, and a 404 when nothing would (no token, public port).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cardinal.metrics.enabled")
class ScrapeSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain prometheus(HttpSecurity http, @Value("${cardinal.metrics.token:}") String token,
			ServletContext servletContext) throws Exception {
		var access = new ScrapeAccess(token, servletContext);
		http.securityMatcher("/actuator/prometheus")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth
				.anyRequest().access((authentication, context) -> new AuthorizationDecision(access.allowed(context.getRequest()))))
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				HttpStatus status = access.tokenRequired() ? HttpStatus.UNAUTHORIZED : HttpStatus.NOT_FOUND;
				if (access.tokenRequired()) {
					response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
				}
				response.setStatus(status.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
						+ "\",\"status\":" + status.value() + "}");
			}));
		return http.build();
	}
}
