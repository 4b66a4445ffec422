package org.tradeline.embed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** The embeddable page in a real headless Chromium, at a phone and a desktop width. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedBrowserTest {

	@LocalServerPort
	int port;

	WebDriver driver;

	@BeforeAll
	void startBrowser() throws Exception {
		this.driver = Browser.start();
		// Records every Content-Security-Policy violation from the first byte of each page on, before
		// any of the page's own script could run (or be refused).
		((HasCdp) this.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.cspViolations = [];
				document.addEventListener('securitypolicyviolation', function (e) {
				  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
				});
				"""));
	}

	private List<String> cspViolations() {
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return window.cspViolations || ['listener missing'];");
		return violations;
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void open(String path) {
		this.driver.get(url(path));
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.count")));
	}

	private List<String> shownSlugs() {
		return this.driver.findElements(By.cssSelector("li.event")).stream().map(e -> e.getAttribute("data-slug")).toList();
	}

	private List<String> apiSlugs(String query) throws Exception {
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/events?size=100&" + query))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		return JsonPath.read(body, "$.items[*].slug");
	}

	@Test
	void rendersTheSeededTimelineAtPhoneAndDesktopWidths() throws Exception {
		for (int width : new int[] { 375, 1280 }) {
			Browser.resize(this.driver, width, 900);
			open("/embed/timeline");
			assertThat(shownSlugs()).containsExactlyElementsOf(apiSlugs(""));
			WebElement geneva = this.driver.findElement(By.cssSelector("li[data-slug='geneva-talks'] time"));
			assertThat(geneva.getText()).isEqualTo("mid-May 2025");
			// Nothing overflows sideways: readable without horizontal scrolling.
			Long scrollWidth = (Long) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth;");
			Long clientWidth = (Long) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.clientWidth;");
			assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(clientWidth);
			// The screenshot shows a dispute opened, as a reader would see it.
			WebElement london = this.driver.findElement(By.cssSelector("li[data-slug='london-talks']"));
			london.findElement(By.cssSelector(".dispute-toggle")).click();
			((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", london);
			assertThat(Browser.screenshot(this.driver, "embed-timeline-" + width + ".png")).isNotEmptyFile();
		}
	}

	/**
	 * A date with no HTML datetime value is a span.date rather than a time (EmbedPageTest): the
	 * stylesheet gives it the look of every other date. The seed has no such date, so one is put
	 * beside a seeded time.
	 */
	@Test
	void aDateShownAsASpanLooksLikeEveryOtherDate() {
		Browser.resize(this.driver, 1280, 900);
		open("/embed/timeline");
		WebElement time = this.driver.findElement(By.cssSelector("li[data-slug='geneva-talks'] time"));
		WebElement span = (WebElement) ((JavascriptExecutor) this.driver).executeScript("""
				var span = document.createElement('span');
				span.className = 'date';
				span.textContent = 'December 31, 2032 – January 1, 2033';
				arguments[0].after(span);
				return span;""", time);
		for (String property : List.of("display", "font-weight", "color", "font-size")) {
			assertThat(span.getCssValue(property)).as(property).isEqualTo(time.getCssValue(property));
		}
		assertThat(span.getCssValue("display")).isEqualTo("block");
	}

	@Test
	void choosingATopicChangesWhatIsShown() throws Exception {
		Browser.resize(this.driver, 1280, 900);
		open("/embed/timeline");
		List<String> all = shownSlugs();
		new Select(this.driver.findElement(By.id("topic"))).selectByValue("semiconductors");
		this.driver.findElement(By.cssSelector("button.apply")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("topic=semiconductors"));
		assertThat(shownSlugs()).containsExactlyElementsOf(apiSlugs("topic=semiconductors"))
			.hasSizeLessThan(all.size())
			.contains("ren-zhengfei-peoples-daily-interview")
			.doesNotContain("geneva-talks");
		assertThat(new Select(this.driver.findElement(By.id("topic"))).getFirstSelectedOption().getText())
			.isEqualTo("Semiconductors");
	}

	@Test
	void aDisputedFactOpensEveryVersionWithItsSources() {
		Browser.resize(this.driver, 375, 900);
		open("/embed/timeline");
		WebElement toggle = this.driver.findElement(By.cssSelector(
				"button[aria-controls='event-london-talks-dispute-us-treasury-secretary']"));
		WebElement panel = this.driver.findElement(By.id("event-london-talks-dispute-us-treasury-secretary"));
		assertThat(toggle.getText()).contains("Disputed: US Treasury Secretary");
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(panel.isDisplayed()).isFalse();
		toggle.click();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(panel.isDisplayed()).isTrue();
		List<String> versions = panel.findElements(By.cssSelector(".version .value")).stream().map(WebElement::getText)
			.toList();
		assertThat(versions).containsExactlyInAnyOrder("Scott Bessent", "Janet Yellen", "Becerra");
		assertThat(panel.findElements(By.cssSelector("cite")).stream().map(WebElement::getText))
			.contains("001_b6b1e0ca712ab53b.txt, c. June 9, 2025", "Rare Earth Exchanges (REEx), c. June 11, 2025",
					"\u201CChina and U.S. Hold First Meeting of Trade Consultation Mechanism in London\u201D, June 10, 2025");
		assertThat(panel.findElements(By.tagName("blockquote"))).allSatisfy(q -> assertThat(q.getText()).isNotBlank());
		toggle.click();
		assertThat(panel.isDisplayed()).isFalse();
		// The script that closed the panels ran under the page's policy, and nothing was refused.
		assertThat(cspViolations()).isEmpty();
		assertThat(this.driver.findElement(By.cssSelector("button.apply")).getCssValue("min-height"))
			.as("the stylesheet applied").isEqualTo("40px");
		// The page loaded its two files and nothing else.
		@SuppressWarnings("unchecked")
		List<String> loaded = (List<String>) ((JavascriptExecutor) this.driver).executeScript(
				"return performance.getEntriesByType('resource').map(function (r) { return new URL(r.name).pathname; });");
		assertThat(loaded).hasSize(2).allSatisfy(path -> assertThat(path).matches("/embed/assets/timeline-[0-9a-f]{32}\\.(css|js)"));

		// Sources are on demand too.
		WebElement sources = this.driver.findElement(By.cssSelector("li[data-slug='geneva-talks'] details.sources"));
		assertThat(sources.findElement(By.tagName("blockquote")).isDisplayed()).isFalse();
		sources.findElement(By.tagName("summary")).click();
		assertThat(sources.findElement(By.tagName("blockquote")).isDisplayed()).isTrue();
	}

	@Test
	void thePolicyRefusesAnythingThePageDoesNotShipAndTheRefusalIsSeen() {
		// The control for the check above: were the page to load anything else, the listener would see it.
		Browser.resize(this.driver, 1280, 900);
		open("/embed/timeline?topic=semiconductors");
		assertThat(cspViolations()).isEmpty();
		((JavascriptExecutor) this.driver).executeScript(
				"var img = document.createElement('img'); img.src = '/favicon.png'; document.body.appendChild(img);");
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> !cspViolations().isEmpty());
		assertThat(cspViolations()).singleElement().asString().startsWith("img-src");
	}

	@Test
	void theKeyboardReachesEveryControlAndOpensADispute() {
		Browser.resize(this.driver, 1280, 900);
		open("/embed/timeline");
		List<String> focused = new ArrayList<>();
		WebElement disputeToggle = null;
		for (int i = 0; i < 40 && disputeToggle == null; i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			WebElement active = this.driver.switchTo().activeElement();
			String label = active.getTagName() + "#" + active.getAttribute("id") + "." + active.getAttribute("class");
			focused.add(label);
			if ("dispute-toggle".equals(active.getAttribute("class"))) {
				disputeToggle = active;
			}
		}
		assertThat(focused).as("focus order").contains("select#topic.", "button#.apply")
			.anyMatch(f -> f.startsWith("summary"));
		assertThat(disputeToggle).as("a dispute mark reached by Tab").isNotNull();
		assertThat(disputeToggle.getAccessibleName()).startsWith("Disputed:");
		new Actions(this.driver).sendKeys(Keys.ENTER).perform();
		assertThat(disputeToggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(this.driver.findElement(By.id("topic")).getAccessibleName()).isEqualTo("Topic");
	}

}
