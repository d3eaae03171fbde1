package org.eventbase.bench.corpus;

import java.util.List;

/**
 * The word lists the benchmark corpus is drawn from, written for Eventbase: names of people (common given and
 * family names, combined at random, so no real person is meant), places, organisations, titles and times.
 * Example: {@code Vocabulary.PLACES.get(0).city()} is {@code "Lagos"}.
 */
final class Vocabulary {
    /** A city with its country, the country's demonym and a region name. */
    record Place(String city, String country, String demonym, String region) {}

    /** An organisation and the acronym articles use after the first mention. */
    record Organisation(String name, String acronym) {}

    static final List<String> FIRST_NAMES = List.of(
            "Amina", "Carlos", "Mei", "Olga", "Tariq", "Ingrid", "Kwame", "Lucia", "Rahul", "Fatima", "Jonas",
            "Sofia", "Yusuf", "Elena", "Daniel", "Nadia", "Pedro", "Hana", "Marek", "Grace", "Ibrahim", "Chloe",
            "Arjun", "Leila", "Tomasz", "Rosa", "Samuel", "Aylin", "Victor", "Zainab", "Miguel", "Anna");

    static final List<String> LAST_NAMES = List.of(
            "Okafor", "Mendes", "Chen", "Petrova", "Haddad", "Larsen", "Mensah", "Romero", "Sharma", "Bello",
            "Weber", "Rossi", "Demir", "Novak", "Kowalski", "Nguyen", "Silva", "Kamau", "Ortiz", "Hassan",
            "Fischer", "Moreau", "Banda", "Ivanova", "Costa", "Tanaka", "Mwangi", "Alvarez", "Dlamini", "Jensen");

    static final List<Place> PLACES = List.of(
            new Place("Lagos", "Nigeria", "Nigerian", "Lagos State"),
            new Place("Quito", "Ecuador", "Ecuadorian", "Pichincha province"),
            new Place("Nairobi", "Kenya", "Kenyan", "Nairobi County"),
            new Place("Dhaka", "Bangladesh", "Bangladeshi", "Dhaka Division"),
            new Place("Lima", "Peru", "Peruvian", "Lima region"),
            new Place("Tbilisi", "Georgia", "Georgian", "Kartli"),
            new Place("Manila", "the Philippines", "Filipino", "Metro Manila"),
            new Place("Accra", "Ghana", "Ghanaian", "Greater Accra"),
            new Place("Karachi", "Pakistan", "Pakistani", "Sindh province"),
            new Place("Bogota", "Colombia", "Colombian", "Cundinamarca"),
            new Place("Lyon", "France", "French", "Auvergne-Rhone-Alpes"),
            new Place("Gdansk", "Poland", "Polish", "Pomerania"),
            new Place("Izmir", "Turkey", "Turkish", "the Aegean coast"),
            new Place("Lusaka", "Zambia", "Zambian", "Lusaka Province"),
            new Place("Santiago", "Chile", "Chilean", "the Metropolitan Region"),
            new Place("Surabaya", "Indonesia", "Indonesian", "East Java"),
            new Place("Kharkiv", "Ukraine", "Ukrainian", "Kharkiv region"),
            new Place("Mombasa", "Kenya", "Kenyan", "the coast region"),
            new Place("Porto", "Portugal", "Portuguese", "the Norte region"),
            new Place("Casablanca", "Morocco", "Moroccan", "Casablanca-Settat"),
            new Place("Chennai", "India", "Indian", "Tamil Nadu"),
            new Place("Harare", "Zimbabwe", "Zimbabwean", "Mashonaland"),
            new Place("Valparaiso", "Chile", "Chilean", "the Valparaiso region"),
            new Place("Khartoum", "Sudan", "Sudanese", "Khartoum state"));

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("National Union of Transport Workers", "NUTW"),
            new Organisation("Federation of Port Employees", "FPE"),
            new Organisation("Citizens Alliance for Reform", "CAR"),
            new Organisation("Independent Electoral Commission", "IEC"),
            new Organisation("Red Crescent Society", "RCS"),
            new Organisation("National Teachers Association", "NTA"),
            new Organisation("Democratic Renewal Party", "DRP"),
            new Organisation("Association of Small Traders", "AST"),
            new Organisation("Coalition for Water Rights", "CWR"),
            new Organisation("United Nurses Front", "UNF"));

    static final List<String> OFFICIAL_TITLES = List.of(
            "interior minister", "police spokesperson", "regional governor", "health minister", "mayor",
            "deputy prime minister", "army spokesman", "labour minister", "provincial police chief");

    static final List<String> MINISTRIES = List.of(
            "the interior ministry", "the health ministry", "the defence ministry", "the labour ministry",
            "the ministry of transport", "the finance ministry");

    static final List<String> AGENCIES = List.of(
            "the state news agency", "local broadcasters", "hospital officials", "a police statement",
            "witnesses", "union organisers", "the United Nations", "the World Health Organization");

    static final List<String> GROUPS = List.of(
            "protesters", "dock workers", "students", "farmers", "nurses", "taxi drivers", "teachers",
            "market traders", "residents");

    static final List<String> JOBS = List.of(
            "shopkeeper", "bus driver", "nurse", "student", "retired teacher", "fisherman", "engineer",
            "street vendor", "crane operator", "farmer");

    static final List<String> DAYS = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    static final List<String> MONTHS = List.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");

    private Vocabulary() {}
}
