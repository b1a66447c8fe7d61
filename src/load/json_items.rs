//! A JSON array read item by item: each item is handed over as soon as it is parsed, so a
//! large CSL-JSON export is never held as one tree of values (which made loading 16k works
//! grow faster than the file: more memory touched, more cache misses).

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde_json::Value;

/// Parses `text` as a JSON array, calling `each` with every item in order. `Ok(false)` when
/// the text is JSON `null` (no items); an error for invalid JSON or another kind of value.
pub fn for_each_item(text: &str, each: &mut dyn FnMut(Value)) -> Result<bool, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let seen = Items(each).deserialize(&mut de)?;
    de.end()?;
    Ok(seen)
}

struct Items<'f>(&'f mut dyn FnMut(Value));

impl<'de> DeserializeSeed<'de> for Items<'_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<bool, D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Items<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of works")
    }

    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while let Some(item) = seq.next_element::<Value>()? {
            (self.0)(item);
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Result<(bool, Vec<Value>), serde_json::Error> {
        let mut all = Vec::new();
        let seen = for_each_item(text, &mut |v| all.push(v))?;
        Ok((seen, all))
    }

    #[test]
    fn streams_arrays_and_rejects_other_values() {
        let (seen, all) = items(r#"[{"id": "a"}, 2]"#).unwrap();
        assert!(seen);
        assert_eq!(all.len(), 2);
        assert_eq!(items("null").unwrap(), (false, Vec::new()));
        assert!(items(r#"{"id": "a"}"#).is_err());
        assert!(items("[1, 2").is_err());
        assert!(items("[1] x").is_err());
    }
}
