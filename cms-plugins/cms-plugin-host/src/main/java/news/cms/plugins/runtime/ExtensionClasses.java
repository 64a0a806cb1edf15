package news.cms.plugins.runtime;

import news.cms.plugin.api.PluginContext;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, before a JAR is installed, that the classes it lists as extensions are there and can
 * serve: loaded without running any of their code (no static initialiser), against the same
 * API-only parent a running plugin gets.
 */
public final class ExtensionClasses {

    private ExtensionClasses() {
    }

    /** What is wrong with the listed extensions, in words; empty when nothing is. */
    public static List<String> problems(Path jar, Map<ExtensionPoint, Set<String>> listed) {
        List<String> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader("plugin-inspection", new URL[]{jar.toUri().toURL()},
                new ApiOnlyClassLoader(ExtensionClasses.class.getClassLoader()))) {
            for (Map.Entry<ExtensionPoint, Set<String>> point : listed.entrySet()) {
                for (String name : point.getValue()) {
                    problem(loader, point.getKey(), name).ifPresent(problems::add);
                }
            }
        } catch (IOException e) {
            problems.add("its classes cannot be read: " + e.getMessage());
        }
        return problems;
    }

    private static Optional<String> problem(ClassLoader loader, ExtensionPoint point, String name) {
        String where = name + " (listed in " + point.servicesEntry() + ")";
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return Optional.of(where + " is not in the JAR");
        } catch (LinkageError e) {
            return Optional.of(where + " cannot be loaded: " + e);
        }
        if (!point.type().isAssignableFrom(type)) {
            return Optional.of(where + " does not implement " + point.type().getName());
        }
        int modifiers = type.getModifiers();
        if (!Modifier.isPublic(modifiers) || Modifier.isAbstract(modifiers) || type.isInterface()) {
            return Optional.of(where + " must be a public, concrete class");
        }
        try {
            boolean constructible = hasPublicConstructor(type, PluginContext.class)
                    || hasPublicConstructor(type);
            return constructible ? Optional.empty()
                    : Optional.of(where + " needs a public constructor taking a PluginContext, or none");
        } catch (LinkageError e) {
            return Optional.of(where + " cannot be loaded: " + e);
        }
    }

    private static boolean hasPublicConstructor(Class<?> type, Class<?>... parameters) {
        try {
            type.getConstructor(parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
