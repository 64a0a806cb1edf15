package news.cms.plugins.runtime;

import news.cms.plugin.api.media.MediaProcessor;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryListener;
import news.cms.plugin.api.translation.TranslationProvider;

import java.util.Arrays;
import java.util.Optional;

/**
 * The extension points of the plugin API. A plugin lists its extensions of each in
 * {@code META-INF/services/<the point's class name>}, the JDK's service-provider format.
 */
public enum ExtensionPoint {
    STORY_LISTENER(StoryListener.class),
    STORY_ENRICHER(StoryEnricher.class),
    MEDIA_PROCESSOR(MediaProcessor.class),
    TRANSLATION_PROVIDER(TranslationProvider.class);

    private final Class<?> type;

    ExtensionPoint(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }

    /** The name the API shows, e.g. {@code StoryListener}. */
    public String displayName() {
        return type.getSimpleName();
    }

    /** Where a plugin JAR lists its extensions of this point. */
    public String servicesEntry() {
        return "META-INF/services/" + type.getName();
    }

    public static Optional<ExtensionPoint> of(Class<?> type) {
        return Arrays.stream(values()).filter(point -> point.type == type).findFirst();
    }
}
