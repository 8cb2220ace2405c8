//! `signpost tallies merge`: several kiosks' exported figures (one CSV a hub) into one CSV with
//! a hub column and one self-contained HTML report with charts (`signpost::reports`).

use crate::native::{plural, usage_error, Failure};
use signpost::engine::SourceFile;
use signpost::reports::merge::{duplicate_name, hub_name, Hub, Merged};
use signpost::reports::read::{read_tally_csv, Vocabulary};
use std::path::{Path, PathBuf};

/// The files `--out DIR` writes.
pub(crate) const MERGED_CSV: &str = "tallies-merged.csv";
pub(crate) const REPORT_HTML: &str = "tallies-report.html";

/// Where to write: at least one of the two.
pub(crate) struct Outputs {
    pub(crate) csv: Option<PathBuf>,
    pub(crate) html: Option<PathBuf>,
}

impl Outputs {
    /// From `--out DIR`, or `--csv FILE` and/or `--html FILE` (not both ways).
    pub(crate) fn from_args(
        out: Option<&Path>,
        csv: Option<&Path>,
        html: Option<&Path>,
    ) -> Result<Outputs, Failure> {
        match (out, csv, html) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => Err(usage_error(
                "give --out DIR, or --csv FILE and --html FILE, not both",
            )),
            (Some(dir), None, None) => Ok(Outputs {
                csv: Some(dir.join(MERGED_CSV)),
                html: Some(dir.join(REPORT_HTML)),
            }),
            (None, None, None) => Err(usage_error(
                "tallies merge needs --out DIR, or --csv FILE and/or --html FILE",
            )),
            (None, csv, html) => {
                if csv.is_some() && csv == html {
                    return Err(usage_error("--csv and --html must be different files"));
                }
                Ok(Outputs {
                    csv: csv.map(Path::to_path_buf),
                    html: html.map(Path::to_path_buf),
                })
            }
        }
    }
}

pub(crate) fn merge(
    content: &[SourceFile],
    inputs: &[String],
    outputs: &Outputs,
) -> Result<(), Failure> {
    if inputs.is_empty() {
        return Err(usage_error(
            "tallies merge needs the CSV files to merge, one a hub",
        ));
    }
    for written in outputs.csv.iter().chain(&outputs.html) {
        if inputs.iter().any(|i| Path::new(i) == written) {
            return Err(usage_error(format!(
                "{} is an input; the report would overwrite it",
                written.display()
            )));
        }
    }
    let (content, errors) = signpost::engine::authoring::load(content);
    if !errors.is_empty() {
        return Err(Failure(
            "the content has problems, so codes cannot be checked; run signpost check".into(),
            1,
        ));
    }
    let vocabulary = Vocabulary::from_content(&content);

    let mut hubs = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        let bytes = match std::fs::read(input) {
            Ok(b) => b,
            Err(e) => {
                problems.push(format!("{input}: cannot read it: {e}"));
                continue;
            }
        };
        match read_tally_csv(input, &bytes, &vocabulary) {
            Ok(figures) => hubs.push(Hub {
                name: hub_name(Path::new(input)),
                file: input.clone(),
                figures,
            }),
            Err(e) => problems.push(e.to_string()),
        }
    }
    if !problems.is_empty() {
        let n = problems.len();
        return Err(Failure(
            format!(
                "{}\n{} not merged: nothing was written.",
                problems.join("\n"),
                plural(n, "file", "files")
            ),
            1,
        ));
    }
    if let Some((a, b)) = duplicate_name(&hubs) {
        return Err(Failure(
            format!(
                "{} and {} would both be the hub \"{}\" (a hub is named after its file); \
                 rename one of them",
                a.file, b.file, b.name
            ),
            1,
        ));
    }
    for h in &hubs {
        for need in &h.figures.unknown_needs {
            eprintln!(
                "warning: {}: the need \"{}\" is not in the current content; its figures \
                 are kept, with the file's label",
                h.file,
                need.as_str()
            );
        }
        if h.figures.rows == 0 {
            eprintln!("warning: {}: has no figures, only its header", h.file);
        }
    }
    let merged = Merged { hubs, vocabulary };
    let total = merged.total();
    if total.is_empty() {
        return Err(Failure(
            "none of the files has any figures: nothing was written".into(),
            1,
        ));
    }
    let mut written = Vec::new();
    if let Some(path) = &outputs.csv {
        write(path, &merged.to_csv())?;
        written.push(path.display().to_string());
    }
    if let Some(path) = &outputs.html {
        write(path, &signpost::reports::html::report(&merged, inputs))?;
        written.push(path.display().to_string());
    }
    let days = total.days.len();
    println!(
        "Merged {} ({} from {} to {}): wrote {}.",
        plural(merged.hubs.len(), "hub", "hubs"),
        plural(days, "day", "days"),
        total
            .days
            .keys()
            .next()
            .map(ToString::to_string)
            .unwrap_or_default(),
        total
            .days
            .keys()
            .next_back()
            .map(ToString::to_string)
            .unwrap_or_default(),
        written.join(" and ")
    );
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display()), 1))?;
    }
    std::fs::write(path, text)
        .map_err(|e| Failure(format!("cannot write {}: {e}", path.display()), 1))
}
