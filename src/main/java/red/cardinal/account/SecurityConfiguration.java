package red.cardinal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;

import red.cardinal.web.ContentSecurityPolicy;

/**
 * Two ways in: the JSON API under {@code /api} is stateless and takes bearer tokens (so it needs
 * no CSRF token: it never reads a cookie); everything else uses form login with CSRF and a
 * session kept in the database.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SpringSessionRememberMeServices rememberMeServices() {
		var services = new SpringSessionRememberMeServices();
		services.setValiditySeconds(60 * 60 * 24 * 30);
		return services;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JdbcClient jdbc, Accounts accounts) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/tokens").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/themes", "/api/v1/fonts").permitAll()
				.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(jdbc, accounts), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
						+ "\"detail\":\"Send Authorization: Bearer <token>; create a token with POST /api/v1/tokens.\"}");
			}));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SpringSessionRememberMeServices rememberMe, RateLimits limits)
			throws Exception {
		var signIns = new LoginRateLimitFilter(limits);
		var toDashboard = new SavedRequestAwareAuthenticationSuccessHandler();
		toDashboard.setDefaultTargetUrl("/dashboard");
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/dashboard/**", "/account/**").authenticated()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler((request, response, authentication) -> {
					signIns.succeeded(request);
					toDashboard.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, e) -> response.sendRedirect(
						e instanceof DisabledException ? "/login?unverified" : "/login?error"))
				.permitAll())
			// a visitor's order or booking carries no session to ride on: open to anyone, rate-limited instead
			// (a manage link's own secret token is what protects a booking's changes)
			.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/order"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/book"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/share"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/book/manage/**")))
			.addFilterBefore(signIns, UsernamePasswordAuthenticationFilter.class)
			.rememberMe(r -> r.rememberMeServices(rememberMe))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin));
	}
}
