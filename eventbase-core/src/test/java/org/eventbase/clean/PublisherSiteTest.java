package org.eventbase.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublisherSiteTest {
    @ParameterizedTest(name = "{0} belongs to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            valleycourier.example          | The Valley Courier    | true
            www.dailyexample.co.uk         | Daily Example         | true
            vcn.example                    | Valley Courier News   | true
            www.coastlinegazettemag.example| Coastline Gazette.com | true
            sport.harbourtimes.example     | Harbour Times         | true
            portal.example                 | The Valley Courier    | false
            news.aggregator.example        | Coastline Gazette     | false
            """)
    void recognisesAPublishersOwnSiteFromItsName(String host, String publisher, boolean belongs) {
        assertThat(PublisherSite.belongsTo(host, publisher)).isEqualTo(belongs);
    }
}
