package org.tradeline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradeline.support.Browser;
import org.tradeline.support.Tools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * openapi.yaml passes Redocly's recommended rules and Spectral's OpenAPI rules with the OWASP API
 * Security ruleset (.spectral.yaml, redocly.yaml) without a single error. The linters come from the
 * npm registry into target/ on first use, at pinned versions so a new release cannot change what
 * the test means; without npm the test is skipped, saying so.
 */
class SpecLintTest {

	static final List<String> LINTERS = List.of("@redocly/cli@2.77.0", "@stoplight/spectral-cli@6.16.3",
			"@stoplight/spectral-owasp-ruleset@2.0.1");

	static final Path DIR = Path.of("target", "spec-lint");

	@BeforeAll
	static void installLinters() throws IOException, InterruptedException {
		Path marker = DIR.resolve("installed.txt");
		if (Files.exists(marker) && Files.readString(marker).equals(String.join("\n", LINTERS))) {
			return;
		}
		Optional<Path> npm = Browser.find("tradeline.test.npm", "npm");
		Tools.require(npm.isPresent(), "Spec lint skipped: npm is needed to install " + LINTERS);
		// @redocly/cli 2 declares node >= 20.19 (or >= 22.12).
		String node = run(List.of("node", "--version"), 30).output().strip();
		Tools.require(node.matches("v(2[3-9]|[3-9]\\d)\\..*|v22\\.(1[2-9]|[2-9]\\d).*|v20\\.(19|[2-9]\\d).*"),
				"Spec lint skipped: the pinned linters need Node.js 20.19 or newer, found " + node);
		Files.createDirectories(DIR);
		List<String> command = new ArrayList<>(List.of(npm.get().toString(), "install", "--prefix",
				DIR.toAbsolutePath().toString(), "--no-audit", "--no-fund", "--no-save", "--ignore-scripts"));
		command.addAll(LINTERS);
		Result install = run(command, 300);
		Tools.require(install.exit() == 0, "Spec lint skipped: npm install failed:\n" + install.output());
		Files.writeString(marker, String.join("\n", LINTERS));
	}

	@Test
	void redoclyFindsNoErrors() throws Exception {
		Result lint = run(List.of(bin("redocly"), "lint", "openapi.yaml", "--config", "redocly.yaml"), 120);
		assertThat(lint.exit()).as(lint.output()).isZero();
		assertThat(lint.output()).as(lint.output()).contains("Your API description is valid");
	}

	@Test
	void spectralWithTheOwaspRulesetFindsNoErrors() throws Exception {
		Result lint = run(List.of(bin("spectral"), "lint", "openapi.yaml", "--ruleset", ".spectral.yaml",
				"--fail-severity=error"), 120);
		assertThat(lint.exit()).as(lint.output()).isZero();
		assertThat(lint.output()).as(lint.output()).containsPattern("\\(0 errors, \\d+ warnings|No results");
		// The OWASP rules really ran: the warnings left over are theirs.
		assertThat(lint.output()).as(lint.output()).contains("owasp:api4:2023-string-restricted");
	}

	private static String bin(String name) {
		return DIR.resolve("node_modules").resolve(".bin").resolve(name).toAbsolutePath().toString();
	}

	record Result(int exit, String output) {
	}

	private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		// The ruleset file names the OWASP package; Spectral resolves it from here.
		env.put("NODE_PATH", DIR.resolve("node_modules").toAbsolutePath().toString());
		env.put("REDOCLY_TELEMETRY", "off");
		env.put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
		if (!done) {
			process.destroyForcibly();
		}
		return new Result(done ? process.exitValue() : -1, new String(output, StandardCharsets.UTF_8));
	}

}
