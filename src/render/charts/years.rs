//! Works by year of publication and kind: a column per year (or per span of years over long
//! ranges), stacked by kind, for the sources page.

use std::fmt::Write;

use serde::Serialize;

use super::{count, open_image, Swatch, WIDTH};

/// The picture and the same figures as rows, for the table that is its text alternative.
#[derive(Debug, Serialize)]
pub struct WorksByYear {
    pub svg: String,
    pub kinds: Vec<Swatch>,
    /// Only the years (or spans) that have works.
    pub rows: Vec<YearRow>,
    pub undated: usize,
}

#[derive(Debug, Serialize)]
pub struct YearRow {
    pub label: String,
    /// Per kind, in the order of `kinds`.
    pub counts: Vec<usize>,
    pub total: usize,
}

const MAX_COLUMNS: i32 = 60;
const LEFT: f64 = 26.0;
const TOP: f64 = 8.0;
const PLOT_HEIGHT: f64 = 150.0;

/// `works`: per work, its year (if dated) and the index of its kind in `kinds`.
pub fn works_by_year(works: &[(Option<i32>, usize)], kinds: Vec<Swatch>) -> Option<WorksByYear> {
    let years = || works.iter().filter_map(|(y, _)| *y);
    let (first, last) = (years().min()?, years().max()?);
    let span = last - first + 1;
    let width = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|w| (span + w - 1) / w <= MAX_COLUMNS)
        .unwrap_or(span);
    // Spans start at a multiple of their width (2010–2014, not 2011–2015).
    let start = first - first.rem_euclid(width);
    let columns = ((last - start) / width + 1) as usize;
    let mut counts = vec![vec![0usize; kinds.len()]; columns];
    for (year, kind) in works {
        if let Some(y) = year {
            counts[((y - start) / width) as usize][*kind] += 1;
        }
    }
    let label = |c: usize| {
        let from = start + c as i32 * width;
        if width == 1 {
            from.to_string()
        } else {
            format!("{from}–{}", from + width - 1)
        }
    };
    let totals: Vec<usize> = counts.iter().map(|c| c.iter().sum()).collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    let undated = works.iter().filter(|(y, _)| y.is_none()).count();
    let dated = works.len() - undated;

    let busiest = (0..columns).max_by_key(|c| (totals[*c], usize::MAX - c));
    let mut desc = format!(
        "{} by year of publication, {first} to {last}",
        count(dated, "work", "works")
    );
    if let Some(c) = busiest {
        let _ = write!(desc, "; the most in {} ({})", label(c), totals[c]);
    }
    if undated > 0 {
        let _ = write!(desc, "; {} without a date not shown", undated);
    }
    let by_kind: Vec<String> = kinds
        .iter()
        .map(|k| format!("{} {}", k.label.to_lowercase(), k.count))
        .collect();
    let _ = write!(desc, ". By kind: {}.", by_kind.join(", "));

    let height = TOP + PLOT_HEIGHT + 30.0;
    let mut svg = String::new();
    open_image(
        &mut svg,
        "works-by-year",
        "works-by-year",
        height,
        "Cited works by year of publication and kind",
        &desc,
    );
    let plot_width = WIDTH - LEFT - 4.0;
    let column = plot_width / columns as f64;
    let y = |n: f64| TOP + PLOT_HEIGHT - n / max as f64 * PLOT_HEIGHT;
    // Gridlines at zero, half and the maximum, labelled.
    let mut ticks = vec![0, max / 2, max];
    ticks.dedup();
    for n in ticks {
        let _ = write!(
            svg,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\">{n}</text>",
            WIDTH - 4.0,
            y(n as f64),
            y(n as f64),
            LEFT - 4.0,
            y(n as f64) + 4.0
        );
    }
    for (c, per_kind) in counts.iter().enumerate() {
        let x = LEFT + c as f64 * column;
        let mut base = 0usize;
        for (k, n) in per_kind.iter().enumerate() {
            if *n == 0 {
                continue;
            }
            let top = y((base + n) as f64);
            let bottom = y(base as f64);
            let _ = write!(
                svg,
                "<rect class=\"bar tone-{}\" x=\"{:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
                kinds[k].tone,
                x + column * 0.1,
                (column * 0.8).max(1.0),
                bottom - top
            );
            base += n;
        }
    }
    // Year labels where they fit: about one per 40 units.
    let every = ((40.0 / column).ceil() as usize).max(1);
    for c in (0..columns).step_by(every) {
        let x = LEFT + (c as f64 + 0.5) * column;
        let text = if width == 1 {
            label(c)
        } else {
            (start + c as i32 * width).to_string()
        };
        let _ = write!(
            svg,
            "<text class=\"year\" x=\"{x:.1}\" y=\"{:.1}\">{text}</text>",
            TOP + PLOT_HEIGHT + 16.0
        );
    }
    svg.push_str("</svg>");
    let rows = (0..columns)
        .filter(|c| totals[*c] > 0)
        .map(|c| YearRow {
            label: label(c),
            counts: counts[c].clone(),
            total: totals[c],
        })
        .collect();
    Some(WorksByYear {
        svg,
        kinds,
        rows,
        undated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(n: usize) -> Vec<Swatch> {
        (0..n)
            .map(|i| Swatch {
                label: format!("Kind {i}"),
                tone: i + 1,
                count: 0,
            })
            .collect()
    }

    #[test]
    fn one_column_a_year_over_short_spans_and_spans_of_years_over_long_ones() {
        let works = [(Some(2010), 0), (Some(2012), 1), (Some(2012), 0), (None, 1)];
        let chart = works_by_year(&works, kinds(2)).unwrap();
        assert_eq!(chart.rows.len(), 2);
        assert_eq!(chart.rows[1].label, "2012");
        assert_eq!(chart.rows[1].counts, vec![1, 1]);
        assert_eq!(chart.undated, 1);
        assert!(chart.svg.contains("role=\"img\""));
        assert!(chart.svg.contains("the most in 2012 (2)"), "{}", chart.svg);
        assert_eq!(chart.svg.matches("<rect").count(), 3);

        let long = [(Some(1851), 0), (Some(2023), 0)];
        let chart = works_by_year(&long, kinds(1)).unwrap();
        assert_eq!(chart.rows[0].label, "1850–1854");
        assert_eq!(chart.rows[1].label, "2020–2024");
    }

    #[test]
    fn no_dated_work_no_picture() {
        assert!(works_by_year(&[(None, 0)], kinds(1)).is_none());
        assert!(works_by_year(&[], kinds(1)).is_none());
    }
}
