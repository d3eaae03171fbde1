package org.eventbase.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eventbase.json.DocumentJson;
import org.eventbase.store.Store;
import org.eventbase.story.ClaimSummary;
import org.eventbase.story.CountClaim;
import org.eventbase.story.EventMention;
import org.eventbase.story.MergedEvent;
import org.eventbase.story.Story;
import org.eventbase.story.StoryArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eventbase story ID}: one story, its articles and the timeline of its merged events, each with its sources
 * and figures; figures the sources disagree on are marked {@code CONFLICT} with every claim, the range, the latest
 * and the most-cited figure. Example: {@code eventbase story 3f2a9c01d4e5b6a7 --format json}.
 */
@Command(name = "story",
        mixinStandardHelpOptions = true,
        description = "Show one story: its articles and the timeline of its events, conflicting figures marked.")
public final class StoryCommand implements Callable<Integer> {
    /** How the story comes out. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ID", description = "A story id (see 'eventbase stories') or an article id.")
    String id;

    @Option(names = "--format", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        Optional<Story> story;
        try (Store opened = store.openExisting()) {
            story = opened.story(id);
        }
        if (story.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "story " + id
                    + ": no such story or article; list them with 'eventbase stories'");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(story.get()));
        } else {
            print(out, story.get());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Story s) {
        out.printf("Story %s: %s%n", s.id(), s.title() == null ? "(untitled)" : s.title());
        out.printf("  days: %s   articles: %d   events: %d%n", s.days() == null ? "-"
                : StoriesCommand.days(s.days().from(), s.days().to()), s.articles().size(), s.timeline().size());
        out.printf("  places: %s%n  actors: %s%n", String.join(", ", s.places()), String.join(", ", s.actors()));
        out.println("Articles:");
        for (StoryArticle a : s.articles()) {
            out.printf("  %s  %s  %s  %s%s%n", a.articleId(), dash(a.published()), dash(a.publisher()),
                    dash(a.title()), a.duplicate() ? "  (copy of " + a.canonical() + ")" : "");
        }
        out.println("Timeline:");
        for (MergedEvent m : s.timeline()) {
            String days = m.days() == null ? "-" : StoriesCommand.days(m.days().from(), m.days().to());
            out.printf("  %s  %s%s  %s%s  [%d source%s]%s%n", days, m.type(), m.mode() == null ? "" : "/" + m.mode(),
                    dash(m.place()), m.country() == null ? "" : " (" + m.country() + ")", m.mentions().size(),
                    m.mentions().size() == 1 ? "" : "s", m.conflicting() ? "  CONFLICT" : "");
            for (EventMention e : m.mentions()) {
                out.printf("      %s %s: %s%n", dash(e.published()), dash(e.publisher()),
                        EventsCommand.clip(e.evidence(), 100));
            }
            for (ClaimSummary c : m.claims()) {
                out.printf("      %s%s: range %d..%s, latest %s, most cited %s (%d)%n",
                        c.conflicting() ? "CONFLICT " : "", c.kind(), c.low(), c.high() == null ? "" : c.high(),
                        c.latest().figure(), c.mostCited(), c.citations());
                for (CountClaim claim : c.claims()) {
                    out.printf("        %s  %s  %s (%s)%s%n", dash(claim.published()), dash(claim.publisher()),
                            claim.figure(), dash(claim.text()),
                            claim.claimant() == null ? "" : ", according to " + claim.claimant());
                }
            }
        }
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
