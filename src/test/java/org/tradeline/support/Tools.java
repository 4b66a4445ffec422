package org.tradeline.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that drive an outside tool (Chromium, npm, Node.js) skip with a message where it is
 * missing, so the suite runs on a machine with only a JDK. CI installs the tools and sets
 * {@code TRADELINE_TEST_TOOLS=required}: there a missing tool fails the build instead of quietly
 * skipping what CI is meant to check.
 */
public final class Tools {

	private Tools() {
	}

	public static void require(boolean available, String message) {
		if ("required".equals(System.getenv("TRADELINE_TEST_TOOLS"))) {
			if (!available) {
				fail(message + " (TRADELINE_TEST_TOOLS=required)");
			}
			return;
		}
		assumeTrue(available, message);
	}

}
