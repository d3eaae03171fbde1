package org.eventbase.store.export;

import java.util.Locale;
import org.eventbase.geo.Gazetteer;
import org.eventbase.geo.GazetteerEntry;

/**
 * English names of countries and admin-1 regions from their codes, for the {@code country} and {@code admin1}
 * columns. Example: {@code RegionNames.gazetteer().admin1("CL", "01")} is {@code "Valparaíso"};
 * {@code country("KE")} is {@code "Kenya"}.
 */
public interface RegionNames {
    /** The country's name, or null for a null or unknown code. */
    String country(String countryCode);

    /** The admin-1 region's name, or null when unknown. */
    String admin1(String countryCode, String admin1Code);

    /** Names from the offline gazetteer (loaded once per JVM, on first use). */
    static RegionNames gazetteer() {
        return new RegionNames() {
            @Override
            public String country(String countryCode) {
                if (countryCode == null || countryCode.isBlank()) {
                    return null;
                }
                String code = countryCode.strip().toUpperCase(Locale.ROOT);
                return Gazetteer.shared().country(code).map(GazetteerEntry::name).orElseGet(() -> {
                    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
                    return name.isBlank() || name.equals(code) ? null : name;
                });
            }

            @Override
            public String admin1(String countryCode, String admin1Code) {
                if (countryCode == null || admin1Code == null || admin1Code.isBlank()) {
                    return null;
                }
                return Gazetteer.shared().admin1(countryCode.strip().toUpperCase(Locale.ROOT), admin1Code)
                        .map(GazetteerEntry::name).orElse(null);
            }
        };
    }
}
