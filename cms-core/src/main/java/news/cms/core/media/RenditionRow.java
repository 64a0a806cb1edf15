package news.cms.core.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("media_rendition")
record RenditionRow(@Id @GeneratedValue Long id, long mediaId, String fileName, int width, int height,
                    String mediaType, @Nullable String crop, long byteSize) {
}
