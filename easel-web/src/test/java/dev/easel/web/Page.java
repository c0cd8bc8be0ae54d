package dev.easel.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The page in the browser as the browser tests see it: elements by id, waiting, scripts, screenshots. */
final class Page {
    private static final Duration WAIT = Duration.ofSeconds(120);

    final ChromeDriver driver;

    Page(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Polls until the page shows what {@code condition} looks for (a missing element counts as not yet). */
    void until(BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                // not there yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the page never got there; it shows: " + driver.findElement(By.tagName("body")).getText());
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    boolean shown(String id) {
        return byId(id).isDisplayed();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Saves a screenshot to target/screenshots/; with -Deasel.screenshots=docs also to docs/images/. */
    void screenshot(String name) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if ("docs".equals(System.getProperty("easel.screenshots"))) {
            Files.write(Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docs", "images", name), png);
        }
    }
}
