package dev.easel.testing;

import dev.easel.vgg.FeatureNetwork;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** Fills and closes the {@link SharedVgg} fields of a test class. */
public final class SharedVggExtension implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        for (Field f : fields(context.getRequiredTestClass())) {
            if (f.get(null) == null) { // the extension is registered once per annotated field: load once
                f.set(null, TestData.network());
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        for (Field f : fields(context.getRequiredTestClass())) {
            FeatureNetwork network = (FeatureNetwork) f.get(null);
            if (network != null) {
                network.close();
                f.set(null, null);
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(SharedVgg.class)) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != FeatureNetwork.class) {
                    throw new IllegalStateException("@SharedVgg goes on a static FeatureNetwork field, not on " + f);
                }
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return fields;
    }
}
