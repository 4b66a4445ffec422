package org.tradeline.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;


/**
 * Headless Chromium driven through the chromedriver installed beside it (Debian: packages
 * {@code chromium} and {@code chromium-driver}). Both are found on the PATH, or given with the
 * system properties {@code tradeline.test.chromium} and {@code tradeline.test.chromedriver}. Selenium
 * is handed both executables, so Selenium Manager never resolves or downloads anything. Where they
 * are missing, browser tests are skipped with a message saying what to install.
 */
public final class Browser {

	private Browser() {
	}

	public static WebDriver start() throws IOException {
		Optional<Path> chromium = find("tradeline.test.chromium", "chromium", "chromium-browser");
		Optional<Path> driver = find("tradeline.test.chromedriver", "chromedriver");
		Tools.require(chromium.isPresent() && driver.isPresent(),
				"Browser tests skipped: install Chromium and its driver (Debian: apt-get install chromium "
						+ "chromium-driver) or set -Dtradeline.test.chromium and -Dtradeline.test.chromedriver");
		Path profile = Files.createTempDirectory("tradeline-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--allow-file-access-from-files", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(driver.get().toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	public static void resize(WebDriver driver, int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	public static Path screenshot(WebDriver driver, String name) throws IOException {
		Path target = Path.of("target", "screenshots", name);
		Files.createDirectories(target.getParent());
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	/** An executable named by a system property, or the first of the names found on the PATH. */
	public static Optional<Path> find(String property, String... names) {
		String configured = System.getProperty(property);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		List<String> dirs = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
		for (String name : names) {
			for (String dir : dirs) {
				if (!dir.isBlank() && Files.isExecutable(Path.of(dir, name))) {
					return Optional.of(Path.of(dir, name));
				}
			}
		}
		return Optional.empty();
	}

}
