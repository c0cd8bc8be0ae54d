package dev.easel.web;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result viewer in the browser, once a real result shows: the before/after slider (dragged and by
 * keyboard), live strength and colour keeping (the canvas changes with no new POST, and the download is the
 * picture shown), and zoom (buttons, dragging to pan, double click, keys).
 */
final class ViewerChecks {
    /** The largest difference of any RGBA byte between the shown canvas and the picture at arguments[0]. */
    private static final String MAX_DIFFERENCE = """
        const [src, done] = arguments;
        (async () => {
          const c = document.getElementById('result-canvas');
          const shown = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          const img = new Image();
          img.src = src;
          await img.decode();
          const o = document.createElement('canvas');
          o.width = img.naturalWidth;
          o.height = img.naturalHeight;
          const ctx = o.getContext('2d');
          ctx.drawImage(img, 0, 0);
          const other = ctx.getImageData(0, 0, o.width, o.height).data;
          if (other.length !== shown.length) return done(-1);
          let m = 0;
          for (let i = 0; i < shown.length; i++) m = Math.max(m, Math.abs(shown[i] - other[i]));
          done(m);
        })().catch((e) => done(-2));
        """;

    private final Page page;

    ViewerChecks(Page page) {
        this.page = page;
    }

    /** The sum of the shown canvas's colour bytes: it changes when the picture does. */
    long canvasSum() {
        return (Long) page.script("""
            const c = document.getElementById('result-canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let s = 0;
            for (let i = 0; i < d.length; i += 4) s += d[i] + d[i + 1] + d[i + 2];
            return s;""");
    }

    /** How many times the page has posted a job, from the browser's own record of its requests. */
    long jobPosts() {
        return (Long) page.script("return performance.getEntriesByType('resource')"
            + ".filter((e) => new URL(e.name).pathname === '/api/jobs').length;");
    }

    long maxDifferenceTo(String src) {
        return ((Number) page.asyncScript(MAX_DIFFERENCE, src)).longValue();
    }

    void liveStrength() {
        long posts = jobPosts();
        assertThat(posts).isPositive();
        long full = canvasSum();
        WebElement strength = page.byId("strength");
        for (int i = 0; i < 12; i++) {
            strength.sendKeys(Keys.ARROW_LEFT);
        }
        assertThat(page.byId("strength-value").getText()).isEqualTo("40%");
        page.until(() -> canvasSum() != full);
        // the download is the picture shown, once the slider rests
        WebElement download = page.byId("download");
        page.until(() -> String.valueOf(download.getAttribute("href")).startsWith("blob:"));
        assertThat(download.getAttribute("download")).startsWith("easel-starry_night").endsWith("-40.png");
        assertThat(maxDifferenceTo(download.getAttribute("href"))).isZero();
        // strength 0 is the photo itself, as the server saw it
        strength.sendKeys(Keys.HOME);
        String photo = page.byId("result-input").getAttribute("src");
        page.until(() -> maxDifferenceTo(photo) == 0);
        // back to 100%: the server's result and its own download link
        strength.sendKeys(Keys.END);
        page.until(() -> canvasSum() == full);
        page.until(() -> String.valueOf(download.getAttribute("href")).endsWith("/result?download=1"));
        assertThat(maxDifferenceTo(download.getAttribute("href").replace("?download=1", ""))).isZero();
        // the photo's colours under the result's light and dark, live too
        page.byId("preserve-colors").click();
        page.until(() -> canvasSum() != full);
        page.byId("preserve-colors").click();
        page.until(() -> canvasSum() == full);
        assertThat(jobPosts()).as("no new job for strength or colours").isEqualTo(posts);
    }

    void beforeAfterSlider() {
        WebElement viewer = page.byId("viewer");
        int width = viewer.getSize().getWidth();
        // a click a quarter of the way in puts the divider there; a drag carries it along
        new Actions(page.driver).moveToElement(viewer, -width / 4, 0).click().perform();
        page.until(() -> Math.abs(compare() - 25) <= 1);
        new Actions(page.driver).moveToElement(viewer, -width / 4, 0).clickAndHold()
            .moveByOffset(width / 4, 0).moveByOffset(width / 4, 0).release().perform();
        page.until(() -> Math.abs(compare() - 75) <= 1);
        // the photo shows left of the divider, which sits where the slider says
        String split = (String) page.script("return document.getElementById('viewer').style.getPropertyValue('--split')");
        assertThat(Double.parseDouble(split.replace("%", ""))).isCloseTo(compare(), org.assertj.core.api.Assertions.within(0.5));
        // the keyboard moves the same divider
        page.byId("compare").sendKeys(Keys.HOME);
        assertThat(compare()).isZero();
        assertThat(page.byId("compare").getAttribute("aria-valuetext")).isEqualTo("0% photo, 100% stylized");
        page.byId("compare").sendKeys(Keys.END);
        assertThat(page.byId("compare-value").getText()).isEqualTo("100% photo");
        setCompare(50);
    }

    void zoom() throws IOException {
        WebElement viewer = page.byId("viewer");
        assertThat(page.byId("zoom-value").getText()).startsWith("Fit");
        assertThat(page.byId("zoom-out").isEnabled()).isFalse();
        page.byId("zoom-in").click();
        assertThat(viewer.getAttribute("data-zoomed")).isEqualTo("true");
        assertThat(page.byId("zoom-value").getText()).matches("\\d+%");
        page.byId("zoom-in").click();
        // 200% and up: pixels are shown as squares
        assertThat(viewer.getAttribute("data-pixels")).isEqualTo("true");
        // dragging pans while zoomed in, and leaves the divider where it is
        String tx = translateX();
        new Actions(page.driver).moveToElement(viewer).clickAndHold().moveByOffset(-60, -30).release().perform();
        page.until(() -> !translateX().equals(tx));
        assertThat(compare()).isEqualTo(50);
        page.script("document.getElementById('result-panel').scrollIntoView()");
        page.screenshot("web-zoom.png");
        // keys on the focused picture, and a double click back to the whole picture
        viewer.sendKeys("-");
        viewer.sendKeys("-");
        assertThat(page.byId("zoom-value").getText()).startsWith("Fit");
        new Actions(page.driver).doubleClick(viewer).perform();
        assertThat(viewer.getAttribute("data-zoomed")).isEqualTo("true");
        new Actions(page.driver).doubleClick(viewer).perform();
        assertThat(page.byId("zoom-value").getText()).startsWith("Fit");
        // 1:1 is one picture pixel per screen pixel, or the whole picture where that is smaller than its box
        page.byId("zoom-actual").click();
        boolean larger = (Boolean) page.script(
            "return document.getElementById('result-canvas').width > document.getElementById('viewer').clientWidth;");
        assertThat(page.byId("zoom-value").getText()).matches(larger ? "100%" : "Fit \\(\\d+%\\)");
        page.byId("zoom-fit").click();
        setCompare(50);
    }

    private int compare() {
        return Integer.parseInt(page.byId("compare").getAttribute("value"));
    }

    private void setCompare(int value) {
        page.script("const c = document.getElementById('compare'); c.value = arguments[0];"
            + " c.dispatchEvent(new Event('input'));", value);
    }

    private String translateX() {
        return (String) page.script("return document.getElementById('viewer').style.getPropertyValue('--tx')");
    }
}
