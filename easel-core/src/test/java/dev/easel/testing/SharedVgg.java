package dev.easel.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a static {@code FeatureNetwork} field: the shared VGG19 blocks 1-3 ({@link TestData#network()}) for the
 * whole test class, loaded before the class's {@code @BeforeAll} methods run and closed after its
 * {@code @AfterAll} methods, so test classes do not each write that set-up.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedVggExtension.class)
public @interface SharedVgg {
}
