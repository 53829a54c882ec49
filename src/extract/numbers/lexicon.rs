//! Word lists that decide what a numeral's neighbours make of it.

pub(crate) const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₩', '₹'];
pub(crate) const CURRENCY_PREFIXES: &[&str] = &["US", "A", "C", "HK", "S", "NZ", "NT", "AU", "CA"];
pub(crate) const CURRENCY_CODES: &[&str] = &["usd", "eur", "gbp", "jpy", "cny", "krw", "rmb"];
pub(crate) const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "pound", "pounds", "sterling",
    "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "peso", "pesos", "franc", "francs",
    "cents", "usd", "eur", "gbp", "jpy", "cny", "krw", "rmb",
];
/// Nouns after a four-digit number that make it a count, not a year.
pub(crate) const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "soldiers",
    "workers",
    "residents",
    "students",
    "deaths",
    "dead",
    "cases",
    "votes",
    "members",
    "employees",
    "jobs",
    "homes",
    "households",
    "children",
    "families",
    "patients",
    "refugees",
    "migrants",
    "tonnes",
    "tons",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "units",
    "vehicles",
    "cars",
    "missiles",
    "times",
    "points",
    "won",
];
/// Words before a four-digit number that make it a count ("about 2000").
pub(crate) const APPROXIMATORS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "than",
    "roughly",
    "approximately",
    "least",
    "additional",
    "another",
    "estimated",
];
/// Words after "three times"/"twice" that make it a multiplier or a rate.
pub(crate) const MULTIPLIER_NEXT: &[&str] = &[
    "as", "more", "less", "fewer", "the", "that", "this", "what", "a", "an", "per", "each",
    "every", "higher", "larger", "bigger", "greater", "faster", "stronger", "cheaper", "smaller",
    "lower", "longer", "wider", "heavier", "deeper", "richer", "costlier", "likelier", "louder",
    "older", "younger", "taller", "slower", "weaker", "harder", "better", "worse", "farther",
    "further", "quicker",
];
/// Words after "once" that keep it a frequency ("met once in 2018");
/// anything else ("once called", "once the talks") is "formerly" or "as
/// soon as".
pub(crate) const ONCE_NEXT: &[&str] = &[
    "in",
    "during",
    "at",
    "on",
    "before",
    "after",
    "since",
    "with",
    "and",
    "or",
    "but",
    "so",
    "last",
    "earlier",
    "later",
    "previously",
    "already",
    "only",
    "between",
    "together",
    "face",
    "while",
    "when",
    "until",
    "over",
    "back",
    "ago",
    "officially",
    "publicly",
    "formally",
    "briefly",
    "personally",
];
pub(crate) const FRACTION_WORDS: &[&str] = &[
    "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
    "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths",
];
