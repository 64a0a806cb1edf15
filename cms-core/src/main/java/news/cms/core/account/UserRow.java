package news.cms.core.account;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;


@MappedEntity("users")
record UserRow(@Id @GeneratedValue Long id, String username, String displayName, String role, boolean enabled,
               String passwordHash, Long credentialsChangedAt, Long createdAt,
               Long updatedAt) {
}
