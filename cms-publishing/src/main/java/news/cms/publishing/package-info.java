/**
 * What readers see: section fronts, author and tag pages, article pages, feeds, sitemaps and the
 * static export, built from PUBLISHED stories only. Depends on {@code cms-core} alone; it reads
 * stories through the core's stores and never reaches into the editorial module.
 */
package news.cms.publishing;
