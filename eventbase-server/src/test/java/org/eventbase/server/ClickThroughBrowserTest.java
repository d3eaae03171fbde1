package org.eventbase.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The UI clicked through in a real browser (Debian's headless Chromium driven by Selenium), over the test store:
 * the bundled samples plus a hand-written article with coded events. The API is the oracle: what the page shows
 * after each click must be what {@code /api/v1/events} answers for the same filters. Each test saves a screenshot
 * to {@code target/screenshots/}. One browser session serves the whole class.
 */
class ClickThroughBrowserTest {
    static final String ARTICLE = ServedStore.codedArticleId();
    static final String EV1 = ARTICLE + "-ev1";
    static final String EV2 = ARTICLE + "-ev2";

    @TempDir
    static Path dir;
    static RunningServer server;
    static HeadlessChromium browser;

    @BeforeAll
    static void start() {
        server = RunningServer.over(ServedStore.copyInto(dir));
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
    }

    @Test
    void theMapShowsAMarkerForEveryLocatedEvent() {
        List<JsonNode> all = events(server, "");
        Set<String> countries = all.stream().filter(e -> !e.get("country_code").isNull())
                .map(e -> e.get("country_code").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(countries).as("countries of the test store's events").hasSizeGreaterThanOrEqualTo(2);
        assertThat(located(all)).as("located events in the test store").isGreaterThanOrEqualTo(3);

        openMainPage(server);
        awaitShown(all, "all events");
        assertThat(browser.find("#status").getText()).isEqualTo(all.size() + " events (" + located(all)
                + " on the map)");
        assertThat(browser.all("#map path.leaflet-interactive, #map .marker-cluster")).isNotEmpty();
        browser.screenshot("map-all-events");
    }

    @Test
    void eachFilterNarrowsTheTableAndTheMapToWhatTheApiAnswers() {
        int total = events(server, "").size();
        openMainPage(server);
        record Filter(String name, String query, Runnable fill) {}
        List<Filter> filters = List.of(
                new Filter("type", "type=ASSAULT",
                        () -> new Select(browser.find("#filters select[name=type]")).selectByValue("ASSAULT")),
                new Filter("country", "country=KE", () -> browser.find("#filters input[name=country]").sendKeys("KE")),
                new Filter("text", "text=guards", () -> browser.find("#filters input[name=text]").sendKeys("guards")),
                new Filter("dates", "from=2024-02-01&to=2024-02-29", () -> {
                    setDate("from", "2024-02-01");
                    setDate("to", "2024-02-29");
                }));
        for (Filter f : filters) {
            browser.find("#clear").click();
            awaitEqual(() -> rows().size(), total, "rows after clearing the filters");
            f.fill().run();
            browser.find("#filters button[type=submit]").click();
            List<JsonNode> expected = events(server, f.query());
            assertThat(expected.size()).as("the %s filter narrows the events", f.name()).isBetween(1, total - 1);
            awaitShown(expected, f.name() + " filter");
            assertThat(browser.all("#timeline rect.brush")).as("timeline brush after the %s filter", f.name())
                    .hasSize(f.name().equals("dates") ? 1 : 0);
            browser.screenshot("filter-" + f.name());
        }
    }

    @Test
    void brushingTheTimelineNarrowsTheTableAndTheMapToTheBrushedDays() {
        List<JsonNode> all = events(server, "");
        openMainPage(server);
        awaitShown(all, "all events");
        WebElement bar = browser.until(d -> d.findElements(By.cssSelector("#timeline rect.bar")).stream()
                .filter(b -> b.findElement(By.tagName("title")).getDomProperty("textContent").startsWith("2024-02-12"))
                .findFirst().orElse(null));
        org.openqa.selenium.Rectangle r = bar.getRect();
        int y = r.getY() + r.getHeight() / 2;
        new Actions(browser.driver()).moveToLocation(r.getX() - 4, y).clickAndHold()
                .moveToLocation(r.getX() + r.getWidth() / 2, y).moveToLocation(r.getX() + r.getWidth() + 4, y)
                .release().perform();
        String from = browser.until(d -> blankToNull(browser.find("#filters input[name=from]").getDomProperty("value")));
        String to = browser.find("#filters input[name=to]").getDomProperty("value");
        assertThat(from).isLessThanOrEqualTo("2024-02-12");
        assertThat(to).isGreaterThanOrEqualTo("2024-02-12");
        List<JsonNode> expected = events(server, "from=" + from + "&to=" + to);
        assertThat(ids(expected)).contains(EV1, EV2);
        assertThat(expected.size()).as("the brush narrows the events").isLessThan(all.size());
        awaitShown(expected, "brushed " + from + " to " + to);
        assertThat(browser.find("#status").getText()).endsWith(from + " to " + to);
        assertThat(browser.all("#timeline rect.brush")).hasSize(1);
        browser.screenshot("timeline-brushed");
    }

    @Test
    void clickingAnEventOpensItsArticleWithTheEvidenceHighlighted() {
        openMainPage(server);
        awaitEqual(() -> rows().size(), events(server, "").size(), "rows");
        clickRow(EV2);
        WebElement link = browser.until(d -> d.findElement(By.cssSelector("#detail a[href^='article.html']")));
        assertThat(browser.find("#detail .evidence-text").getText())
                .isEqualTo("Gunmen shot dead three guards at a depot in Mombasa, police said.");
        link.click();
        browser.until(d -> !d.findElements(By.cssSelector("#text .evidence.chosen")).isEmpty());
        String chosen = browser.all("#text .evidence.chosen").stream().map(WebElement::getText)
                .collect(Collectors.joining());
        assertThat(chosen).isEqualTo("Gunmen shot dead three guards at a depot in Mombasa, police said.");
        assertThat(browser.all("#text .evidence:not(.chosen)").stream().map(WebElement::getText)
                .collect(Collectors.joining())).startsWith("Port workers marched");
        assertThat(texts("#text .trigger")).contains("shot dead", "marched");
        assertThat(texts("#text .place")).contains("Mombasa");
        assertThat(browser.find("#extracted").getText()).contains("Events (2)").contains("ev2 ASSAULT")
                .contains("3 killed").contains("Places (1)");
        assertThat(browser.find("#extracted .chosen-event").getText()).startsWith("ev2 ASSAULT");
        browser.screenshot("article-evidence");
    }

    @Test
    void hostileArticleTextIsShownAsTextAndNoAlertFires() {
        openMainPage(server);
        awaitEqual(() -> rows().size(), events(server, "").size(), "rows");
        clickRow(EV1);
        WebElement link = browser.until(d -> d.findElement(By.cssSelector("#detail a[href^='article.html']")));
        assertThat(link.getText()).isEqualTo("Port workers march in Mombasa " + ServedStore.HOSTILE);
        link.click();
        browser.until(d -> d.findElement(By.id("title")).getText().startsWith("Port workers"));
        assertThat(browser.find("#title").getText()).isEqualTo("Port workers march in Mombasa " + ServedStore.HOSTILE);
        assertThat(browser.find("#text").getText()).contains(ServedStore.HOSTILE);
        assertThat(browser.all("#article script, #article img, img[src=x]")).isEmpty();
        assertThat(browser.all("script").stream().map(s -> s.getDomProperty("src")).toList())
                .allMatch(src -> src != null && src.startsWith(server.uri("/").toString()));
        assertThat(browser.alertsFired()).as("alerts fired by the article page").isZero();
        browser.screenshot("hostile-article-as-text");

        String sample = events(server, "").stream().map(e -> e.get("article_id").asText())
                .filter(a -> !a.equals(ARTICLE)).findFirst().orElseThrow();
        browser.open(server.uri("/article.html?id=" + sample));
        browser.until(d -> !d.findElement(By.id("title")).getText().isEmpty());
        assertThat(browser.alertsFired()).as("alerts fired by a sample article page").isZero();
    }

    @Test
    void theStoryViewShowsBothSourcesAndTheConflictingFiguresSideBySide() {
        String copy = ServedStore.storyArticleId(true);
        browser.open(server.uri("/stories.html"));
        WebElement link = browser.until(d -> d.findElements(By.cssSelector("#stories a[href^='story.html']")).stream()
                .filter(a -> a.getText().equals("Kampala riders block roads over licence fee")).findFirst()
                .orElse(null));
        link.click();
        browser.until(d -> d.findElements(By.cssSelector("tr.claim")).size() == 2);
        assertThat(browser.find("#title").getText()).isEqualTo("Kampala riders block roads over licence fee");
        WebElement arrests = browser.find("li.merged-event.conflict");
        assertThat(arrests.findElements(By.cssSelector("li.mention")).stream().map(WebElement::getText).toList())
                .containsExactly(
                        "Lake Courier, 2024-05-07: Police arrested twelve riders near the central market, a police "
                                + "spokesman said.",
                        "Nile Wire, 2024-05-08: Police arrested fifteen riders near the central market, a police "
                                + "spokesman said.");
        List<String> claims = arrests.findElements(By.cssSelector("tr.claim")).stream()
                .map(r -> r.findElement(By.cssSelector("td.figure")).getText() + " "
                        + r.findElement(By.cssSelector("td.claim-source")).getText())
                .toList();
        assertThat(claims).containsExactly("12 Lake Courier", "15 Nile Wire");
        assertThat(arrests.findElements(By.cssSelector("tr.claim td")).get(2).getText()).isEqualTo("a police spokesman");
        assertThat(arrests.findElement(By.cssSelector(".claims-summary")).getText()).startsWith("range 12 – 15");
        assertThat(browser.all("#articles li.story-article").stream().map(WebElement::getText).toList())
                .anyMatch(a -> a.startsWith("Riders block Kampala roads over fee " + ServedStore.HOSTILE)
                        && a.contains("copy of"));
        assertThat(browser.alertsFired()).as("alerts fired by the story page").isZero();
        browser.screenshot("story-view");

        browser.open(server.uri("/article.html?id=" + copy));
        WebElement back = browser.until(d -> d.findElement(By.cssSelector("#story-link a[href^='story.html']")));
        assertThat(back.getText()).isEqualTo("Kampala riders block roads over licence fee");
    }

    @Test
    void reviewsMadeInTheBrowserSurviveAServerRestart() throws Exception {
        Path db = ServedStore.copyInto(Files.createDirectory(dir.resolve("restart")));
        String rejected;
        try (RunningServer first = RunningServer.over(db)) {
            rejected = events(first, "").stream().filter(e -> !e.get("article_id").asText().equals(ARTICLE)
                    && !e.get("lat").isNull()).map(e -> e.get("id").asText()).findFirst().orElseThrow();
            openMainPage(first);
            awaitEqual(() -> rows().size(), events(first, "").size(), "rows");
            review(EV1, "accepted", "", first.token(), null);
            review(EV2, "corrected", "four guards died", first.token(), "4");
            review(rejected, "rejected", "the sentence reports a plan, not an event", first.token(), null);
        }
        try (RunningServer second = RunningServer.over(db)) {
            List<JsonNode> all = events(second, "");
            openMainPage(second);
            awaitShown(all, "all events after the restart");
            assertThat(cells(EV1)).last().isEqualTo("accepted");
            assertThat(cells(EV2)).last().isEqualTo("corrected");
            assertThat(cells(EV2).get(6)).as("killed, corrected").isEqualTo("4");
            assertThat(cells(rejected)).last().isEqualTo("rejected");
            assertThat(browser.all("#map path.event-marker.review-rejected")).isEmpty();
            clickRow(EV2);
            String audit = browser.until(d -> {
                String t = d.findElement(By.cssSelector("#detail .audit")).getText();
                return t.contains("amina:") ? t : null;
            });
            assertThat(audit).contains("amina: corrected (killed=4) — four guards died");
            browser.script("arguments[0].scrollIntoView({block: 'end'});", browser.find("#detail .audit"));
            browser.screenshot("review-after-restart");

            browser.open(second.uri("/article.html?id=" + ARTICLE));
            String panel = browser.until(d -> {
                String t = d.findElement(By.id("extracted")).getText();
                return t.contains("Events (2)") ? t : null;
            });
            assertThat(panel).contains("[accepted]").contains("[corrected]").contains("4 killed");
        }
    }

    /** Fills and sends the review form of one event, and waits for its audit log to show the verdict. */
    private static void review(String eventId, String status, String reason, String token, String killed) {
        clickRow(eventId);
        browser.until(d -> d.findElement(By.cssSelector("#detail h3")).isDisplayed()
                && d.findElement(By.cssSelector("#detail a")).getDomProperty("href").contains(
                        eventId.substring(eventId.lastIndexOf('-') + 1)));
        new Select(browser.find("#detail select[name=status]")).selectByValue(status);
        type("#detail input[name=reviewer]", "amina");
        type("#detail input[name=reason]", reason);
        type("#detail input[name=token]", token);
        if (killed != null) {
            type("#detail input[name=killed]", killed);
        }
        browser.find("#detail button[type=submit]").click();
        try {
            browser.until(d -> d.findElement(By.cssSelector("#detail .audit")).getText().contains("amina: " + status));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("review-failed");
            throw new AssertionError("the " + status + " review of " + eventId + " did not show; the panel says: "
                    + browser.find("#detail").getText(), e);
        }
        awaitEqual(() -> cells(eventId).isEmpty() ? "" : cells(eventId).get(7), status, "review cell of " + eventId);
    }

    /** Clicks an event's table row, scrolled to the middle of the table so that the sticky header is not in the way. */
    private static void clickRow(String eventId) {
        WebElement row = browser.find("tr[data-event='" + eventId + "']");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", row);
        row.click();
    }

    private static void type(String css, String text) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(text);
    }

    private static void setDate(String name, String day) {
        browser.script("arguments[0].value = arguments[1];", browser.find("#filters input[name=" + name + "]"), day);
    }

    private static void openMainPage(RunningServer on) {
        browser.open(on.uri("/"));
        browser.until(d -> d.findElement(By.id("status")).getText().matches("\\d+ events .*"));
    }

    /** Waits until the table lists exactly {@code expected} and the map draws exactly the located ones. */
    private static void awaitShown(List<JsonNode> expected, String what) {
        awaitEqual(() -> new TreeSet<>(rows()), new TreeSet<>(ids(expected)), "table rows, " + what);
        awaitEqual(ClickThroughBrowserTest::markersOnMap, located(expected), "markers on the map, " + what);
    }

    private static <T> void awaitEqual(Supplier<T> actual, T expected, String what) {
        long end = System.nanoTime() + 10_000_000_000L;
        T seen = actual.get();
        while (!seen.equals(expected) && System.nanoTime() < end) {
            sleep();
            seen = actual.get();
        }
        assertThat(seen).as(what).isEqualTo(expected);
    }

    private static void sleep() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Markers the map draws: single event markers plus the number on each cluster. */
    private static int markersOnMap() {
        Object n = browser.script("let n = document.querySelectorAll('#map path.event-marker').length;"
                + "for (const c of document.querySelectorAll('#map .marker-cluster span')) n += Number(c.textContent);"
                + "return n;");
        return ((Number) n).intValue();
    }

    private static List<String> rows() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.script("return [...document.querySelectorAll('#events tbody tr')]"
                + ".map(tr => tr.dataset.event);");
        return ids;
    }

    private static List<String> cells(String eventId) {
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) browser.script("const tr = document.querySelector("
                + "'tr[data-event=\"' + arguments[0] + '\"]'); return tr ? [...tr.cells].map(td => td.innerText) : [];",
                eventId);
        return cells;
    }

    private static List<String> texts(String css) {
        return browser.all(css).stream().map(WebElement::getText).toList();
    }

    private static List<JsonNode> events(RunningServer on, String query) {
        List<JsonNode> items = new ArrayList<>();
        on.get("/api/v1/events?limit=1000&" + query).json().get("items").forEach(items::add);
        return items;
    }

    private static List<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.get("id").asText()).toList();
    }

    /** Events the map should draw: located and not rejected. */
    private static int located(List<JsonNode> events) {
        return (int) events.stream().filter(e -> !e.get("lat").isNull() && !e.get("lon").isNull()
                && !"rejected".equals(e.get("review").asText(null))).count();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
