package news.cms.app.desk;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started the server where to sign in: the first thing a newcomer needs. */
@Singleton
class DeskAddress {

    private static final Logger LOG = LoggerFactory.getLogger(DeskAddress.class);

    @EventListener
    void announce(ServerStartupEvent started) {
        String base = started.getSource().getURI().toString().replaceAll("/$", "");
        LOG.info("The newsroom desk is at {}{} and the public site at {}/", base, DeskCookies.PATH, base);
    }
}
