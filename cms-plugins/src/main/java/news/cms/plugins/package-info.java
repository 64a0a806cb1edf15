/**
 * The plugin SPI and the plugins we ship. Plugins compile against a small API without Micronaut
 * types and are loaded from JARs at run time; this module depends on {@code cms-core} alone.
 */
package news.cms.plugins;
