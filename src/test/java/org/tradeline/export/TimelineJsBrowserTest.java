package org.tradeline.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.Browser;
import org.tradeline.support.Tools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the TimelineJS export into the real TimelineJS library, fetched from the npm registry into
 * target/ on first use (never committed), and checks that it rendered a slide per event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineJsBrowserTest {

	/** Pinned so a new release cannot change what the test means. */
	static final String TIMELINEJS = "@knight-lab/timelinejs@3.9.11";

	static final Path DIR = Path.of("target", "timelinejs");

	@LocalServerPort
	int port;

	WebDriver driver;

	@BeforeAll
	void setUp() throws Exception {
		fetchTimelineJs();
		this.driver = Browser.start();
	}

	@AfterAll
	void tearDown() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	private static void fetchTimelineJs() throws IOException, InterruptedException {
		if (Files.exists(DIR.resolve("package/dist/js/timeline.js"))) {
			return;
		}
		Optional<Path> npm = Browser.find("tradeline.test.npm", "npm");
		Tools.require(npm.isPresent(), "TimelineJS test skipped: npm is needed to fetch " + TIMELINEJS);
		Files.createDirectories(DIR);
		Process pack = new ProcessBuilder(npm.get().toString(), "pack", TIMELINEJS, "--silent")
			.directory(DIR.toFile())
			.redirectErrorStream(true)
			.start();
		String packed = new String(pack.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		Tools.require(pack.waitFor(120, TimeUnit.SECONDS) && pack.exitValue() == 0,
				"TimelineJS test skipped: npm pack " + TIMELINEJS + " failed: " + packed);
		String tarball = packed.lines().reduce((a, b) -> b).orElseThrow();
		Process untar = new ProcessBuilder("tar", "-xzf", tarball).directory(DIR.toFile()).inheritIO().start();
		Tools.require(untar.waitFor(60, TimeUnit.SECONDS) && untar.exitValue() == 0,
				"TimelineJS test skipped: could not unpack " + tarball);
	}

	@Test
	void theExportRendersInTimelineJs() throws Exception {
		String export = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/exports/timeline.json"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		List<String> headlines = JsonPath.read(export, "$.events[*].text.headline");
		Path page = DIR.resolve("export.html");
		Files.writeString(page, """
				<!doctype html><html><head><meta charset="utf-8">
				<link rel="stylesheet" href="package/dist/css/timeline.css">
				<script src="package/dist/js/timeline.js"></script></head>
				<body><div id="timeline" style="width:100%%;height:600px"></div>
				<script>window.timeline = new TL.Timeline('timeline', %s);</script></body></html>
				""".formatted(export));
		Browser.resize(this.driver, 1280, 800);
		this.driver.get(page.toAbsolutePath().toUri().toString());
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(d -> ((Number) js
			.executeScript("return document.querySelectorAll('.tl-slide').length;")).intValue() > headlines.size());
		@SuppressWarnings("unchecked")
		List<String> rendered = (List<String>) js.executeScript(
				"return Array.from(document.querySelectorAll('.tl-slide .tl-headline')).map(h => h.textContent.trim());");
		List<String> expected = headlines.stream().map(h -> org.springframework.web.util.HtmlUtils.htmlUnescape(h)).toList();
		assertThat(rendered).containsAll(expected);
		assertThat(this.driver.findElements(By.cssSelector(".tl-timenav .tl-timemarker"))).hasSize(headlines.size());
		assertThat(this.driver.findElements(By.cssSelector(".tl-message-full"))).noneMatch(e -> e.isDisplayed());
		assertThat((String) js.executeScript("return document.body.innerText;")).doesNotContainIgnoringCase("error");
		Browser.screenshot(this.driver, "timelinejs-export.png");
	}

}
