package news.cms.core.section;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;


@MappedEntity("section")
record SectionRow(@Id @GeneratedValue Long id, String slug, String title, String description,
                  Long createdAt, Long updatedAt) {

    Section toSection() {
        return new Section(id, slug, title, description);
    }
}
