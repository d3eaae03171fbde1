package org.eventbase.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether one line or paragraph, on its own, is portal or scraper cruft rather than article prose, and names
 * the kind. It judges by shape and boilerplate vocabulary, never by one article's words.
 * Example: {@code reasonFor("Smoke over the harbour. Photograph: Jane Roe/AP")} is {@code Optional.of("photo caption")};
 * {@code reasonFor("“We will rebuild,” she said.")} is empty.
 */
final class CruftLineClassifier {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String AGENCIES = "(?:Getty(?: Images)?|AP|AP Photo|AFP|Reuters|EPA|EPA-EFE|PA|PA Media|PA Wire"
            + "|Shutterstock|Bloomberg|Xinhua|Anadolu(?: Agency)?|dpa|Alamy|SOPA Images|LightRocket|NurPhoto|ZUMA(?: Wire)?"
            + "|Rex|Rex Features|Sipa|TASS|Sputnik|UPI|Corbis|iStock|WireImage|Handout|File|file photo|Supplied)";

    /** Cruft lines are short; longer text is prose, and is not fed to the patterns (which recurse per repeat). */
    private static final int MAX_CRUFT_LENGTH = 400;

    private record Rule(String reason, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            new Rule("player error", Pattern.compile(
                    "^(?:load(?:ing)? error|video unavailable|this (?:video|content) is (?:not |un)available.*"
                            + "|your browser does not support.*|playback error.*|error loading (?:media|video).*"
                            + "|media error.*|(?:please )?enable javascript.*|javascript is (?:disabled|required).*"
                            + "|sorry,? (?:this|the) (?:video|content) .*|the media could not be loaded.*"
                            + "|something went wrong.{0,40}|press play to .*|autoplay.{0,40})$", I)),
            new Rule("player error", Pattern.compile(
                    "^(?=(?:\\S+\\s+){0,14}\\S+$)(?!.*\\b(?:said|says|told|verify|verified|confirm|confirmed|according)\\b)"
                            + "(?=.*\\b(?:error|failed|fail|could not|couldn't|couldn’t|cannot|can't|can’t|unable to"
                            + "|unavailable|not supported)\\b)"
                            + "(?=.*\\b(?:load|loading|loaded|play|played|playback|player|media|video|content|embed|embedded"
                            + "|stream|refresh|try again|error code|browser)\\b).*$", I)),
            new Rule("video teaser", Pattern.compile(
                    "^(?=(?:\\S+\\s+){0,7}\\S+$)(?:keep watching|up next|next up|more videos?|latest videos?"
                            + "|watch more|watch next|what to watch next|watch the latest|watch live|related videos?"
                            + "|top videos|trending videos?)\\b[^.!?]{0,40}$", I)),
            new Rule("video teaser", Pattern.compile(
                    "^(?:video|watch|watch now|watch live|live|listen|audio|podcast|play video)(?:\\s*[:|]|\\s+[–—-])\\s*\\S.{0,160}$", I)),
            new Rule("video teaser", Pattern.compile(
                    "^(?:what to watch next|watch next|up next|next up|more videos|related videos?|trending videos?"
                            + "|most watched|recommended videos?|top videos|latest videos?|watch more|more from .{1,30} video)"
                            + "\\s*[:›»]?$", I)),
            new Rule("related link", Pattern.compile(
                    "^(?:related|read more|read also|also read|see also|more|read next|more on this story|further reading"
                            + "|recommended|recommended reading|related articles?|related stories|related content|related coverage"
                            + "|you may also like|you might also like|most read|most popular|trending|top stories|don't miss"
                            + "|don’t miss|more from [^:]{1,30}|editor'?s picks?|in other news|also on [^:]{1,30})"
                            + "\\s*(?:[:|›»]\\s*\\S.{0,200}|[:›»]?)$", I)),
            new Rule("advertisement", Pattern.compile(
                    "^(?:advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|paid content|promoted"
                            + "|partner content|story continues below(?: advertisement)?|article continues (?:below|after).*"
                            + "|continue reading (?:below|the main story).*|scroll (?:down )?to continue.*"
                            + "|ad feedback|report (?:this )?ad|skip ad|close ad)\\W*$", I)),
            new Rule("navigation", Pattern.compile(
                    "^(?:skip to (?:main )?content|skip to navigation|jump to (?:main )?content|back to top|menu|close"
                            + "|search|home|sign in|log in|log ?out|show more|show less|load more|previous|next"
                            + "|previous article|next article|toggle navigation|open menu|close menu)\\W*$", I)),
            new Rule("photo credit", Pattern.compile(
                    "^(?:photograph|photographs|photo|photos|image|images|picture|pictures|illustration|credit"
                            + "|photo credit|image credit|composite|graphic|pic|file photo)\\s*(?:by)?\\s*[:|]\\s*\\S.{0,120}$", I)),
            new Rule("photo credit", Pattern.compile(
                    "^\\((?:[^()]{0,60}[\\s/:])?" + AGENCIES + "(?:\\s*via\\s+" + AGENCIES + ")?\\)\\.?$", I)),
            new Rule("photo credit", Pattern.compile(
                    "^(?:(?:Photo|Image|Picture)s? by:?\\s*)?(?:\\p{Lu}[\\p{L}.'’-]*\\s*){0,4}(?:/\\s*|\\s+via\\s+)?"
                            + AGENCIES + "(?:\\s+via\\s+" + AGENCIES + ")?\\.?$")),
            new Rule("photo caption", Pattern.compile(
                    "^.{0,300}\\b(?:Photograph|Photo|Image|Picture|Illustration|Credit|Composite|Photo illustration)"
                            + "\\s*(?:by)?\\s*:\\s*[^.!?:]{1,80}$")),
            new Rule("photo caption", Pattern.compile(
                    "^.{0,200}(?:/|\\(|\\b(?:Photo|Image) by |\\bvia )" + AGENCIES + "(?: via " + AGENCIES + ")?\\)?\\.?$")),
            new Rule("cookie notice", Pattern.compile(
                    "^(?=.*\\bcookies?\\b)(?=.*\\b(?:accept|consent|cookie policy|cookie settings|preferences|we use|this (?:site|website)"
                            + "|our (?:site|website)|browsing|privacy|learn more|manage|settings|deliver our services|help us)\\b).{0,400}$", I)),
            new Rule("share or subscribe prompt", Pattern.compile(
                    "^(?=.{0,200}$)(?!.*\\b(?:said|says|told)\\b)(?=.*\\bsubscribe\\b)"
                            + "(?=.*(?:\\bunlimited\\b|\\baccess\\b|\\bnow\\b|\\btoday\\b|\\ba (?:week|month|year)\\b|\\boffer\\b"
                            + "|\\btrial\\b|\\bfree\\b|[$€£]\\d)).*$", I)),
            new Rule("share buttons", Pattern.compile(
                    "^(?=.*\\p{L})(?:(?:share|tweet|email|e-mail|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram"
                            + "|messenger|flipboard|copy link|copy|print|comments?|save|on|via|this|article|story|\\d+)\\W*){2,}$", I)),
            new Rule("share or subscribe prompt", Pattern.compile(
                    "^(?:share (?:this|on|via|article|story|the story|page)|share$|shares?:|sign up|subscribe|follow us"
                            + "|join (?:us|our)|get (?:our|the) .{0,40}newsletter|click here|tap here|download (?:our|the) app"
                            + "|get the app|email this|print this|copy link|send us your)\\b.{0,200}$", I)),
            new Rule("share or subscribe prompt", Pattern.compile(
                    "^(?=.{0,200}$)(?=.*\\b(?:newsletters?|inbox|sign up|signup|subscribe)\\b)"
                            + "(?=.*\\b(?:free|email|inbox|newsletters?|delivered|daily|weekly|briefing)\\b).*$", I)),
            new Rule("social handles", Pattern.compile(
                    "^(?:follow .{0,40} on (?:twitter|x|instagram|facebook|tiktok|threads|bluesky).{0,60}"
                            + "|(?:[@#][\\w.]+[\\s,|•·]*)+)$", I)),
            new Rule("timestamp", Pattern.compile(
                    "^(?:published|updated|last updated|last modified|posted|first published)\\b\\s*(?:on|at)?\\s*:?\\s*"
                            + "(?:\\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\b).{0,50}$", I)),
            new Rule("copyright notice", Pattern.compile(
                    "^(?:©|\\(c\\)|copyright\\b).{0,160}(?:all rights reserved|reserved|\\d{4}).{0,60}$", I)));

    /** The kind of cruft {@code line} is, or empty when it may be article text. */
    Optional<String> reasonFor(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Optional.of("empty");
        }
        if (text.length() > MAX_CRUFT_LENGTH || isQuoteParagraph(text)) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).matches()) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    /** True for text that reads like a headline or label: short, no sentence-final punctuation. */
    static boolean isHeadlineLike(String text) {
        String t = text.strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return words > 0 && words <= 14 && !endsLikeSentence(t);
    }

    static boolean endsLikeSentence(String text) {
        return !text.isEmpty() && ".!?…\"”’'):;".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean isQuoteParagraph(String text) {
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return (first == '“' || first == '"' || first == '‘') && (last == '”' || last == '"' || last == '’'
                || (text.length() > 1 && ".!?".indexOf(last) >= 0 && "”\"’".indexOf(text.charAt(text.length() - 2)) >= 0));
    }

    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
