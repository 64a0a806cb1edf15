package news.cms.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The build's class-data-sharing training run: the server, once started, answers what a newsroom's
 * first minute asks of it (health, sign-in, a story list), so the archive holds the classes of a
 * request as well as those of the start, and the scheduler has made its first look before the JVM
 * exits and writes the archive.
 */
final class CdsTrainingRun {

    private CdsTrainingRun() {
    }

    static void exercise(ApplicationContext context, String adminPassword) throws IOException, InterruptedException {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding());
        String login = "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}";
        String answer = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString()).body();
        int start = answer.indexOf("\"access_token\":\"") + 16;
        String token = answer.substring(start, answer.indexOf('"', start));
        http.send(HttpRequest.newBuilder(base.resolve("/api/stories")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
