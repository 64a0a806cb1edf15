package news.cms.plugins.runtime;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin's class loader: the JDK, the plugin API, SLF4J and PF4J, and nothing
 * else of the server. A plugin cannot reach the CMS's internals (its stores, Micronaut, the
 * database driver) by class name, and cannot come to depend on them by accident.
 */
final class ApiOnlyClassLoader extends ClassLoader {

    /** What plugins may load from the server: the API they compile against, logging, PF4J's own types. */
    private static final List<String> SHARED_PACKAGES = List.of("news.cms.plugin.api.", "org.slf4j.", "org.pf4j.");

    private final ClassLoader server;

    ApiOnlyClassLoader(ClassLoader server) {
        super("plugin-api", ClassLoader.getPlatformClassLoader());
        this.server = server;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return server.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return isShared(asClassName(name)) ? server.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isShared(asClassName(name)) ? server.getResources(name) : super.getResources(name);
    }

    private static boolean isShared(String className) {
        return SHARED_PACKAGES.stream().anyMatch(className::startsWith);
    }

    private static String asClassName(String resource) {
        return resource.replace('/', '.');
    }
}
