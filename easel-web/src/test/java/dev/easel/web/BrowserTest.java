package dev.easel.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real browser (Debian's chromium through Debian's chromedriver, headless): choose a photo,
 * start a job, see progress with a preview, cancel, see the result and download link, recent results,
 * error messages, the keyboard, the result viewer (before/after slider, live strength, zoom: {@link ViewerChecks})
 * and a phone-sized screen. Skips only where chromium is not installed;
 * with EASEL_REQUIRE_BROWSER=1 (.ci/run sets it where chromium is installed) a missing or broken browser
 * fails instead. Screenshots go to target/; with -Deasel.screenshots=docs also to docs/images/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ChromeDriver driver;
    private Page page;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)";
        if ("1".equals(System.getenv("EASEL_REQUIRE_BROWSER"))) {
            assertThat(installed).as(missing + ", but EASEL_REQUIRE_BROWSER=1 says the browser test must run").isTrue();
        }
        assumeTrue(installed, missing);
        profile = Files.createTempDirectory("easel-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--user-data-dir=" + profile, "--window-size=1280,1000", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        page = new Page(driver);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void until(java.util.function.BooleanSupplier condition) {
        page.until(condition);
    }

    private void selectMethod(String name) {
        driver.findElement(By.cssSelector("#method option[value='" + name + "']")).click();
    }

    private String selectedMethod() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById('method').value;");
    }

    private WebElement byId(String id) {
        return page.byId(id);
    }

    private boolean shown(String id) {
        return page.shown(id);
    }

    private void open(String url) {
        driver.get(url);
        until(() -> driver.findElements(By.cssSelector("#gallery .tile")).size() > 0);
    }

    private void choosePhoto() {
        byId("photo").sendKeys(canonical(TestServer.photo()));
        until(() -> shown("photo-preview"));
    }

    /** chromedriver takes only canonical paths for file inputs. */
    private static String canonical(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file of {@code text} under target/, as a file input takes it: what a user picks by mistake. */
    private static String textFile(String name, String text) {
        Path file = Path.of("target", name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return canonical(file);
    }

    private void chooseStyle(String name) {
        driver.findElement(By.cssSelector("#gallery .tile[data-style='" + name + "']")).click();
        assertThat(driver.findElement(By.cssSelector("#gallery input[value='" + name + "']")).isSelected()).isTrue();
    }

    /** The result shows once the viewer has both pictures and has drawn the canvas. */
    private void awaitResult() {
        until(() -> shown("result-panel") && "true".equals(byId("viewer").getAttribute("data-ready")));
    }

    @Test
    void followsAJobWithProgressAndPreviewThenCancelsAnother() {
        try (TestServer t = new TestServer(c -> c)) {
            open(t.server.url());
            choosePhoto();
            selectMethod(FakeMethod.NAME);
            t.fake.hold();
            byId("start").click();
            // the fake stylizer holds at 25% with a preview until released
            until(() -> byId("progress-text").getText().contains("warming up: 25%"));
            until(() -> shown("preview"));
            assertThat(byId("progress").getAttribute("value")).isEqualTo("25");
            assertThat(byId("start").isEnabled()).isFalse();
            t.fake.releaseAll();
            awaitResult();
            assertThat(byId("progress-text").getText()).startsWith("Done in");
            assertThat(byId("download").getAttribute("href")).contains("/api/jobs/").endsWith("/result?download=1");

            // a second job, cancelled while it runs
            t.fake.hold();
            byId("start").click();
            until(() -> byId("progress-text").getText().contains("25%"));
            byId("cancel").click();
            until(() -> byId("progress-text").getText().equals("Cancelled."));
            until(() -> t.fake.cancelled.get() == 1);
            t.fake.releaseAll();
            assertThat(driver.findElements(By.cssSelector("#recent li"))).hasSize(1);
        }
    }

    @Test
    void showsTheApisErrorMessages() {
        try (TestServer t = new TestServer(c -> c)) {
            open(t.server.url());
            byId("start").click();
            until(() -> shown("error"));
            assertThat(byId("error").getText()).contains("Choose a photo first");
            assertThat(byId("error").getAttribute("role")).isEqualTo("alert");

            // a text file chosen as the photo is named as such, not "choose a photo first"
            byId("photo").sendKeys(textFile("notes.txt", "not a photo"));
            byId("start").click();
            until(() -> byId("error").getText().contains("notes.txt is not an image"));

            choosePhoto();
            // a "painting" that is text: the method switches to the first one that takes uploads (the shipped
            // arbitrary-style network), and the server answers 415
            byId("painting").sendKeys(textFile("not-a-painting.jpg", "just text"));
            assertThat(selectedMethod()).isEqualTo("arbitrary");
            byId("start").click();
            until(() -> byId("error").getText().contains("Not a supported image"));
            assertThat(byId("error").getText()).contains("not an image this server reads");
        }
    }

    @Test
    void stylizesWithTheDefaultMethodByKeyboardAndOnAPhone(@TempDir Path data) throws IOException {
        WebConfig config = WebConfig.defaults().toBuilder().port(0).paintingsDir(TestServer.paintings()).dataDir(data).build();
        try (WebServer server = WebServer.start(config)) {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            open(server.url());
            assertThat(selectedMethod()).isEqualTo("realtime");
            assertThat(driver.findElements(By.cssSelector("link[rel=icon]"))).hasSize(1);
            // every painting shows from the start, the method's own first, titled from the catalogue
            List<WebElement> tiles = driver.findElements(By.cssSelector("#gallery .tile"));
            assertThat(tiles.stream().filter(WebElement::isDisplayed).count()).isGreaterThanOrEqualTo(12);
            assertThat(tiles.get(0).getAttribute("class")).doesNotContain("elsewhere");
            WebElement starry = driver.findElement(By.cssSelector("#gallery .tile[data-style='starry_night']"));
            assertThat(starry.getText()).contains("The Starry Night", "Vincent van Gogh");
            // a painting realtime has no network for switches to a method that paints it
            chooseStyle("shipwreck");
            assertThat(selectedMethod()).isEqualTo("arbitrary");
            // the second style's share shows only once a second style is chosen
            selectMethod("multi");
            assertThat(shown("mixing")).isTrue();
            assertThat(shown("mix-share")).isFalse();
            driver.findElement(By.cssSelector("#mix-style option[value='udnie']")).click();
            assertThat(shown("mix-share")).isTrue();
            driver.findElement(By.cssSelector("#mix-style option[value='']")).click();
            selectMethod("realtime");
            choosePhoto();
            chooseStyle("candy");
            // keyboard: arrow keys move through the gallery's radio buttons
            WebElement candy = driver.findElement(By.cssSelector("#gallery input[value='candy']"));
            candy.sendKeys(Keys.ARROW_RIGHT);
            String next = driver.switchTo().activeElement().getAttribute("value");
            assertThat(next).isNotEqualTo("candy");
            assertThat(driver.findElement(By.cssSelector("#gallery input[value='" + next + "']")).isSelected()).isTrue();
            chooseStyle("starry_night");
            byId("start").sendKeys(Keys.ENTER);
            awaitResult();
            assertThat(byId("result-caption").getText()).contains("The Starry Night", "realtime", "512");
            assertThat(driver.findElements(By.cssSelector("#recent li"))).hasSizeGreaterThanOrEqualTo(1);
            screenshot("web.png");
            ViewerChecks viewer = new ViewerChecks(page);
            viewer.beforeAfterSlider();
            viewer.liveStrength();
            viewer.zoom();

            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            until(() -> driver.findElements(By.cssSelector("#gallery .tile")).size() > 0);
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)"); // a reload keeps the scroll position
            screenshot("web-phone.png");
            // a result on a phone: the stylized picture first, above the photo
            choosePhoto();
            chooseStyle("candy");
            byId("start").click();
            awaitResult();
            // the viewer, its controls and the strength slider fit the phone's width; the strength still works
            ((JavascriptExecutor) driver).executeScript("document.getElementById('result-panel').scrollIntoView()");
            assertThat(byId("viewer").getSize().getWidth()).isLessThanOrEqualTo(390);
            assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
            long full = new ViewerChecks(page).canvasSum();
            for (int i = 0; i < 6; i++) {
                byId("strength").sendKeys(Keys.ARROW_LEFT);
            }
            until(() -> new ViewerChecks(page).canvasSum() != full);
            screenshot("web-phone-result.png");
        }
    }

    private void screenshot(String name) throws IOException {
        page.screenshot(name);
    }
}
