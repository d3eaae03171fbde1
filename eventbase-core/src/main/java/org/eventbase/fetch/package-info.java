/**
 * Fetching: pages and RSS/Atom feeds over HTTP, politely (robots.txt, per-host delay, a clear User-Agent) and
 * safely (timeouts, a size limit, a redirect limit). Entry points: {@link org.eventbase.fetch.Fetcher} for one URL's
 * bytes and {@link org.eventbase.fetch.WebArticles} for the articles behind a page or feed URL, for example
 * {@code new WebArticles(new Fetcher(FetchSettings.defaults())).read(url, stored::contains)}.
 */
package org.eventbase.fetch;
