package news.cms.plugins.runtime;

/** A plugin could not be started: its JAR would not load, or its extensions could not be created. */
public class PluginStartException extends RuntimeException {

    public PluginStartException(String message) {
        super(message);
    }
}
