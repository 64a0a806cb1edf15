package news.cms.app.plugins;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The plugin JARs the build made for the tests ({@code target/test-plugins}, see cms-app's pom),
 * and variations of them: another manifest, no manifest at all. Public for the desk's tests.
 */
public final class PluginJars {

    public static final String HELLO = "hello-plugin.jar";
    static final String THROWING = "throwing-plugin.jar";
    static final String HANGING = "hanging-plugin.jar";
    static final String NETWORK_PROBE = "network-probe-plugin.jar";
    public static final String MEDIA_TIKA = "media-tika.jar";

    private PluginJars() {
    }

    public static byte[] built(String name) {
        Path jar = Path.of(System.getProperty("cms.test.plugins", "target/test-plugins")).resolve(name);
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("run the tests through Maven's verify, which builds " + jar, e);
        }
    }

    /** The JAR with some manifest entries changed; a null value removes the entry. */
    static byte[] withManifest(byte[] jar, Map<String, String> changes) {
        return rewrite(jar, manifest -> {
            Attributes main = manifest.getMainAttributes();
            changes.forEach((key, value) -> {
                if (value == null) {
                    main.remove(new Attributes.Name(key));
                } else {
                    main.putValue(key, value);
                }
            });
            return manifest;
        });
    }

    /** The same classes and files, but no META-INF/MANIFEST.MF. */
    static byte[] withoutManifest(byte[] jar) {
        return rewrite(jar, manifest -> null);
    }

    private static byte[] rewrite(byte[] jar, UnaryOperator<Manifest> change) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = change.apply(in.getManifest());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = manifest == null ? new JarOutputStream(bytes) : new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
