package news.cms.testplugins.probe;

import news.cms.plugin.api.MissingPermissionException;
import news.cms.plugin.api.PluginContext;
import news.cms.plugin.api.story.Enrichment;
import news.cms.plugin.api.story.StoryEnricher;
import news.cms.plugin.api.story.StoryView;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Tries its {@code network:127.0.0.1} permission on publication and records what happened: the
 * granted host at the {@code url} setting, a redirect from there, and a host it was not granted.
 */
public class ProbeEnricher implements StoryEnricher {

    private final PluginContext context;

    public ProbeEnricher(PluginContext context) {
        this.context = context;
    }

    @Override
    public Enrichment enrich(StoryView story) {
        String base = context.setting("url").orElseThrow(() -> new IllegalStateException("no url setting"));
        return Enrichment.of("granted-host", status(base + "/ping"))
                .with("redirect", status(base + "/elsewhere"))
                .with("other-host", status("http://b.example/ping"));
    }

    private String status(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).build();
        try {
            return String.valueOf(context.network().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (MissingPermissionException e) {
            return "refused: needs " + e.permission();
        } catch (IOException e) {
            return "failed: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
