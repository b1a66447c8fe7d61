//! Our validated works as CSL-JSON items for hayagriva.

use hayagriva::citationberg::json::Item;
use serde_json::{json, Map, Value};

use crate::model::{Name, Work};

pub fn to_csl_item(work: &Work) -> Item {
    let value = to_csl_json(work);
    serde_json::from_value(value).expect("a CSL-JSON item built from validated fields")
}

/// The work as a CSL-JSON object (also the `/bibliography.json` export).
pub fn to_csl_json(work: &Work) -> Value {
    let mut map = Map::new();
    map.insert("id".into(), json!(work.key));
    map.insert("type".into(), json!(work.csl_type));
    for (role, names) in &work.names {
        map.insert(
            role.clone(),
            Value::Array(names.iter().map(name_json).collect()),
        );
    }
    for (field, date) in &work.dates {
        let mut parts = vec![json!(date.year)];
        if let Some(m) = date.month {
            parts.push(json!(m));
            if let Some(d) = date.day {
                parts.push(json!(d));
            }
        }
        map.insert(field.clone(), json!({ "date-parts": [parts] }));
    }
    for (field, text) in &work.text {
        map.insert(field.clone(), json!(text));
    }
    Value::Object(map)
}

fn name_json(name: &Name) -> Value {
    match name {
        Name::Institution { literal } => json!({ "literal": literal }),
        Name::Person {
            family,
            given,
            particle,
            suffix,
        } => {
            let mut m = Map::new();
            m.insert("family".into(), json!(family));
            if let Some(g) = given {
                m.insert("given".into(), json!(g));
            }
            if let Some(p) = particle {
                m.insert("non-dropping-particle".into(), json!(p));
            }
            if let Some(s) = suffix {
                m.insert("suffix".into(), json!(s));
            }
            Value::Object(m)
        }
    }
}
