package news.cms.core.tag;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("tag")
record TagRow(@Id @GeneratedValue Long id, String slug, String name) {

    Tag toTag() {
        return new Tag(id, slug, name);
    }
}
