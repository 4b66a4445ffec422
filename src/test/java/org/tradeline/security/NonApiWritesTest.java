package org.tradeline.security;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.support.WebContentGenerator;
import org.tradeline.TradelineApplication;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside /api/v1 a method other than GET, HEAD and OPTIONS is left to routing (405 with Allow, or
 * 404), because nothing there takes a write but what keeps its own rule. Here on an application whose
 * actuator shares the public port and exposes a writable endpoint (loggers): every mapping outside the
 * API that takes such a method is listed, and each still refuses it without the role its rule asks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonApiWritesTest {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * Every URL outside the API whose mapping takes a method other than GET, HEAD and OPTIONS, with the
	 * request that writes there. The error page answers any method and writes nothing; its rule is its own.
	 */
	private static final Map<String, String> WRITABLE = Map.of("/actuator/loggers/{name}",
			"/actuator/loggers/org.tradeline");

	private static final String ERROR_PAGE = "/error";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private ConfigurableApplicationContext app;

	private String base;

	private String editor;

	@BeforeAll
	void start() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Map<String, Object> properties = new HashMap<>(TestDatabase.newDatabase());
		properties.put("server.port", port);
		properties.put("management.server.port", port);
		properties.put("management.endpoints.web.exposure.include", "health,info,loggers");
		this.app = new SpringApplicationBuilder(TradelineApplication.class).listeners(NonApiWritesTest::noManagementAddress)
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		this.base = Applications.baseUrl(this.app);
		this.editor = Editors.create(this.base, "non-api-editor", "editor");
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void theOnlyMappingsOutsideTheApiThatTakeWritesAreTheListedOnes() {
		Set<String> expected = new TreeSet<>(WRITABLE.keySet());
		expected.add(ERROR_PAGE);
		assertThat(nonReadMappingsOutsideTheApi(this.app)).as("a new mapping outside /api/v1 takes a write: give it a rule")
			.isEqualTo(expected);
	}

	@Test
	void aWriteOutsideTheApiStillNeedsItsRole() throws Exception {
		for (String path : WRITABLE.values()) {
			String level = "{\"configuredLevel\": \"DEBUG\"}";
			assertThat(send("POST", path, null, level).statusCode()).as(path).isEqualTo(401);
			assertThat(send("POST", path, this.editor, level).statusCode()).as(path).isEqualTo(403);
			assertThat(send("POST", path, Editors.BOOTSTRAP_ADMIN, "{}").statusCode()).as(path).isEqualTo(204);
		}
	}

	@Test
	void otherWritesOutsideTheApiAreRoutedToTheirAnswer() throws Exception {
		for (String token : new String[] { null, this.editor, Editors.BOOTSTRAP_ADMIN }) {
			for (String path : List.of("/readyz", "/livez", "/actuator/health")) {
				HttpResponse<String> answer = send("POST", path, token, "{}");
				assertThat(answer.statusCode()).as(path).isEqualTo(405);
				assertThat(answer.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD, OPTIONS");
			}
			HttpResponse<String> nothing = send("DELETE", "/nothing-here", token, null);
			assertThat(nothing.statusCode()).isEqualTo(404);
			assertThat(JsonPath.<String>read(nothing.body(), "$.detail")).startsWith("Nothing is served at this path");
		}
	}

	/**
	 * application.properties binds the management server to loopback, which Boot allows only on a port
	 * of its own: the setting is left out, as an operator sharing the port would.
	 */
	private static void noManagementAddress(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			MutablePropertySources sources = prepared.getEnvironment().getPropertySources();
			for (PropertySource<?> source : sources.stream().toList()) {
				if (source instanceof EnumerablePropertySource<?> file && source.getName().contains("application.properties")) {
					Map<String, Object> kept = new HashMap<>();
					for (String name : file.getPropertyNames()) {
						if (!name.equals("management.server.address")) {
							kept.put(name, file.getProperty(name));
						}
					}
					sources.replace(source.getName(), new MapPropertySource(source.getName(), kept));
				}
			}
		}
	}

	/** The path patterns outside /api/v1 whose handlers take a method other than GET, HEAD and OPTIONS. */
	static Set<String> nonReadMappingsOutsideTheApi(ApplicationContext context) {
		Set<String> found = new TreeSet<>();
		for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
			if (mapping instanceof RequestMappingInfoHandlerMapping infos) {
				for (RequestMappingInfo info : infos.getHandlerMethods().keySet()) {
					Set<String> methods = new TreeSet<>();
					info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
					if (methods.isEmpty() || !READS.containsAll(methods)) {
						info.getPatternValues().stream().filter(NonApiWritesTest::outsideTheApi).forEach(found::add);
					}
				}
			}
			else if (mapping instanceof AbstractUrlHandlerMapping urls) {
				urls.getHandlerMap().forEach((pattern, handler) -> {
					String[] supported = (handler instanceof WebContentGenerator generator)
							? generator.getSupportedMethods() : null;
					if ((supported == null || !READS.containsAll(Arrays.asList(supported))) && outsideTheApi(pattern)) {
						found.add(pattern);
					}
				});
			}
			else if (!(mapping instanceof RouterFunctionMapping router && router.getRouterFunction() == null)) {
				found.add("unexamined: " + mapping.getClass().getName());
			}
		}
		return found;
	}

	private static boolean outsideTheApi(String pattern) {
		return !pattern.startsWith("/api/v1/");
	}

	private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
