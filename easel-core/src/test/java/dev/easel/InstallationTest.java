package dev.easel;

import dev.easel.models.ModelRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Defaults come from where the library is installed, not from the folder a program runs in. */
class InstallationTest {
    @Test
    void theCheckoutIsTheInstallationAndItsModelsTheDefault() {
        Path checkout = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
        assertThat(Installation.root()).hasValue(checkout);
        String property = System.clearProperty("easel.models");
        try {
            assertThat(ModelRegistry.standard().folders().get(0)).isEqualTo(checkout.resolve("models"));
            assertThat(ModelRegistry.standard().find("candy")).isEqualTo(checkout.resolve("models/candy.json"));
        } finally {
            if (property != null) {
                System.setProperty("easel.models", property);
            }
        }
    }
}
