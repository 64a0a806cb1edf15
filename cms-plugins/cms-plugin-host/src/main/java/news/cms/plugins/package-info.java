/**
 * The plugin host: loads plugin JARs at run time with PF4J, one class loader each
 * ({@code runtime}), keeps what is installed and in which state in the database and on disk
 * ({@code manage}), hands each plugin a context with only the capabilities its permissions allow
 * ({@code context}), and calls plugins from the workflow ({@code story}). Every call into a plugin
 * goes through {@link news.cms.plugins.runtime.PluginGuard}. Depends on {@code cms-core} and
 * {@code cms-plugin-api} alone.
 */
package news.cms.plugins;
