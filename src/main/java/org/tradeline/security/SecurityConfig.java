package org.tradeline.security;

import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.SecurityHeaders;
import org.tradeline.token.ApiTokens;

/**
 * Reads are public; writes need a bearer token with the editor role (admins included); token
 * management needs admin, and so do the exposed actuator endpoints other than health unless they
 * are on their own management port. Failures are answered
 * by the one ProblemHandler, reached through the MVC exception resolver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

	static final String EDITOR = "EDITOR";

	static final String ADMIN = "ADMIN";

	private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

	/** The embeddable pages: framable by any site, everything else as strict as the API. */
	@Bean
	@Order(1)
	SecurityFilterChain embedChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/embed/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(org.tradeline.embed.EmbedSecurityPolicy.VALUE))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.cacheControl(cache -> cache.disable()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, SecurityProperties properties, ApiTokens tokens,
			Environment environment, Limiters limiters,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) throws Exception {
		AuthenticationEntryPoint entryPoint = (request, response, ex) -> resolver.resolveException(request, response,
				null, ex);
		AccessDeniedHandler denied = (request, response, ex) -> resolver.resolveException(request, response, null, ex);
		CorsFilter cors = new CorsFilter(corsSource(properties.cors()));
		cors.setCorsProcessor(new ProblemCorsProcessor(resolver));
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/error")
			.permitAll()
			// Exposed actuator endpoints other than health are for operators; unexposed ones stay 404.
			// On their own port (the default) reaching the port is the credential, so no token is asked:
			// a scraper needs no secret that could also mint tokens. On the public port they need admin.
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.access(separateManagementPort(environment) ? SingleResultAuthorizationManager.permitAll()
					: AuthorityAuthorizationManager.hasRole(ADMIN))
			.requestMatchers("/api/v1/admin/**")
			.hasRole(ADMIN)
			// Every method, however spelt: HEAD would reveal status, Content-Length and ETag.
			.requestMatchers("/api/v1/events/*/revisions", "/api/v1/events/*/revisions/*", "/api/v1/sources/*/revisions",
					"/api/v1/sources/*/revisions/*", "/api/v1/sources/*/suggestions")
			.hasRole(EDITOR)
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/**")
			.permitAll()
			.requestMatchers("/api/v1/**")
			.hasRole(EDITOR)
			// Outside the API nothing takes a write (NonApiWritesTest lists the mappings): routing answers
			// 405 with Allow where the URL serves something, else 404, to every caller alike.
			.anyRequest()
			.permitAll())
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// Responses are public data; caching is decided per endpoint, not blanket no-store.
				.cacheControl(cache -> cache.disable())
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			.addFilter(cors)
			.addFilterBefore(new ApiTokenFilter(tokens, properties.bootstrapAdminTokenSha256(), entryPoint,
					new Budgets(properties.rateLimit().failedAuthenticationsPerClient(), properties.rateLimit().period()),
					resolver), BasicAuthenticationFilter.class)
			.addFilterAfter(RateLimitFilter.writes(limiters, resolver), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The body cap is a servlet filter of its own, ahead of everything that could read a body (the
	 * security chain included), not a filter inside the chain.
	 */
	@Bean
	BodyLimitFilter bodyLimitFilter(SecurityProperties properties,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		return new BodyLimitFilter(new BodyLimitFilter.Caps(properties.maxBodyBytes(),
				// An ingested document may be larger than other bodies; ingest refuses one over its own cap.
				new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/admin/backup"),
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/ingest")),
				properties.backup().maxBytes()), resolver);
	}

	/** Reads are limited per client before anything else runs, so answers from the read cache count too. */
	@Bean
	RateLimitFilter readLimitFilter(Limiters limiters,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		return RateLimitFilter.reads(limiters, resolver);
	}

	/** Read and write budgets: shared through the database on PostgreSQL, in memory on H2. */
	@Bean
	Limiters limiters(SecurityProperties properties, DataSource dataSource, JdbcClient jdbc, MeterRegistry meters) {
		return Limiters.of(properties.rateLimit(), dataSource, jdbc, meters);
	}

	/** The firewall's defaults, stated so that its refusals of other methods (TRACK, ...) can say 405. */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHttpMethods(METHODS);
		return firewall;
	}

	/**
	 * Requests the firewall refuses get a problem too: 405 for a method it does not allow (its Allow
	 * lists what the URL serves, not this list), else 400 for the URL (encoded slashes, semicolons,
	 * control characters). The firewall refuses before the chain's header writer runs, so the
	 * security headers are added here.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		return (request, response, ex) -> {
			SecurityHeaders.addMissing(response);
			resolver.resolveException(request, response, null,
					METHODS.contains(request.getMethod()) ? InvalidParameterException.refusedUrl()
							: new HttpRequestMethodNotSupportedException(request.getMethod()));
		};
	}

	private static boolean separateManagementPort(Environment environment) {
		return ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
	}

	/** Separate allow-lists: reads (public data, any origin by default) and writes (none by default). */
	private static CorsConfigurationSource corsSource(SecurityProperties.Cors cors) {
		CorsConfiguration reads = new CorsConfiguration();
		reads.setAllowedOriginPatterns(cors.readOrigins());
		reads.setAllowedMethods(List.of("GET", "HEAD"));
		reads.setAllowedHeaders(List.of("If-None-Match", "If-Modified-Since", "Accept"));
		// Link: a sync's next page, which a browser mirror must read to go on.
		reads.setExposedHeaders(List.of("ETag", "Last-Modified", "Link", "Retry-After"));
		reads.setMaxAge(3600L);
		CorsConfiguration writes = new CorsConfiguration();
		writes.setAllowedOriginPatterns(cors.writeOrigins());
		writes.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		// An editor's requests carry every precondition the API honours: on writes and on token reads.
		writes.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-Match", "If-None-Match",
				"If-Modified-Since", "If-Unmodified-Since"));
		writes.setExposedHeaders(List.of("ETag", "Last-Modified", "Link", "Location", "Retry-After"));
		writes.setMaxAge(3600L);
		return (HttpServletRequest request) -> {
			String method = CorsUtils.isPreFlightRequest(request)
					? request.getHeader("Access-Control-Request-Method") : request.getMethod();
			String requested = request.getHeader("Access-Control-Request-Headers");
			boolean authorized = request.getHeader("Authorization") != null
					|| (requested != null && requested.toLowerCase(java.util.Locale.ROOT).contains("authorization"));
			boolean read = ("GET".equals(method) || "HEAD".equals(method)) && !authorized;
			return read ? reads : writes;
		};
	}

}
