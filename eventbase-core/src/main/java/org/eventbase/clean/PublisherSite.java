package org.eventbase.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides from names alone whether a web host is a publisher's own site, so that a page served elsewhere can name
 * its syndicator. Example: {@code belongsTo("wsj.com", "Wall Street Journal")},
 * {@code belongsTo("profootballtalk.nbcsports.com", "ProFootballTalk")} and
 * {@code belongsTo("www.smithsonianmag.com", "Smithsonian.com")} are true; {@code belongsTo("sfgate.com",
 * "Associated Press")} is false.
 */
final class PublisherSite {
    private static final int DISTINCTIVE_WORD = 5;

    private PublisherSite() {}

    static boolean belongsTo(String host, String publisher) {
        List<String> words = words(publisher);
        if (words.isEmpty()) {
            return false;
        }
        for (String label : siteLabels(host)) {
            if (matches(label, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String label, List<String> words) {
        String name = String.join("", words);
        if (label.contains(name) || name.contains(label)) {
            return true;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            initials.append(word.charAt(0));
            if (word.length() >= DISTINCTIVE_WORD && label.contains(word)) {
                return true;
            }
        }
        return initials.length() >= 2 && label.startsWith(initials.toString());
    }

    /** The labels of a host that can name a site: "sport.news.bbc.co.uk" → [sport, news, bbc]. */
    static List<String> siteLabels(String host) {
        String[] parts = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").split("\\.");
        int last = parts.length - 1;
        boolean countrySecondLevel = parts.length >= 3 && parts[last].length() == 2
                && parts[last - 1].matches("co|com|org|net|ac|gov|edu|ne|or|go");
        int end = parts.length == 1 ? 1 : countrySecondLevel ? last - 1 : last;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (parts[i].length() >= 2) {
                labels.add(parts[i]);
            }
        }
        return labels;
    }

    private static List<String> words(String publisher) {
        List<String> words = new ArrayList<>();
        for (String word : publisher.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !word.equals("the")) {
                words.add(word);
            }
        }
        return words;
    }
}
