package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("media")
record MediaRow(@Id @GeneratedValue Long id, String filename, String mimeType, @Nullable String declaredType,
                long byteSize, String sha256, String metadataJson, String warningsJson,
                @Nullable String extractedText, boolean publicCopy, @Nullable Long uploadedBy, long uploadedAt,
                @Nullable Integer width, @Nullable Integer height, @Nullable String alt, @Nullable String caption,
                @Nullable String credit, double focalX, double focalY) {
}
