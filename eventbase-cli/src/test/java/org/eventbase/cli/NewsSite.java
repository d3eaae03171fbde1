package org.eventbase.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A local news site for the {@code ingest URL} and {@code watch} tests: an RSS feed whose items can be published
 * one by one, a page per item, a malformed feed and a robots.txt that allows everything; every requested path is
 * recorded.
 */
final class NewsSite implements AutoCloseable {
    private static final String[] TOWNS = {"Tromsø", "Bodø", "Narvik", "Molde", "Hamar", "Gjøvik"};

    private final HttpServer server;
    private final List<String> published = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Adds an item to the feed, linking to {@code /news/N}. */
    NewsSite publish(int n) {
        published.add("/news/" + n);
        return this;
    }

    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    long requestsTo(String path) {
        return requests().stream().filter(path::equals).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        try (ex) {
            if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", "User-agent: *\nDisallow:\n");
            } else if (path.equals("/feed.rss")) {
                send(ex, 200, "application/rss+xml", feed());
            } else if (path.equals("/bad.rss")) {
                send(ex, 200, "application/rss+xml", "<rss><channel><item>unclosed");
            } else if (path.startsWith("/news/")) {
                send(ex, 200, "text/html; charset=utf-8", page(Integer.parseInt(path.substring("/news/".length()))));
            } else {
                send(ex, 404, "text/plain", "not found");
            }
        }
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        synchronized (published) {
            for (String path : published) {
                items.append("<item><title>Item ").append(path).append("</title><link>").append(url(path))
                        .append("</link><pubDate>Tue, 02 Jun 2026 08:00:00 GMT</pubDate></item>");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Northern Desk</title>"
                + "<link>" + url("/") + "</link><description>Local news</description>" + items + "</channel></rss>";
    }

    static String page(int n) {
        String town = TOWNS[n % TOWNS.length];
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Road reopens in " + town
                + "</title></head><body><article><h1>Road reopens in " + town + "</h1><p>The coast road north of "
                + town + " reopened on Tuesday, report " + n + ", after crews cleared a rock slide that had closed "
                + "it for two days.</p><p>The county said buses would run to the normal timetable from Wednesday "
                + "morning.</p></article></body></html>";
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
