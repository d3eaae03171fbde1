package org.eventbase.entity;

import java.util.Map;

/**
 * Maps a nationality adjective to its country, so that "the Belarusian president" is president of Belarus.
 * A stop-gap table of common demonyms until the world-countries data supplies a full one; an unknown
 * adjective maps to itself. Example: {@code Demonyms.countryOf("Norwegian")} is {@code "Norway"}.
 */
final class Demonyms {
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("Afghan", "Afghanistan"), Map.entry("Albanian", "Albania"), Map.entry("Algerian", "Algeria"),
            Map.entry("American", "United States"), Map.entry("Argentine", "Argentina"),
            Map.entry("Armenian", "Armenia"), Map.entry("Australian", "Australia"), Map.entry("Austrian", "Austria"),
            Map.entry("Azerbaijani", "Azerbaijan"), Map.entry("Belarusian", "Belarus"),
            Map.entry("Belgian", "Belgium"), Map.entry("Bolivian", "Bolivia"), Map.entry("Brazilian", "Brazil"),
            Map.entry("British", "United Kingdom"), Map.entry("Bulgarian", "Bulgaria"),
            Map.entry("Canadian", "Canada"), Map.entry("Chilean", "Chile"), Map.entry("Chinese", "China"),
            Map.entry("Colombian", "Colombia"), Map.entry("Croatian", "Croatia"), Map.entry("Cuban", "Cuba"),
            Map.entry("Czech", "Czech Republic"), Map.entry("Danish", "Denmark"), Map.entry("Dutch", "Netherlands"),
            Map.entry("Egyptian", "Egypt"), Map.entry("Estonian", "Estonia"), Map.entry("Ethiopian", "Ethiopia"),
            Map.entry("Finnish", "Finland"), Map.entry("French", "France"), Map.entry("Georgian", "Georgia"),
            Map.entry("German", "Germany"), Map.entry("Greek", "Greece"), Map.entry("Hungarian", "Hungary"),
            Map.entry("Indian", "India"), Map.entry("Indonesian", "Indonesia"), Map.entry("Iranian", "Iran"),
            Map.entry("Iraqi", "Iraq"), Map.entry("Irish", "Ireland"), Map.entry("Israeli", "Israel"),
            Map.entry("Italian", "Italy"), Map.entry("Japanese", "Japan"), Map.entry("Jordanian", "Jordan"),
            Map.entry("Kazakh", "Kazakhstan"), Map.entry("Kazakhstani", "Kazakhstan"), Map.entry("Kenyan", "Kenya"),
            Map.entry("Kyrgyz", "Kyrgyzstan"), Map.entry("Latvian", "Latvia"), Map.entry("Lebanese", "Lebanon"),
            Map.entry("Libyan", "Libya"), Map.entry("Lithuanian", "Lithuania"), Map.entry("Malian", "Mali"),
            Map.entry("Mexican", "Mexico"), Map.entry("Moldovan", "Moldova"), Map.entry("Mongolian", "Mongolia"),
            Map.entry("Moroccan", "Morocco"), Map.entry("Nigerian", "Nigeria"), Map.entry("Norwegian", "Norway"),
            Map.entry("Pakistani", "Pakistan"), Map.entry("Palestinian", "Palestine"), Map.entry("Peruvian", "Peru"),
            Map.entry("Polish", "Poland"), Map.entry("Portuguese", "Portugal"), Map.entry("Romanian", "Romania"),
            Map.entry("Russian", "Russia"), Map.entry("Saudi", "Saudi Arabia"), Map.entry("Serbian", "Serbia"),
            Map.entry("Slovak", "Slovakia"), Map.entry("Somali", "Somalia"), Map.entry("Spanish", "Spain"),
            Map.entry("Sudanese", "Sudan"), Map.entry("Swedish", "Sweden"), Map.entry("Swiss", "Switzerland"),
            Map.entry("Syrian", "Syria"), Map.entry("Tajik", "Tajikistan"), Map.entry("Thai", "Thailand"),
            Map.entry("Tunisian", "Tunisia"), Map.entry("Turkish", "Turkey"), Map.entry("Turkmen", "Turkmenistan"),
            Map.entry("Ukrainian", "Ukraine"), Map.entry("Uzbek", "Uzbekistan"), Map.entry("Venezuelan", "Venezuela"),
            Map.entry("Vietnamese", "Vietnam"), Map.entry("Yemeni", "Yemen"));

    private static final java.util.Set<String> COUNTRY_NAMES = java.util.Set.copyOf(COUNTRIES.values());

    private Demonyms() {}

    /** True for a country this table knows by name ("Belarus"). */
    static boolean isCountry(String name) {
        return COUNTRY_NAMES.contains(name);
    }

    static String countryOf(String adjective) {
        return COUNTRIES.getOrDefault(adjective, adjective);
    }
}
