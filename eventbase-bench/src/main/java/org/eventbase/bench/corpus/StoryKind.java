package org.eventbase.bench.corpus;

import java.util.List;

/**
 * A kind of news story the corpus generator writes, with its headlines, leads and body clauses (templates with
 * {@code {placeholder}}s filled from a {@link Cast}). Clauses have no final full stop, so that the generator can
 * attribute them in several ways. Example: {@code StoryKind.PROTEST.headlines().get(0)}.
 */
enum StoryKind {
    PROTEST(
            List.of("Thousands of {group} march in {city} over {orgShort} demands",
                    "{group} clash with police in {city}",
                    "Protest against price rises spreads to {city}"),
            List.of("Thousands of {group} marched through central {city} on {day} to demand higher wages and the "
                            + "release of detained organisers",
                    "police in {city} fired tear gas at {group} who had blocked the main road to the port on {day}",
                    "a march by {group} in {city} turned violent on {day} after officers tried to clear a square "
                            + "near the parliament"),
            List.of("at least {n} people were arrested during the demonstration",
                    "{n} officers and {n} demonstrators were treated in hospital for injuries",
                    "the {org} ({orgShort}) had called the march after talks with {ministry} broke down",
                    "organisers put the number of marchers at {big}, while police said about {big} took part",
                    "shops along the route stayed closed and public transport in {city} was suspended for hours",
                    "the {orgShort} said it would hold another rally in {other} next week",
                    "riot police used water cannon to push the crowd back from the government building",
                    "the protest is the largest in {country} since the fuel subsidies were cut in {month}",
                    "demonstrators carried banners calling for the resignation of the {officialTitle}",
                    "human rights groups criticised the use of force against peaceful {group}")),
    ATTACK(
            List.of("Blast kills {n} at market in {city}", "Gunmen attack police post near {city}",
                    "{n} dead after explosion in {region}"),
            List.of("an explosion tore through a crowded market in {city} on {day} morning, killing at least {n} "
                            + "people and wounding dozens",
                    "gunmen attacked a police checkpoint on the outskirts of {city} late on {day}, officials said",
                    "at least {n} people were killed when a car bomb exploded near a bus station in {city}"),
            List.of("no group has claimed responsibility for the attack",
                    "the {officialTitle} said the death toll could rise as rescuers searched the rubble",
                    "{ministry} said {n} suspects had been detained in raids across {region}",
                    "hospitals in {city} appealed for blood donors as the wounded arrived",
                    "it was the third such attack in {region} since {month}",
                    "the security forces sealed off the area and set up roadblocks on the roads to {other}",
                    "survivors described a loud bang followed by smoke and screaming",
                    "the government declared three days of national mourning",
                    "the United Nations condemned the attack and called for those responsible to be brought to justice",
                    "a local rights group put the number of dead at {n}, higher than the official count")),
    ELECTION(
            List.of("{country} opposition rejects election result", "Vote count delayed in {city}",
                    "{leader} claims victory in {country} presidential poll"),
            List.of("the opposition in {country} rejected the official result of {day}'s presidential election, "
                            + "saying the count in {city} had been rigged",
                    "the {org} said on {day} that results from {n} districts would be announced later than planned",
                    "{leader}, the candidate of the {org}, claimed victory on {day} before the count was complete"),
            List.of("turnout was {pct} percent, according to the electoral commission",
                    "observers from the African Union said the vote had been largely peaceful",
                    "{leaderLast} won {pct} percent of the votes counted so far",
                    "supporters of the opposition gathered outside the tally centre in {city}",
                    "the commission chairman said all complaints would be investigated",
                    "the result can be challenged in the constitutional court within {n} days",
                    "internet access was restricted in parts of {region} during the count",
                    "foreign diplomats urged all sides to show restraint",
                    "the ruling party has governed {country} since {year}",
                    "{n} polling stations in {region} had to reopen after ballots ran out")),
    DISASTER(
            List.of("Floods displace {big} in {region}", "Landslide buries homes near {city}",
                    "Storm cuts power to {big} homes in {city}"),
            List.of("heavy rain caused severe flooding across {region} on {day}, forcing {big} people from their homes",
                    "a landslide buried at least {n} houses in a hillside district of {city} early on {day}",
                    "a tropical storm brought winds of more than {big} metres an hour to {city} on {day}"),
            List.of("rescue teams were searching for {n} people who are still missing",
                    "the {officialTitle} said {n} bodies had been recovered so far",
                    "the {org} set up shelters in schools and churches",
                    "roads to {other} were cut off and bridges were washed away",
                    "the weather service warned that more rain was expected until {day}",
                    "{ministry} released emergency funds for the worst-hit districts",
                    "farmers said whole harvests of rice and maize had been lost",
                    "aid agencies warned of cholera in crowded camps",
                    "it is the worst flooding in the region since {year}",
                    "electricity was restored to about {pct} percent of homes by the evening")),
    STRIKE(
            List.of("{group} strike shuts down {city}", "Port of {city} closed as {orgShort} walks out",
                    "Talks fail to end {group} strike"),
            List.of("a strike by {group} brought much of {city} to a standstill on {day}, the {org} said",
                    "the port of {city} was closed on {day} after members of the {org} walked out over pay",
                    "talks between {ministry} and striking {group} broke down on {day} without agreement"),
            List.of("the union is demanding a pay rise of {pct} percent and better safety rules",
                    "{n} ships were waiting at anchor outside the harbour",
                    "the {officialTitle} called the strike illegal and threatened to dismiss the leaders",
                    "the strike is costing the economy millions of dollars a day, business groups said",
                    "{leader}, the general secretary of the {orgShort}, said members would not return without a deal",
                    "schools and hospitals in {city} were running emergency services only",
                    "a court in {other} ordered both sides back to the negotiating table",
                    "the last national strike, in {year}, lasted {n} days",
                    "employers offered a rise of {n} percent, which the union rejected",
                    "fuel shortages were reported in {region} as tanker drivers joined the action")),
    TALKS(
            List.of("{country} and rebels agree ceasefire", "Peace talks resume in {city}",
                    "Ceasefire in {region} holds for a second day"),
            List.of("the government of {country} and rebel groups agreed on {day} to a ceasefire in {region}, "
                            + "mediators said after talks in {city}",
                    "peace talks between the government and armed groups resumed in {city} on {day} after a break "
                            + "of {n} weeks",
                    "a ceasefire in {region} held for a second day on {day}, allowing aid convoys to reach {other}"),
            List.of("the agreement provides for the release of {n} prisoners on each side",
                    "aid agencies said {big} people in {region} needed food assistance",
                    "the talks are mediated by the {org} and the United Nations",
                    "previous ceasefires in {year} and {year} collapsed within weeks",
                    "the {officialTitle} said the government was committed to a lasting peace",
                    "rebel commanders demanded that troops withdraw from {n} villages",
                    "refugees in camps near {other} said they were not yet ready to return",
                    "both sides accused each other of violating the truce on {day}",
                    "a monitoring team of {n} observers will be deployed next month",
                    "the conflict has killed more than {big} people since {year}"));

    private final List<String> headlines;
    private final List<String> leads;
    private final List<String> clauses;

    StoryKind(List<String> headlines, List<String> leads, List<String> clauses) {
        this.headlines = headlines;
        this.leads = leads;
        this.clauses = clauses;
    }

    List<String> headlines() {
        return headlines;
    }

    List<String> leads() {
        return leads;
    }

    List<String> clauses() {
        return clauses;
    }

    /** Clauses that fit any kind of story: reactions, quotes, background. */
    static final List<String> COMMON_CLAUSES = List.of(
            "\"We have waited long enough,\" said {witness}, a {age}-year-old {witnessJob} from {city}",
            "\"Nobody told us anything,\" {witnessLast} said, standing outside a shuttered shop",
            "{expert}, a political analyst at the {university}, said the government had underestimated the anger",
            "\"This will not be solved in a week,\" {expertLast} told reporters",
            "the {officialTitle}, {official}, said the situation was under control",
            "{officialLast} promised an independent inquiry into what happened on {day}",
            "opposition politicians accused the government of ignoring warnings since {month}",
            "the {demonym} currency fell {n} percent against the dollar during the week",
            "the events in {city} were widely shared on social media",
            "{official} is expected to brief parliament on {day}",
            "residents of {city} said prices of bread and cooking oil had doubled this year",
            "a spokesperson for the {org} declined to comment",
            "neighbouring countries said they were following developments closely",
            "local newspapers in {country} devoted their front pages to the story",
            "the government has faced growing criticism since the {year} budget",
            "{witness} said her family had moved to {other} to stay with relatives",
            "the embassy advised foreign nationals to avoid the centre of {city}",
            "analysts said the crisis could affect investment in {region}");

    /** Ways to attribute a clause; {@code %s} is the clause. */
    static final List<String> ATTRIBUTIONS = List.of(
            "%s.", "%s.", "%s.", "%s, {agency} said.", "According to {agency}, %s.",
            "{official} said on {day} that %s.", "%s, {officialLast} added.", "Officials said %s.");
}
