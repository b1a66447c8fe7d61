//! Word lists (names, institutions, venues, phrase parts, months) and the title, headline and
//! sentence makers built from them.

use crate::rng::Rng;

pub(crate) const GIVEN: &[&str] = &[
    "Anna", "Thomas", "Vidya", "Rajan", "Maria", "John", "Sarah", "Kenji", "Hyun", "Li", "Olga",
    "Pierre", "Ingrid", "Ahmed", "Rachel", "David", "Elena", "Marco", "Yuki", "Priya", "Lukas",
    "Sofia", "Daniel", "Amitav", "Chen", "Gorana", "Kristian", "Hannah", "Oliver", "Nina",
    "Samuel", "Fatima", "Jakub", "Ewa", "Michael", "Laura", "Tomas", "Aiko", "Sung", "Ravi",
    "Claire", "Henrik", "Mei", "Paul", "Julia", "Andrew", "Karin", "Stefan", "Irene", "Matteo",
    "Leila", "Victor", "Astrid", "Brendan", "Carmen", "Dmitri", "Emma", "Felix", "Greta", "Hugo",
    "Isabel", "Jonas", "Kavita", "Lars", "Miriam", "Noah", "Petra", "Quentin", "Rosa", "Simon",
    "Teresa", "Umar", "Vera", "Walter", "Ximena", "Yosef", "Zara", "Benedikt", "Caroline", "Dong",
    "Esther",
];

pub(crate) const FAMILY: &[&str] = &[
    "Wilkins",
    "Nadkarni",
    "Menon",
    "Smith",
    "Grgic",
    "Brooks",
    "Bekkevold",
    "Tanaka",
    "Kim",
    "Wang",
    "Petrov",
    "Dubois",
    "Larsen",
    "Hassan",
    "Cohen",
    "Miller",
    "Rossi",
    "Sato",
    "Sharma",
    "Weber",
    "Garcia",
    "Novak",
    "Kowalski",
    "Jensen",
    "Ivanova",
    "Murphy",
    "Okafor",
    "Nguyen",
    "Fischer",
    "Moreau",
    "Andersen",
    "Becker",
    "Castillo",
    "Haddad",
    "Yamamoto",
    "Park",
    "Zhang",
    "Lindqvist",
    "O'Brien",
    "Kaur",
    "Schmidt",
    "Tan",
    "Reyes",
    "Horvath",
    "Suzuki",
    "Lee",
    "Mahmoud",
    "Olsen",
    "Silva",
    "Vogel",
];

pub(crate) const SYLLABLE_HEAD: &[&str] = &[
    "Ash", "Bel", "Cor", "Dal", "Eng", "Fair", "Gar", "Hal", "Ing", "Jor", "Kel", "Lam", "Mor",
    "Nor", "Ost", "Pem", "Quar", "Ros", "Sel", "Tor", "Ul", "Var", "Wes", "Yar", "Zel", "Brad",
    "Car", "Dun", "Elm", "Fen", "Gil", "Hart", "Kin", "Lind", "Mar", "Nash", "Old", "Pres", "Rad",
    "Stan",
];

pub(crate) const SYLLABLE_TAIL: &[&str] = &[
    "berg", "by", "combe", "dale", "den", "field", "ford", "gate", "ham", "holm", "hurst", "ley",
    "man", "mont", "more", "ner", "rick", "ridge", "son", "stad", "strom", "ton", "vik", "well",
    "wood", "worth", "er", "ing", "ova", "escu",
];

pub(crate) const INSTITUTIONS: &[&str] = &[
    "NATO",
    "European Union",
    "U.S. Department of Defense",
    "Ministry of Defense of Japan",
    "Australian Government",
    "International Institute for Strategic Studies",
    "RAND Corporation",
    "Congressional Research Service",
    "European Parliament",
    "NATO Parliamentary Assembly",
    "Stockholm International Peace Research Institute",
    "Ministry of Foreign Affairs of the Republic of Korea",
    "New Zealand Ministry of Foreign Affairs and Trade",
    "The White House",
    "Council of the European Union",
    "United Nations",
];

pub(crate) const COUNTRIES: &[&str] = &[
    "Asia-Pacific",
    "European",
    "Nordic",
    "Baltic",
    "Atlantic",
    "Pacific",
    "Japanese",
    "Korean",
    "Australian",
    "Canadian",
    "German",
    "French",
    "Italian",
    "Polish",
    "Dutch",
    "Danish",
    "Norwegian",
    "Swedish",
    "Finnish",
    "Spanish",
    "British",
    "Indian",
    "Singaporean",
    "Indonesian",
    "Philippine",
    "Vietnamese",
    "Chilean",
    "Brazilian",
    "Mexican",
    "Turkish",
];
pub(crate) const INSTITUTION_KIND: &[&str] =
    &["Institute", "Centre", "Council", "Foundation", "Forum"];
pub(crate) const FIELDS: &[&str] = &[
    "Strategic Studies",
    "International Affairs",
    "Security Policy",
    "Defence Studies",
    "Maritime Studies",
    "Peace Research",
    "Foreign Policy",
    "Global Governance",
    "Asian Studies",
    "European Studies",
    "Arms Control",
    "Regional Security",
];

pub(crate) const JOURNALS: &[&str] = &[
    "Review of International Studies",
    "International Affairs",
    "Survival",
    "Journal of Strategic Studies",
    "Contemporary Security Policy",
    "Asian Security",
    "The Washington Quarterly",
    "European Security",
    "The Pacific Review",
    "Security Dialogue",
    "International Security",
    "Australian Journal of International Affairs",
    "Journal of Transatlantic Studies",
    "Defence Studies",
    "Asia Policy",
];
pub(crate) const NEWSPAPERS: &[&str] = &[
    "Financial Times",
    "The Guardian",
    "The New York Times",
    "Nikkei Asia",
    "The Japan Times",
    "Le Monde",
    "South China Morning Post",
    "The Washington Post",
    "The Sydney Morning Herald",
    "Politico Europe",
];
pub(crate) const SITES: &[&str] = &[
    "War on the Rocks",
    "The Diplomat",
    "Lawfare",
    "NATO Review",
    "Foreign Affairs",
    "The Interpreter",
    "East Asia Forum",
    "Carnegie Endowment for International Peace",
];
pub(crate) const PUBLISHERS: &[(&str, &str)] = &[
    ("Routledge", "London"),
    ("Oxford University Press", "Oxford"),
    ("Cambridge University Press", "Cambridge"),
    ("Palgrave Macmillan", "Basingstoke"),
    ("Brookings Institution Press", "Washington, DC"),
    ("Georgetown University Press", "Washington, DC"),
    ("Stanford University Press", "Stanford, CA"),
    ("Manchester University Press", "Manchester"),
    ("Edward Elgar", "Cheltenham"),
    ("Cornell University Press", "Ithaca, NY"),
    ("Columbia University Press", "New York"),
    ("Springer", "Cham"),
];

pub(crate) const CONCEPTS: &[&str] = &[
    "Strategic partnerships",
    "Alliance politics",
    "Cooperative security",
    "Collective defence",
    "Deterrence",
    "Burden sharing",
    "Hedging",
    "Extended deterrence",
    "Maritime security",
    "Arms control",
    "Crisis management",
    "Defence cooperation",
    "Security governance",
    "Minilateralism",
    "Strategic autonomy",
    "Great-power competition",
    "Regional order",
    "Nuclear sharing",
    "Interoperability",
    "Resilience",
];
pub(crate) const REGIONS: &[&str] = &[
    "Asia",
    "the Indo-Pacific",
    "Europe",
    "the Euro-Atlantic area",
    "the South China Sea",
    "the Baltic region",
    "Northeast Asia",
    "the Pacific",
    "the Arctic",
    "the Mediterranean",
    "Oceania",
    "the Korean Peninsula",
];
const SUBTITLES: &[&str] = &[
    "Balancing without alliances",
    "The shifting paradigm of international security cooperation",
    "Old problems, new partners",
    "A reassessment",
    "Between rhetoric and practice",
    "Lessons from the Cold War",
    "Continuity and change",
    "Theory and evidence",
    "From partnership to alliance?",
    "Myths and realities",
    "The limits of engagement",
    "Interests, identities and institutions",
    "A comparative perspective",
    "The view from the region",
    "Why it matters",
];
const ADJECTIVES: &[&str] = &[
    "new",
    "fragile",
    "enduring",
    "reluctant",
    "unfinished",
    "hidden",
    "global",
    "limited",
    "contested",
    "emerging",
];
const NOUNS: &[&str] = &[
    "partnership",
    "alliance",
    "consensus",
    "bargain",
    "order",
    "frontier",
    "balance",
    "dilemma",
    "transformation",
    "compact",
];
const GERUNDS: &[&str] = &[
    "Rethinking",
    "Managing",
    "Explaining",
    "Assessing",
    "Negotiating",
    "Reinventing",
    "Securing",
    "Navigating",
];
const OBJECTS: &[&str] = &[
    "alliance commitments",
    "partner capabilities",
    "defence industrial ties",
    "security guarantees",
    "threat perceptions",
    "regional institutions",
    "military exercises",
    "maritime domain awareness",
    "cyber defence",
    "strategic communication",
];
const ACTORS: &[&str] = &[
    "NATO",
    "Japan",
    "Australia",
    "South Korea",
    "New Zealand",
    "The EU",
    "Washington",
    "Beijing",
    "Allies",
    "Partners",
    "Canberra",
    "Tokyo",
];
const HEADLINE_VERBS: &[&str] = &[
    "looks to",
    "deepens ties with",
    "rethinks its role in",
    "signs new pact on",
    "steps up presence in",
    "debates strategy for",
    "warns of risks in",
    "seeks partners in",
];
const SUBJECTS: &[&str] = &[
    "The literature",
    "Recent scholarship",
    "Officials in Brussels",
    "Several analysts",
    "The 2022 Strategic Concept",
    "This article",
    "Critics of enlargement",
    "Earlier studies",
    "Policy-makers in the region",
    "The partners themselves",
];
const VERBS: &[&str] = &[
    "emphasised",
    "overlooked",
    "questioned",
    "framed",
    "described",
    "long debated",
    "linked",
    "downplayed",
    "returned to",
];
const QUALIFIERS: &[&str] = &[
    "",
    " in the period after 2014",
    " with some caution",
    " at length",
    " in strikingly similar terms",
    " only in passing",
    " as a matter of principle",
];
pub(crate) const EVENT_KINDS: &[&str] = &[
    "strategic-concept",
    "summit",
    "partnership",
    "crisis",
    "document",
    "other",
];
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(crate) fn make_title(rng: &mut Rng) -> (String, Option<String>) {
    match rng.below(5) {
        0 => {
            let short = format!("{} in {}", rng.pick(CONCEPTS), rng.pick(REGIONS));
            (format!("{short}: {}", rng.pick(SUBTITLES)), Some(short))
        }
        1 => {
            let short = format!("The {} {}", rng.pick(ADJECTIVES), rng.pick(NOUNS));
            (format!("{short}: {}", rng.pick(SUBTITLES)), Some(short))
        }
        2 => (
            format!(
                "{} {} in {}",
                rng.pick(GERUNDS),
                rng.pick(OBJECTS),
                rng.pick(REGIONS)
            ),
            None,
        ),
        3 => {
            let short = format!("{} {}", rng.pick(GERUNDS), rng.pick(OBJECTS));
            (format!("{short}: {}", rng.pick(SUBTITLES)), Some(short))
        }
        _ => (
            format!(
                "{} and {} after {}",
                rng.pick(CONCEPTS),
                rng.pick(CONCEPTS).to_lowercase(),
                rng.range(1991, 2022)
            ),
            None,
        ),
    }
}

pub(crate) fn headline(rng: &mut Rng) -> String {
    format!(
        "{} {} {}",
        rng.pick(ACTORS),
        rng.pick(HEADLINE_VERBS),
        rng.pick(REGIONS)
    )
}

pub(crate) fn sentence(rng: &mut Rng) -> String {
    format!(
        "{} {} {} in {}{}",
        rng.pick(SUBJECTS),
        rng.pick(VERBS),
        rng.pick(OBJECTS),
        rng.pick(REGIONS),
        rng.pick(QUALIFIERS)
    )
}
