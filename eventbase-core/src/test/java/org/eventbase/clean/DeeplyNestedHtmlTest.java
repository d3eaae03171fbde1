package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.eventbase.model.ContentFormat;
import org.eventbase.model.InputException;
import org.eventbase.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pages nested hundreds of levels deep are refused right after parsing; cleaning 100,000 nested divs took minutes
 * on a loaded machine (jsoup nests them 512 deep, then each of the cleaner's passes walks ancestors or descendants).
 */
class DeeplyNestedHtmlTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void refusesAHundredThousandNestedDivsQuickly() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>Crews walked out on Monday.</p>"
                + "</div>".repeat(100_000) + "</body></html>";

        assertThatThrownBy(() -> cleaner.clean(new RawArticle("deep.html", ContentFormat.HTML, html, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("deep.html")
                .hasMessageContaining("more than the 256 a page may have");
    }

    @Test
    void keepsAnArticleNestedAHundredLevelsDeep() {
        String html = "<html><body>" + "<div>".repeat(100) + "<p>Crews walked out at the port on Monday over pay, "
                + "the union said, and talks are due next week.</p>" + "</div>".repeat(100) + "</body></html>";

        assertThat(cleaner.clean(new RawArticle("deep.html", ContentFormat.HTML, html, null)).text())
                .contains("Crews walked out at the port on Monday");
    }

    @Test
    void measuresNestingDepthBelowTheRoot() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("<div><div><p>x</p></div></div>");
        assertThat(NestingDepth.of(page.body())).isEqualTo(4);
    }
}
