package news.cms.core.account;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;


/** @param credentialsVersion raised by every change of password, role or status ({@link UserRepository}) */
@MappedEntity("users")
record UserRow(@Id @GeneratedValue Long id, String username, String displayName, String role, boolean enabled,
               String passwordHash, long credentialsVersion, Long createdAt, Long updatedAt) {
}
