package news.cms.core.author;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("author")
record AuthorRow(@Id @GeneratedValue Long id, String slug, String name, String bio, @Nullable Long userId,
                 LocalDateTime createdAt) {

    Author toAuthor() {
        return new Author(id, slug, name, bio, userId);
    }
}
