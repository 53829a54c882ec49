//! Scoring verdicts against a labelled set: parse the gold TSV, compare it
//! with the verdicts the checker gave, count a confusion matrix per fact
//! kind and overall, and list every disagreement. No I/O.

use crate::dsl::Verdict;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[cfg(test)]
mod tests;

/// One labelled row: the verdict a fact should get on an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldRow {
    /// The article's file name (no directory).
    pub file: String,
    pub fact_id: String,
    pub verdict: Verdict,
    /// 1-based line in the TSV.
    pub line: usize,
}

/// Why a gold TSV could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GoldError {
    #[error("the gold file is empty (expected a header line with `file`, `fact_id`, `verdict`)")]
    Empty,
    #[error("the header has no `{0}` column")]
    MissingColumn(&'static str),
    #[error("line {line}: {message}")]
    Row { line: usize, message: String },
}

/// Parse gold TSV text: a header line naming at least `file`, `fact_id`
/// and `verdict` (in any order; other columns ignored), then one row per
/// article and fact. Blank lines are skipped.
pub fn parse_gold(text: &str) -> Result<Vec<GoldRow>, GoldError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let (_, header) = lines.next().ok_or(GoldError::Empty)?;
    let columns: Vec<&str> = header.split('\t').map(str::trim).collect();
    let find = |name: &'static str| {
        columns
            .iter()
            .position(|c| *c == name)
            .ok_or(GoldError::MissingColumn(name))
    };
    let (file_col, fact_col, verdict_col) = (find("file")?, find("fact_id")?, find("verdict")?);
    let mut rows = Vec::new();
    for (i, line) in lines {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let cell = |col: usize, name: &str| {
            cells
                .get(col)
                .copied()
                .filter(|c| !c.is_empty())
                .ok_or_else(|| GoldError::Row {
                    line: i + 1,
                    message: format!("no `{name}`"),
                })
        };
        let verdict_text = cell(verdict_col, "verdict")?;
        let verdict = Verdict::parse(verdict_text).ok_or_else(|| GoldError::Row {
            line: i + 1,
            message: format!(
                "unknown verdict `{verdict_text}` (expected `match`, `contradiction` or `absent`)"
            ),
        })?;
        rows.push(GoldRow {
            file: cell(file_col, "file")?.to_string(),
            fact_id: cell(fact_col, "fact_id")?.to_string(),
            verdict,
            line: i + 1,
        });
    }
    Ok(rows)
}

/// What the checker said about one fact on one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observed {
    /// The article's file name (no directory).
    pub file: String,
    pub fact_id: String,
    /// The fact's kind keyword.
    pub kind: String,
    pub verdict: Verdict,
    /// The first piece of evidence: `line:col` and its text.
    pub evidence: Option<EvidenceAt>,
}

/// Where a piece of evidence is, for a disagreement listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceAt {
    pub line: usize,
    pub column: usize,
    pub text: String,
}

/// A 3×3 confusion matrix: `counts[gold][got]`, indices per [`index`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Confusion {
    pub counts: [[usize; 3]; 3],
}

/// The order of verdicts in a [`Confusion`]: match, contradiction, absent.
pub const VERDICTS: [Verdict; 3] = [Verdict::Match, Verdict::Contradiction, Verdict::Absent];

/// Row/column of a verdict in a [`Confusion`].
pub fn index(v: Verdict) -> usize {
    match v {
        Verdict::Match => 0,
        Verdict::Contradiction => 1,
        Verdict::Absent => 2,
    }
}

/// Precision, recall and F1 of one verdict.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scores {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    /// `None` when nothing was predicted.
    pub precision: Option<f64>,
    /// `None` when nothing is labelled so.
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

// `index` maps the three verdicts to 0, 1 and 2; `counts` is 3 × 3.
#[allow(clippy::indexing_slicing)]
impl Confusion {
    pub fn add(&mut self, gold: Verdict, got: Verdict) {
        self.counts[index(gold)][index(got)] += 1;
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    /// Rows that agree.
    pub fn agreements(&self) -> usize {
        (0..3).map(|i| self.counts[i][i]).sum()
    }

    /// The scores of one verdict taken as the positive class.
    pub fn scores(&self, v: Verdict) -> Scores {
        let k = index(v);
        let tp = self.counts[k][k];
        let predicted: usize = (0..3).map(|g| self.counts[g][k]).sum();
        let labelled: usize = self.counts[k].iter().sum();
        let precision = (predicted > 0).then(|| tp as f64 / predicted as f64);
        let recall = (labelled > 0).then(|| tp as f64 / labelled as f64);
        let f1 = match (precision, recall) {
            (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
            (Some(_), Some(_)) => Some(0.0),
            _ => None,
        };
        Scores {
            true_positives: tp,
            false_positives: predicted - tp,
            false_negatives: labelled - tp,
            precision,
            recall,
            f1,
        }
    }
}

/// A row where the checker and the gold label differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Disagreement {
    pub file: String,
    pub fact_id: String,
    pub kind: String,
    pub gold: Verdict,
    pub got: Verdict,
    pub evidence: Option<EvidenceAt>,
}

/// The result of comparing verdicts with the gold labels.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evaluation {
    pub overall: Confusion,
    /// Per fact kind keyword.
    pub per_kind: BTreeMap<String, Confusion>,
    /// In gold order.
    pub disagreements: Vec<Disagreement>,
    /// Gold rows with no verdict (article not among the inputs, or fact
    /// not in the rules): `file`, `fact_id`. Not scored.
    pub unscored: Vec<(String, String)>,
}

/// Compare verdicts with gold rows, keyed by (file name, fact id). Rows
/// without a verdict are listed in `unscored`; verdicts without a label are
/// ignored.
pub fn compare(gold: &[GoldRow], observed: &[Observed]) -> Evaluation {
    let by_key: HashMap<(&str, &str), &Observed> = observed
        .iter()
        .map(|o| ((o.file.as_str(), o.fact_id.as_str()), o))
        .collect();
    let mut eval = Evaluation::default();
    for row in gold {
        let Some(o) = by_key.get(&(row.file.as_str(), row.fact_id.as_str())) else {
            eval.unscored.push((row.file.clone(), row.fact_id.clone()));
            continue;
        };
        eval.overall.add(row.verdict, o.verdict);
        eval.per_kind
            .entry(o.kind.clone())
            .or_default()
            .add(row.verdict, o.verdict);
        if row.verdict != o.verdict {
            eval.disagreements.push(Disagreement {
                file: row.file.clone(),
                fact_id: row.fact_id.clone(),
                kind: o.kind.clone(),
                gold: row.verdict,
                got: o.verdict,
                evidence: o.evidence.clone(),
            });
        }
    }
    eval
}
