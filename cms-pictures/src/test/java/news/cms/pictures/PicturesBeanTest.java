package news.cms.pictures;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.error.InvalidInputException;
import news.cms.core.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The engine as the server gets it: a bean whose limits come from {@code cms.media.*} (CMS_MEDIA_MAX_PIXELS…). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "cms.media.max-pixels", value = "20000")
@Property(name = "cms.media.decoders", value = "3")
class PicturesBeanTest implements DatabaseTest {

    @Inject
    Pictures pictures;

    @Inject
    PicturesSettings settings;

    @Test
    void theLimitsAreSettingsAndARefusalIsA400OnTheFileField() {
        assertEquals(20_000, settings.getMaxPixels());
        assertEquals(3, settings.getDecoders());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> pictures.inspect(Fixtures.bytes(Fixtures.SMALL)));

        assertEquals("file", e.errors().get(0).field());
    }
}
