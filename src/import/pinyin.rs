//! Chinese names in Hanyu Pinyin, whose order the spelling shows. Chicago prints Chinese
//! names in their own order, family name first ("Li Keqiang", "Yan Xuetong"); notes written in
//! the Western order put the given name first ("Jianwei Xu"). Family names are almost always
//! one syllable and given names often two, so a name of two Pinyin words, one syllable then
//! two, is family first, and two syllables then one is given first. A name of one syllable
//! each ("He Wu") follows the other names of its list.

use super::names::NameList;
use crate::model::Name;

/// The order a two-word name shows by its syllables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    FamilyFirst,
    GivenFirst,
    /// Pinyin, one syllable each: the list decides.
    Either,
}

/// The order of `words` when both are Pinyin; `None` for any other name.
pub fn order(words: &[&str]) -> Option<Order> {
    let [first, second] = words else { return None };
    let (a, b) = (syllables(first)?, syllables(second)?);
    Some(match (a, b) {
        (1, 2) => Order::FamilyFirst,
        (2, 1) => Order::GivenFirst,
        (1, 1) => Order::Either,
        _ => return None,
    })
}

/// How many Pinyin syllables spell `word` (capitalised, tone marks allowed), at most two.
fn syllables(word: &str) -> Option<usize> {
    let folded = crate::text::fold(word).replace('ü', "v");
    let rest = folded.strip_prefix(|c: char| c.is_ascii_lowercase())?;
    let first = &folded[..folded.len() - rest.len()];
    // Capitalised once, like a name, not in capitals (those names say their order already).
    if !word.starts_with(char::is_uppercase) || word.chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    let letters = format!("{first}{rest}");
    if !letters.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    if SYLLABLES.contains(&letters.as_str()) {
        return Some(1);
    }
    // Pinyin writes an apostrophe before a syllable that opens with a, o or e ("Xi'an"): a
    // word without one never splits there ("Haan" is no "ha" + "an").
    (1..letters.len())
        .filter(|&k| !letters[k..].starts_with(['a', 'o', 'e']))
        .any(|k| SYLLABLES.contains(&&letters[..k]) && SYLLABLES.contains(&&letters[k..]))
        .then_some(2)
}

/// "Chen Chunming, He Wu, and Chang Suying": a Pinyin name of one syllable each takes the
/// order the list's other Pinyin names show.
pub fn list_order(list: &mut NameList, pieces: &[(&str, bool)]) {
    let orders: Vec<Option<Order>> = pieces
        .iter()
        .map(|(p, _)| order(&p.split_whitespace().collect::<Vec<_>>()))
        .collect();
    let family_first = orders.contains(&Some(Order::FamilyFirst));
    if !family_first
        || orders.contains(&Some(Order::GivenFirst))
        || orders.len() != list.names.len()
    {
        return;
    }
    for (name, o) in list.names.iter_mut().zip(&orders) {
        if *o != Some(Order::Either) {
            continue;
        }
        if let Name::Person {
            family,
            given: Some(given),
            ..
        } = name
        {
            std::mem::swap(family, given);
            list.unsure.push(format!(
                "“{family} {given}”: family name first, as the list's other names"
            ));
        }
    }
}

/// The syllables of Hanyu Pinyin (ü written v), without tones.
#[rustfmt::skip]
const SYLLABLES: [&str; 406] = [
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er",
    "yi", "ya", "ye", "yao", "you", "yan", "yin", "yang", "ying", "yong", "yu", "yue", "yuan",
    "yun", "wu", "wa", "wo", "wai", "wei", "wan", "wen", "wang", "weng",
    "ba", "bo", "bai", "bei", "bao", "ban", "ben", "bang", "beng", "bi", "bie", "biao", "bian",
    "bin", "bing", "bu",
    "pa", "po", "pai", "pei", "pao", "pou", "pan", "pen", "pang", "peng", "pi", "pie", "piao",
    "pian", "pin", "ping", "pu",
    "ma", "mo", "me", "mai", "mei", "mao", "mou", "man", "men", "mang", "meng", "mi", "mie",
    "miao", "miu", "mian", "min", "ming", "mu",
    "fa", "fo", "fei", "fou", "fan", "fen", "fang", "feng", "fu",
    "da", "de", "dai", "dei", "dao", "dou", "dan", "den", "dang", "deng", "dong", "di", "die",
    "diao", "diu", "dian", "ding", "du", "duo", "dui", "duan", "dun",
    "ta", "te", "tai", "tao", "tou", "tan", "tang", "teng", "tong", "ti", "tie", "tiao", "tian",
    "ting", "tu", "tuo", "tui", "tuan", "tun",
    "na", "ne", "nai", "nei", "nao", "nou", "nan", "nen", "nang", "neng", "nong", "ni", "nie",
    "niao", "niu", "nian", "nin", "niang", "ning", "nu", "nuo", "nuan", "nv", "nve",
    "la", "le", "lai", "lei", "lao", "lou", "lan", "lang", "leng", "long", "li", "lia", "lie",
    "liao", "liu", "lian", "lin", "liang", "ling", "lu", "luo", "luan", "lun", "lv", "lve",
    "ga", "ge", "gai", "gei", "gao", "gou", "gan", "gen", "gang", "geng", "gong", "gu", "gua",
    "guo", "guai", "gui", "guan", "gun", "guang",
    "ka", "ke", "kai", "kei", "kao", "kou", "kan", "ken", "kang", "keng", "kong", "ku", "kua",
    "kuo", "kuai", "kui", "kuan", "kun", "kuang",
    "ha", "he", "hai", "hei", "hao", "hou", "han", "hen", "hang", "heng", "hong", "hu", "hua",
    "huo", "huai", "hui", "huan", "hun", "huang",
    "ji", "jia", "jie", "jiao", "jiu", "jian", "jin", "jiang", "jing", "jiong", "ju", "jue",
    "juan", "jun",
    "qi", "qia", "qie", "qiao", "qiu", "qian", "qin", "qiang", "qing", "qiong", "qu", "que",
    "quan", "qun",
    "xi", "xia", "xie", "xiao", "xiu", "xian", "xin", "xiang", "xing", "xiong", "xu", "xue",
    "xuan", "xun",
    "zha", "zhe", "zhi", "zhai", "zhei", "zhao", "zhou", "zhan", "zhen", "zhang", "zheng",
    "zhong", "zhu", "zhua", "zhuo", "zhuai", "zhui", "zhuan", "zhun", "zhuang",
    "cha", "che", "chi", "chai", "chao", "chou", "chan", "chen", "chang", "cheng", "chong",
    "chu", "chua", "chuo", "chuai", "chui", "chuan", "chun", "chuang",
    "sha", "she", "shi", "shai", "shei", "shao", "shou", "shan", "shen", "shang", "sheng",
    "shu", "shua", "shuo", "shuai", "shui", "shuan", "shun", "shuang",
    "re", "ri", "rao", "rou", "ran", "ren", "rang", "reng", "rong", "ru", "ruo", "rui", "ruan",
    "run",
    "za", "ze", "zi", "zai", "zei", "zao", "zou", "zan", "zen", "zang", "zeng", "zong", "zu",
    "zuo", "zui", "zuan", "zun",
    "ca", "ce", "ci", "cai", "cao", "cou", "can", "cen", "cang", "ceng", "cong", "cu", "cuo",
    "cui", "cuan", "cun",
    "sa", "se", "si", "sai", "sao", "sou", "san", "sen", "sang", "seng", "song", "su", "suo",
    "sui", "suan", "sun",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_of_pinyin_names() {
        assert_eq!(order(&["Li", "Keqiang"]), Some(Order::FamilyFirst));
        assert_eq!(order(&["Chen", "Chunming"]), Some(Order::FamilyFirst));
        assert_eq!(order(&["Jianwei", "Xu"]), Some(Order::GivenFirst));
        assert_eq!(order(&["He", "Wu"]), Some(Order::Either));
        // Names of other languages, and names in capitals, are not read so.
        assert_eq!(order(&["Ben", "Nolan"]), None);
        assert_eq!(order(&["Anna", "Smith"]), None);
        assert_eq!(order(&["SUZUKI", "Kazuto"]), None);
        assert_eq!(order(&["Choi", "Byung-il"]), None);
        // A second syllable opening with a vowel needs Pinyin's apostrophe.
        assert_eq!(order(&["Li", "Baan"]), None);
        assert_eq!(order(&["Li", "Xian"]), Some(Order::Either));
    }
}
