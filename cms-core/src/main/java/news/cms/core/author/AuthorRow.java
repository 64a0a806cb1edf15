package news.cms.core.author;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;


@MappedEntity("author")
record AuthorRow(@Id @GeneratedValue Long id, String slug, String name, String bio, @Nullable Long userId,
                 Long createdAt, @Nullable Long photoMediaId) {

    Author toAuthor() {
        return new Author(id, slug, name, bio, userId, photoMediaId);
    }
}
