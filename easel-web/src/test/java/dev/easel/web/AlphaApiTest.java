package dev.easel.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.easel.web.bench.MultipartBody;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A transparent photo uploaded to the web app comes back as a PNG with the same transparency. */
class AlphaApiTest {
    @Test
    void theResultKeepsTheUploadsAlpha() throws Exception {
        try (TestServer t = new TestServer(c -> c)) {
            HttpResponse<byte[]> created = t.post(new MultipartBody().file("content", "cut-out.png", halfTransparent(160, 120))
                .field("method", "realtime").field("styleName", "candy").field("size", "128"));
            assertThat(created.statusCode()).as(new String(created.body())).isEqualTo(202);
            String id = TestServer.json(created).get("id").asText();
            JsonNode done = t.awaitFinished(id, Duration.ofSeconds(90));
            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(t.get("/api/jobs/" + id + "/result").body()));
            assertThat(png.getColorModel().hasAlpha()).isTrue();
            assertThat(png.getRGB(3, 48) >>> 24).isZero();
            assertThat(png.getRGB(124, 48) >>> 24).isEqualTo(255);
        }
    }

    private static byte[] halfTransparent(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x < w / 2 ? 0 : 0xFF000000) | (x * 7 % 256) << 16 | (y * 5 % 256) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
