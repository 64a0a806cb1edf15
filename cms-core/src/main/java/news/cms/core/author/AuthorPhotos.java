package news.cms.core.author;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import news.cms.core.media.MediaUsage;

import java.util.List;

/** A picture that is an author's photo cannot be deleted while the profile shows it. */
@Singleton
class AuthorPhotos implements MediaUsage {

    private final AuthorRepository authors;

    AuthorPhotos(AuthorRepository authors) {
        this.authors = authors;
    }

    @Override
    @ReadOnly
    public List<String> usesOf(long mediaId) {
        return authors.findByPhotoMediaId(mediaId).stream()
                .map(author -> "the photo of author " + author.name() + " (" + author.slug() + ")")
                .toList();
    }
}
