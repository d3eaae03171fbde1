package org.eventbase.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A local web site for fetch tests, on a free port: article pages, a redirect chain and a redirect loop, a
 * robots.txt, a slow page, an oversized page, a 404, an image, gzip and Latin-1 pages, RSS and Atom feeds of three
 * items each and a malformed feed. Records every request's path, User-Agent and time.
 */
final class FixtureSite implements AutoCloseable {
    /** One request as the site saw it. */
    record Request(String path, String userAgent, long nanos) {}

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final String robots;

    FixtureSite() throws IOException {
        this("User-agent: *\nDisallow: /private/\n");
    }

    FixtureSite(String robots) throws IOException {
        this.robots = robots;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requestsTo(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    static String article(String headline, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline
                + "</title></head><body><article><h1>" + headline + "</h1><p>" + body + "</p>"
                + "<p>Officials said the work would continue through the week, and residents were asked to stay "
                + "away from the river banks until the water level falls.</p></article></body></html>";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(new Request(path, ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
        try (ex) {
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "text/plain", robots);
                case "/page.html", "/private/secret.html" -> send(ex, 200, "text/html; charset=utf-8",
                        article("Ferry service resumes in Tromsø", "The ferry between Tromsø and Skjervøy sailed "
                                + "again on Monday after a storm kept it in port for three days."));
                case "/r1" -> redirect(ex, "/r2");
                case "/r2" -> redirect(ex, url("/page.html"));
                case "/to-private" -> redirect(ex, "/private/secret.html");
                case "/slow" -> {
                    sleep(5000);
                    send(ex, 200, "text/html", article("Late", "Too late."));
                }
                case "/big" -> send(ex, 200, "text/html", "<html><body><p>" + "x".repeat(300_000) + "</p></body></html>");
                case "/image.png" -> send(ex, 200, "image/png", "\u0089PNG not really");
                case "/gzip.html" -> sendGzip(ex, article("Bridge reopens in Bergen",
                        "The Puddefjord bridge in Bergen reopened to traffic on Tuesday after repairs."));
                case "/latin1.html" -> send(ex, 200, "text/html; charset=ISO-8859-1",
                        article("Café closes in Genève", "The café on the quai in Genève closed on Friday."),
                        StandardCharsets.ISO_8859_1);
                case "/rss.xml" -> send(ex, 200, "application/rss+xml", rss());
                case "/atom.xml" -> send(ex, 200, "application/atom+xml", atom());
                case "/bad-feed.xml" -> send(ex, 200, "application/rss+xml",
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken<item></rss>");
                case "/not-a-feed.xml" -> send(ex, 200, "application/xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>");
                default -> {
                    if (path.startsWith("/loop/")) {
                        int n = Integer.parseInt(path.substring("/loop/".length()));
                        redirect(ex, "/loop/" + (n + 1));
                    } else if (path.startsWith("/news/")) {
                        String n = path.substring("/news/".length());
                        String page = n.startsWith("bare")
                                ? "<html><body><article><p>Crews in Narvik cleared snow from the harbour road on "
                                        + "Wednesday, item " + n + ", so that lorries could reach the quay.</p><p>The "
                                        + "council said more snow is expected on Thursday.</p></article></body></html>"
                                : article("Harbour story " + n, "Fishing boats returned to the harbour in Ålesund "
                                        + "on Sunday, story " + n + ", after the storm passed.");
                        send(ex, 200, "text/html; charset=utf-8", page);
                    } else {
                        send(ex, 404, "text/plain", "not found");
                    }
                }
            }
        }
    }

    private String rss() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            items.append("<item><title>Feed title ").append(i).append("</title><link>").append(url("/news/r" + i))
                    .append("</link><author>desk@example.org (Kari Nordmann)</author>")
                    .append("<pubDate>Mon, 0").append(i).append(" Jun 2026 08:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Harbour News</title>"
                + "<link>" + url("/") + "</link><description>Test</description>" + items + "</channel></rss>";
    }

    private String atom() {
        StringBuilder entries = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            String link = i == 3 ? "/news/bare-a3" : "/news/a" + i; // the third page has no title of its own
            entries.append("<entry><title>Atom title ").append(i).append("</title><link href=\"").append(link)
                    .append("\"/><id>urn:uuid:item-").append(i).append("</id><author><name>Ola Nordmann</name></author>")
                    .append("<updated>2026-06-0").append(i).append("T10:00:00Z</updated></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Harbour Atom</title><id>urn:uuid:feed</id><updated>2026-06-03T10:00:00Z</updated>"
                + entries + "</feed>";
    }

    private void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body, StandardCharsets.UTF_8);
    }

    private void send(HttpExchange ex, int status, String type, String body, Charset charset) throws IOException {
        byte[] bytes = body.getBytes(charset);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void sendGzip(HttpExchange ex, String body) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(body.getBytes(StandardCharsets.UTF_8));
        }
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().add("Content-Encoding", "gzip");
        ex.sendResponseHeaders(200, zipped.size());
        try (OutputStream out = ex.getResponseBody()) {
            zipped.writeTo(out);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
