package red.cardinal.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.session.web.http.CookieSerializer;

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
	SpringSessionRememberMeServices rememberMeServices(SessionLifetimes lifetimes) {
		var services = new SpringSessionRememberMeServices();
		services.setValiditySeconds((int) lifetimes.rememberMe().toSeconds());
		return services;
	}

	/** The session cookie of a remember-me sign-in lasts as long as the server keeps the session. */
	@Bean
	static BeanPostProcessor rememberMeCookies(ObjectProvider<SessionLifetimes> lifetimes) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof CookieSerializer cookies && !(bean instanceof RememberMeCookies)
						? new RememberMeCookies(cookies, (int) lifetimes.getObject().rememberMe().toSeconds()) : bean;
			}
		};
	}

	/**
	 * Form sign-in checks the password before it says an account is unverified, so that neither the
	 * answer nor its time tells a stranger which emails have an account (for an unknown email
	 * Spring's provider checks the password against a made-up hash).
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder passwords) {
		var provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwords);
		provider.setPreAuthenticationChecks(user -> {
			// nothing before the password: accounts are neither locked nor expiring
		});
		provider.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("The email is not verified yet");
			}
		});
		return provider;
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
				.requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(jdbc, accounts), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
						+ "\"detail\":\"Send Authorization: Bearer <token>; create a token with POST /api/v1/tokens.\"}");
			}).accessDeniedHandler((request, response, ex) -> {
				response.setStatus(HttpStatus.FORBIDDEN.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
						+ "\"detail\":\"Only an admin's token may do this.\"}");
			}));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SpringSessionRememberMeServices rememberMe, RateLimits limits,
			SessionLifetimes lifetimes) throws Exception {
		var signIns = new LoginRateLimitFilter(limits);
		var landing = new SavedRequestAwareAuthenticationSuccessHandler();
		landing.setDefaultTargetUrl("/dashboard");
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/dashboard/**", "/account/**").authenticated()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				// the remember-me services have flagged the request by now: the stamp knows which lifetime applies
				.successHandler((request, response, authentication) -> {
					signIns.succeeded(request);
					lifetimes.stamp(request);
					landing.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, e) -> response.sendRedirect(
						e instanceof DisabledException ? "/login?unverified" : "/login?error"))
				.permitAll())
			// a visitor's order, booking or shared details carry no session to ride on: open to anyone, rate-limited instead
			// (a manage link's own secret token is what protects a booking's changes)
			.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/order"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/book"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/share"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/connect"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/*/book/manage/**")))
			.addFilterBefore(signIns, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(lifetimes), SecurityContextHolderFilter.class)
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
