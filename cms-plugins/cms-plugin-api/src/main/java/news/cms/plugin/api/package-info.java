/**
 * What a plugin compiles against, and nothing else: plain Java 17, no Micronaut, no PF4J. A plugin
 * provides extensions of the extension points here ({@link news.cms.plugin.api.story.StoryListener},
 * {@link news.cms.plugin.api.story.StoryEnricher}, {@link news.cms.plugin.api.media.MediaProcessor},
 * {@link news.cms.plugin.api.translation.TranslationProvider}); each extension gets a
 * {@link news.cms.plugin.api.PluginContext} that hands out only what the plugin's permissions allow.
 * See docs/plugins.md.
 */
package news.cms.plugin.api;
