/**
 * The browser test: one whole cycle of a programme through the pages, in the system's headless
 * Chromium driven by Selenium, as the administrator, executives and juniors. It saves a
 * screenshot of each main page in {@code server/target/screenshots/}; the README's guide for
 * people who run a programme shows some of them from {@code docs/screenshots/}.
 *
 * <p>Locally the test is skipped when Chromium or chromedriver cannot start; with the
 * environment variable {@code CI} set (as {@code .ci/run} sets it) it fails instead.
 */
package dev.tandem.server.browser;
