//! Generation of the whole corpus from a page count and a seed.

use std::collections::HashSet;

use crate::citations::{cite, note_segments};
use crate::creators::{assign_creators, creator_pool, work_key};
use crate::model::{Article, Block, Cite, Corpus, Event, Kind, Note, Profile, Work};
use crate::rng::{Rng, Zipf};
use crate::words::{
    headline, make_title, sentence, CONCEPTS, EVENT_KINDS, JOURNALS, NEWSPAPERS, PUBLISHERS,
    REGIONS, SITES,
};
use crate::{AUTHORS_PER_WORK, EVENTS, FIXED_PAGES, NOTES, WORKS_PER_ARTICLE};

struct Counts {
    articles: usize,
    works: usize,
    authors: usize,
}

fn counts(pages: usize) -> Counts {
    let rest = pages.saturating_sub(FIXED_PAGES);
    let per_article = 1.0 + WORKS_PER_ARTICLE * (1.0 + AUTHORS_PER_WORK);
    let articles = ((rest as f64 / per_article).round() as usize).max(1);
    let works = (((rest - articles.min(rest)) as f64) / (1.0 + AUTHORS_PER_WORK)).round() as usize;
    let works = works.max(articles);
    let authors = rest.saturating_sub(articles + works).max(5);
    Counts {
        articles,
        works,
        authors,
    }
}

fn date(rng: &mut Rng, from: usize, to: usize) -> (u32, u32, u32) {
    (
        rng.range(from, to) as u32,
        rng.range(1, 12) as u32,
        rng.range(1, 28) as u32,
    )
}

pub(crate) fn generate(pages: usize, seed: u64) -> Corpus {
    let mut rng = Rng::new(seed);
    let Counts {
        articles: article_count,
        works: work_count,
        authors: author_count,
    } = counts(pages);

    // Works: kinds, fields, how many creator slots of each sort.
    let mut works: Vec<Work> = Vec::with_capacity(work_count);
    for _ in 0..work_count {
        let kind = match rng.weighted(&[18.0, 17.0, 35.0, 12.0, 10.0, 8.0]) {
            0 => Kind::Book,
            1 => Kind::Chapter,
            2 => Kind::Journal,
            3 => Kind::Report,
            4 => Kind::Webpage,
            _ => Kind::Newspaper,
        };
        let institutional = match kind {
            Kind::Report => rng.chance(0.5),
            Kind::Webpage => rng.chance(0.3),
            _ => rng.chance(0.02),
        };
        let (year, month, day) = date(&mut rng, 1990, 2024);
        let (mut title, mut title_short) = make_title(&mut rng);
        if matches!(kind, Kind::Webpage | Kind::Newspaper) {
            title = headline(&mut rng);
            title_short = None;
        }
        // Some works carry their short title, most leave it to the style.
        if title_short.is_some() && rng.chance(0.4) {
            title_short = None;
        }
        let publisher = match kind {
            Kind::Book | Kind::Chapter => Some(*rng.pick(PUBLISHERS)),
            Kind::Report if !institutional => Some(*rng.pick(PUBLISHERS)),
            _ => None,
        };
        let container = match kind {
            Kind::Chapter => Some(make_title(&mut rng).0),
            Kind::Journal => Some(rng.pick(JOURNALS).to_string()),
            Kind::Webpage => Some(rng.pick(SITES).to_string()),
            Kind::Newspaper => Some(rng.pick(NEWSPAPERS).to_string()),
            _ => None,
        };
        let first_page = rng.range(1, 400);
        let page = match kind {
            Kind::Chapter | Kind::Journal => {
                Some(format!("{first_page}–{}", first_page + rng.range(12, 30)))
            }
            _ => None,
        };
        let (volume, issue) = if kind == Kind::Journal {
            (
                Some(rng.range(1, 80) as u32),
                rng.chance(0.9).then(|| rng.range(1, 6) as u32),
            )
        } else {
            (None, None)
        };
        let url = match kind {
            Kind::Report | Kind::Webpage | Kind::Newspaper => Some(format!(
                "https://www.example.{}/{}/{:02}/{}",
                rng.pick(&["org", "com", "int", "net"]),
                year,
                month,
                rng.next_u64() % 1_000_000
            )),
            _ => None,
        };
        let doi = (kind == Kind::Journal && rng.chance(0.6))
            .then(|| format!("10.{}/{:x}", rng.range(1000, 9999), rng.next_u64() >> 36));
        works.push(Work {
            key: String::new(),
            kind,
            authors: Vec::new(),
            editors: Vec::new(),
            institutional,
            title,
            title_short,
            container,
            volume,
            issue,
            page,
            publisher,
            year,
            month,
            day,
            url,
            doi,
        });
    }

    // Creator slots: institutions for institutional works, 1–3 authors otherwise, editors of
    // edited books and of the books that hold chapters.
    let mut person_slots: Vec<(usize, bool)> = Vec::new();
    let mut institution_slots: Vec<(usize, bool)> = Vec::new();
    for (w, work) in works.iter().enumerate() {
        if work.institutional {
            institution_slots.push((w, false));
            continue;
        }
        let edited_book = work.kind == Kind::Book && rng.chance(0.15);
        let authors = if edited_book {
            0
        } else {
            1 + rng.weighted(&[60.0, 28.0, 12.0])
        };
        for _ in 0..authors {
            person_slots.push((w, false));
        }
        if edited_book || work.kind == Kind::Chapter {
            for _ in 0..(1 + rng.weighted(&[60.0, 40.0])) {
                person_slots.push((w, true));
            }
        }
    }
    let institutions =
        ((author_count as f64 * 0.03).round() as usize).clamp(1, institution_slots.len().max(1));
    let institutions = if institution_slots.is_empty() {
        0
    } else {
        institutions
    };
    let people = author_count - institutions;
    // Not enough slots for every person (tiny corpora): more co-authors.
    while person_slots.len() < people {
        let w = rng.below(works.len());
        if !works[w].institutional {
            person_slots.push((w, false));
        }
    }
    // Slots are filled in a shuffled order so that new names are spread over the works.
    rng.shuffle(&mut person_slots);
    rng.shuffle(&mut institution_slots);
    let creators = creator_pool(&mut rng, people, institutions);
    assign_creators(&mut rng, &mut works, &person_slots, 0..people);
    assign_creators(
        &mut rng,
        &mut works,
        &institution_slots,
        people..people + institutions,
    );
    // A work left with no author (duplicate draws only) takes its editors' place or person 0.
    for work in works.iter_mut() {
        if work.authors.is_empty() && work.editors.is_empty() {
            work.authors.push(0);
        }
    }
    let mut keys = HashSet::new();
    for work in works.iter_mut() {
        work.key = work_key(&creators, work, &mut keys);
    }

    // Profiles: the four most prolific people (introduced first), one spelled with accents.
    let affiliations = [
        "Center for Security Studies, ETH Zürich",
        "Department of War Studies, King’s College London",
        "Australian National University",
        "Norwegian Institute for Defence Studies",
    ];
    let mut profiles = Vec::new();
    for (i, affiliation) in affiliations.iter().enumerate().take(people.min(4)) {
        let name = if i == 0 {
            "Zoë Åberg".to_string()
        } else {
            creators[i].display()
        };
        let slug: String = name
            .to_lowercase()
            .replace(['.', '\''], "")
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .map(|c| match c {
                        'ë' => 'e',
                        'å' => 'a',
                        c => c,
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("-");
        profiles.push(Profile {
            slug,
            name,
            creator: i,
            affiliation: affiliation.to_string(),
        });
    }

    // Articles: each introduces its share of works; reuse follows Zipf-like popularity.
    let mut order: Vec<usize> = (0..works.len()).collect();
    rng.shuffle(&mut order);
    let popularity = {
        let mut p: Vec<usize> = (0..works.len()).collect();
        rng.shuffle(&mut p);
        p
    };
    let zipf = Zipf::new(works.len());
    let mut articles = Vec::with_capacity(article_count);
    let width = article_count.to_string().len().max(4);
    for a in 0..article_count {
        let lo = a * works.len() / article_count;
        let hi = (a + 1) * works.len() / article_count;
        let mut fresh: Vec<usize> = order[lo..hi].to_vec();
        fresh.reverse(); // popped from the end, so in `order`
                         // Plan: which notes are Ibid. (same single work as the note before), how many cites.
        let mut plan: Vec<(bool, usize)> = Vec::with_capacity(NOTES);
        for n in 0..NOTES {
            let ibid = n > 0 && plan[n - 1].1 == 1 && rng.chance(0.12);
            let k = if ibid {
                1
            } else {
                1 + rng.weighted(&[60.0, 28.0, 12.0])
            };
            plan.push((ibid, k));
        }
        let mut slots: usize = plan.iter().filter(|p| !p.0).map(|p| p.1).sum();
        let mut n = 0;
        while slots < fresh.len() {
            if !plan[n % NOTES].0 && plan[n % NOTES].1 < 6 {
                plan[n % NOTES].1 += 1;
                slots += 1;
            }
            n += 1;
        }
        let mut cited: Vec<usize> = Vec::new();
        let mut cited_set: HashSet<usize> = HashSet::new();
        let mut notes: Vec<Note> = Vec::with_capacity(NOTES);
        let mut remaining_slots = slots;
        for (ibid, k) in plan {
            let mut cites: Vec<Cite> = Vec::new();
            if ibid {
                let prev = notes.last().expect("ibid follows a note").works()[0];
                cites.push(cite(&mut rng, prev));
            } else {
                for _ in 0..k {
                    let remaining_new = fresh.len();
                    let mut chosen = None;
                    if remaining_new > 0
                        && (remaining_new >= remaining_slots
                            || rng.chance(remaining_new as f64 / remaining_slots as f64))
                    {
                        let w = fresh.pop().expect("fresh work");
                        if !cites.iter().any(|c| c.work == w) {
                            chosen = Some(w);
                        }
                    } else {
                        for _ in 0..10 {
                            let w = if !cited.is_empty() && rng.chance(0.45) {
                                cited[rng.below(cited.len())]
                            } else if rng.chance(0.5) {
                                popularity[zipf.sample(&mut rng, works.len())]
                            } else {
                                rng.below(works.len())
                            };
                            if !cites.iter().any(|c| c.work == w) {
                                chosen = Some(w);
                                break;
                            }
                        }
                    }
                    remaining_slots -= 1;
                    if let Some(w) = chosen {
                        if cited_set.insert(w) {
                            cited.push(w);
                        }
                        cites.push(cite(&mut rng, w));
                    }
                }
                if cites.is_empty() {
                    // Every draw collided (vanishingly rare): cite the article's first work.
                    let w = *cited.first().unwrap_or(&popularity[0]);
                    cited_set.insert(w);
                    cites.push(cite(&mut rng, w));
                }
            }
            notes.push(Note {
                segments: note_segments(&mut rng, cites, ibid),
            });
        }
        assert!(fresh.is_empty());

        // Body: paragraphs of sentences, each referencing the next note, under a few headings.
        let mut body = vec![Block::Heading("Introduction".into())];
        let mut next = 1;
        let mut paragraphs = 0;
        while next <= NOTES {
            let len = rng.range(4, 7).min(NOTES + 1 - next);
            let sentences = (next..next + len)
                .map(|n| (sentence(&mut rng), n))
                .collect();
            body.push(Block::Paragraph(sentences));
            next += len;
            paragraphs += 1;
            if paragraphs % 3 == 0 && next <= NOTES {
                body.push(Block::Heading(format!(
                    "{} in {}",
                    rng.pick(CONCEPTS),
                    rng.pick(REGIONS)
                )));
            }
        }
        let mut contributors = vec![rng.below(profiles.len())];
        if profiles.len() > 1 && rng.chance(0.3) {
            let other = rng.below(profiles.len());
            if other != contributors[0] {
                contributors.push(other);
            }
        }
        let (y, m, d) = date(&mut rng, 2015, 2024);
        let (title, _) = make_title(&mut rng);
        articles.push(Article {
            slug: format!("article-{:0width$}", a + 1),
            title,
            contributors,
            date: format!("{y}-{m:02}-{d:02}"),
            abstract_: format!(
                "{}. {}. {}.",
                sentence(&mut rng),
                sentence(&mut rng),
                sentence(&mut rng)
            ),
            body,
            notes,
        });
    }

    // Timeline events, documented by (mostly popular) works.
    let mut events = Vec::new();
    for _ in 0..EVENTS.min(works.len()) {
        let (y, m, d) = date(&mut rng, 2010, 2022);
        let end = rng
            .chance(0.3)
            .then(|| format!("{y}-{m:02}-{:02}", (d + 1).min(28)));
        let mut linked = vec![popularity[zipf.sample(&mut rng, works.len())]];
        if rng.chance(0.4) {
            let w = popularity[zipf.sample(&mut rng, works.len())];
            if w != linked[0] {
                linked.push(w);
            }
        }
        events.push(Event {
            date: format!("{y}-{m:02}-{d:02}"),
            end,
            title: headline(&mut rng),
            kind: EVENT_KINDS[rng.below(EVENT_KINDS.len())],
            summary: format!("{}.", sentence(&mut rng)),
            works: linked,
        });
    }

    Corpus {
        creators,
        people,
        profiles,
        works,
        articles,
        events,
    }
}
