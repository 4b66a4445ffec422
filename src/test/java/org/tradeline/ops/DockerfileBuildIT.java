package org.tradeline.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.tradeline.support.Processes.freePort;
import static org.tradeline.support.Processes.javaExecutable;
import static org.tradeline.support.Processes.tail;

/**
 * The image, proved without a container engine: the build stage's COPY lines are the only files
 * put in a fresh directory, its package step runs there, and the runtime stage's layout starts
 * from a working directory nothing may be written to except the data volume. A file the build
 * needs but the Dockerfile forgets (openapi.yaml was one), or a write outside the volume, fails.
 */
class DockerfileBuildIT {

	private static final Path REPO = Path.of("").toAbsolutePath();

	// Generous: this checks that the image's layout starts at all, not how fast (bench/ measures
	// start-up); on a loaded 2-core machine the first start took 57 s.
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@TempDir
	Path temp;

	@Test
	void imageBuiltFromItsCopiedFilesServesTheContractFromAReadOnlyWorkingDirectory() throws Exception {
		List<Stage> stages = Stage.parse(Files.readString(REPO.resolve("Dockerfile")));
		assertThat(stages).hasSize(2);
		Stage build = stages.get(0);
		Stage runtime = stages.get(1);

		Path context = this.temp.resolve("src");
		Files.createDirectories(context);
		for (List<String> copy : build.instructions("COPY")) {
			assertThat(copy).noneMatch(arg -> arg.startsWith("--from"));
			List<String> sources = copy.subList(0, copy.size() - 1);
			String destination = copy.get(copy.size() - 1);
			// Sources land under their own names: "COPY src src" or "COPY mvnw pom.xml ./".
			assertThat(destination.equals("./") || (sources.size() == 1 && sources.get(0).equals(destination)))
				.as("COPY %s keeps paths as they are in the repository", copy)
				.isTrue();
			for (String source : sources) {
				copyTree(REPO.resolve(source), context.resolve(source));
			}
		}
		assertThat(context.resolve("openapi.yaml")).exists();

		String packageStep = build.instructions("RUN")
			.stream()
			.map(words -> String.join(" ", words))
			.filter(run -> run.contains(" package "))
			.findFirst()
			.orElseThrow();
		runBuild(context, packageStep);

		Path workdir = Path.of(runtime.last("WORKDIR").get(0));
		Path app = this.temp.resolve("app");
		Files.createDirectories(app);
		for (List<String> copy : runtime.instructions("COPY")) {
			String from = copy.get(copy.size() - 2);
			// The build stage's WORKDIR /src is the temporary build directory here.
			Path source = from.startsWith("/src/") ? context.resolve(from.substring("/src/".length())) : null;
			if (source != null && Files.exists(source)) {
				copyTree(source, app);
			}
			else {
				// Only the AOT cache comes from elsewhere (a JDK 25 training run the test does not repeat).
				assertThat(from).endsWith(".aot");
			}
		}
		Path data = app.resolve(workdir.relativize(Path.of(runtime.last("VOLUME").get(0))));
		Files.createDirectories(data);
		Set<String> shipped = listing(app);
		readOnly(app, data);

		int port = freePort();
		int managementPort = freePort();
		List<String> command = new ArrayList<>(runtime.last("ENTRYPOINT"));
		command.set(0, javaExecutable());
		// The cache belongs to the image's JDK 25; the JVM running the tests may be older.
		command.removeIf(arg -> arg.startsWith("-XX:AOTCache"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.temp.resolve("app.log").toFile());
		builder.environment().putAll(runtime.environment());
		builder.environment()
			.putAll(Map.of("SERVER_PORT", String.valueOf(port), "MANAGEMENT_SERVER_PORT",
					String.valueOf(managementPort), "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1"));
		Process process = builder.start();
		try {
			String readiness = "http://127.0.0.1:" + managementPort + "/actuator/health/readiness";
			HttpResponse<String> ready = awaitReady(process, readiness);
			assertThat(ready.body()).contains("\"UP\"");

			HttpResponse<String> contract = get("http://127.0.0.1:" + port + "/openapi.yaml");
			assertThat(contract.statusCode()).isEqualTo(200);
			assertThat(contract.body()).startsWith("openapi:").contains("/api/v1/events");
			assertThat(get("http://127.0.0.1:" + port + "/readyz").statusCode()).isEqualTo(200);
			assertThat(get("http://127.0.0.1:" + managementPort + "/actuator/info").body()).contains("\"build\"")
				.contains("\"artifact\":\"tradeline\"");

			String healthcheck = String.join(" ", runtime.last("HEALTHCHECK"));
			String probe = healthcheck.substring(healthcheck.indexOf("CMD ") + 4);
			ProcessBuilder checkBuilder = new ProcessBuilder("/bin/sh", "-c", probe).redirectErrorStream(true);
			checkBuilder.environment().put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
			Process check = checkBuilder.start();
			assertThat(check.waitFor(10, TimeUnit.SECONDS)).isTrue();
			assertThat(check.exitValue()).as("HEALTHCHECK on a ready instance").isZero();
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		Set<String> after = listing(app);
		after.removeIf(path -> path.startsWith(app.relativize(data) + "/"));
		assertThat(after).as("nothing written outside the data volume").isEqualTo(shipped);
		try (Stream<Path> files = Files.list(data)) {
			assertThat(files.map(path -> path.getFileName().toString())).contains("tradeline.mv.db");
		}
	}

	private void runBuild(Path context, String step) throws Exception {
		// Where the tools must be present (CI), the build runs online as the image's would, and never skips.
		boolean ci = System.getenv("CI") != null || "required".equals(System.getenv("TRADELINE_TEST_TOOLS"));
		String command = step.replace("./mvnw ", ci ? "./mvnw " : "./mvnw -o ")
			.replaceAll("(^|&& )java ", "$1" + javaExecutable() + " ");
		Path log = this.temp.resolve("build.log");
		Process build = new ProcessBuilder("/bin/sh", "-c", command).directory(context.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!build.waitFor(5, TimeUnit.MINUTES)) {
			build.destroyForcibly();
			fail("The image's package step did not finish in 5 minutes");
		}
		String output = Files.readString(log);
		if (build.exitValue() != 0 && !ci && (output.contains("offline") || output.contains("has not been downloaded"))) {
			Assumptions.abort("Maven cannot resolve the build offline here (CI runs it online): " + tail(output));
		}
		assertThat(build.exitValue()).as("the image's package step: %s%n%s", command, tail(output)).isZero();
	}

	private HttpResponse<String> awaitReady(Process process, String url) throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("The application exited with " + process.exitValue() + ":\n"
						+ tail(Files.readString(this.temp.resolve("app.log"))));
			}
			try {
				HttpResponse<String> response = get(url);
				if (response.statusCode() == 200) {
					return response;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		return fail("Not ready within " + START_TIMEOUT + ":\n" + tail(Files.readString(this.temp.resolve("app.log"))));
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				}
				else {
					Files.createDirectories(destination.getParent());
					Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES,
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/** Like the image: the code is not writable, the volume is (as root this is not enforced, hence the listing). */
	private static void readOnly(Path app, Path data) throws IOException {
		try (Stream<Path> paths = Files.walk(app)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isDirectory(path) && !path.startsWith(data)) {
					path.toFile().setWritable(false, false);
				}
			}
		}
	}

	private static Set<String> listing(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.map(path -> root.relativize(path).toString()).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** One FROM ... stage of the Dockerfile, its instructions with continuation lines joined. */
	private record Stage(List<List<String>> instructions) {

		private static final Pattern ENV = Pattern.compile("(\\w+)=(\\S+)");

		static List<Stage> parse(String dockerfile) {
			List<Stage> stages = new ArrayList<>();
			String joined = dockerfile.replaceAll("\\\\\\n", " ");
			for (String line : joined.split("\n")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				List<String> words = new ArrayList<>(Arrays.asList(trimmed.split("\\s+")));
				if (words.get(0).equals("FROM")) {
					stages.add(new Stage(new ArrayList<>()));
				}
				if (trimmed.matches("\\w+ \\[.*\\]")) {
					// Exec form: ["java", "-jar", ...]
					String array = trimmed.substring(trimmed.indexOf('[') + 1, trimmed.lastIndexOf(']'));
					words = new ArrayList<>(List.of(words.get(0)));
					for (String item : array.split(",")) {
						words.add(item.strip().replaceAll("^\"|\"$", ""));
					}
				}
				stages.get(stages.size() - 1).instructions.add(words);
			}
			return stages;
		}

		/** The arguments of every instruction of this kind, in order. */
		List<List<String>> instructions(String kind) {
			return this.instructions.stream()
				.filter(words -> words.get(0).equals(kind))
				.map(words -> words.subList(1, words.size()))
				.toList();
		}

		List<String> last(String kind) {
			List<List<String>> all = instructions(kind);
			assertThat(all).as(kind).isNotEmpty();
			return all.get(all.size() - 1);
		}

		Map<String, String> environment() {
			return instructions("ENV").stream()
				.map(words -> String.join(" ", words))
				.flatMap(text -> {
					Matcher matcher = ENV.matcher(text);
					List<Map.Entry<String, String>> entries = new ArrayList<>();
					while (matcher.find()) {
						entries.add(Map.entry(matcher.group(1), matcher.group(2)));
					}
					return entries.stream();
				})
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}

	}

}
