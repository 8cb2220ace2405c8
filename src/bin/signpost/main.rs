//! `signpost`: the content authors' tool. Reads `content/` from disk, so it sees changes
//! without a rebuild.
//!
//! - `signpost check`: every problem in the content, or a one-line summary.
//! - `signpost graph [--format mermaid|dot]`: the tree as a diagram for reviewers.
//! - `signpost run FILE [--today YYYY-MM-DD]`: run a scenario file (see content/README.md).
//! - `signpost explain FILE [--today YYYY-MM-DD]`: why a scenario gets its flags and outcome.
//! - `signpost coverage [DIR] [--strict]`: what the scenarios in DIR never ask, choose or reach.
//! - `signpost translations`: how complete each locale is, against the default locale.
//! - `signpost bench [--iterations N]`: time load+validate and evaluation (a report, not a test).
//! - `signpost directory import FILE --mapping FILE`: a directory file from an Open Referral UK
//!   export (`directory`).
//! - `signpost leaflet --url URL`: the printed leaflet as a standalone HTML file (`leaflet`).
//! - `signpost tallies merge (--out DIR | --csv FILE --html FILE) A.csv …`: kiosks' figures
//!   merged into one CSV and an HTML report with charts.
//!
//! Native only: the web build gets an empty `main`.
//!
//! This file holds the arguments and the dispatch; the commands that report on the content are
//! in `commands`, the diagram in `graph` and the benchmark with its generated tree in `bench`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod bench;
#[cfg(not(target_arch = "wasm32"))]
mod commands;
#[cfg(not(target_arch = "wasm32"))]
mod directory;
#[cfg(not(target_arch = "wasm32"))]
mod graph;
#[cfg(not(target_arch = "wasm32"))]
mod leaflet;
#[cfg(not(target_arch = "wasm32"))]
mod tallies;

/// The arguments and the dispatch to a command; the commands are in the sibling modules.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::{bench, commands, directory, graph, leaflet, tallies};
    use signpost::engine::authoring::load::read_dir;
    use signpost::engine::{Date, SourceFile};
    use std::path::PathBuf;
    use std::process::ExitCode;

    const USAGE: &str = "\
signpost: the content authors' tool for Signpost.

Usage:
  signpost check [--today YYYY-MM-DD]     Check the content, list every problem, and report how
                                          many steps name their source (and checks over a year old).
  signpost graph [--format mermaid|dot]   Print the tree as a diagram (default: mermaid).
  signpost run FILE [--today YYYY-MM-DD]  Run a scenario file and print the result as JSON.
  signpost explain FILE [--today YYYY-MM-DD]
                                          Run a scenario file and say in plain words why it
                                          gets its outcome, each flag, and each member
                                          recommended (as the adviser panel does).
  signpost coverage [DIR] [--strict]      Run every scenario in DIR (default: tests/scenarios)
                                          and list the questions, options and outcomes none
                                          of them exercises. Fails if an outcome is never
                                          reached; with --strict, also a question or option.
  signpost bench [--iterations N]         Time loading, validating and evaluating (N: 50).
  signpost translations                   How complete each locale is, and what it lacks.
  signpost directory import FILE --mapping MAPPING [--name NAME] [--translations LANG=FILE]
           [--example] [--dry-run]        Write content/directory/NAME.json and its words from an
                                          Open Referral UK export (JSON). MAPPING says which
                                          organisations are members and what each taxonomy
                                          term means; see content/directory/README.md.
  signpost leaflet --url URL [--locale CODE] [--nation NATION] [--out FILE]
                                          The printed leaflet (situations, what can help, local
                                          members and helplines, a QR code to URL) as one HTML
                                          file to print on A4, in a complete language.
  signpost tallies merge (--out DIR | [--csv FILE] [--html FILE]) A.csv B.csv ...
                                          Merge kiosks' exported figures (each file a hub,
                                          named after the file) into one CSV with a hub
                                          column and a self-contained HTML report with
                                          charts. --out DIR writes DIR/tallies-merged.csv
                                          and DIR/tallies-report.html.
  signpost help                           Show this help.

Options:
  --content DIR   Read the content from DIR (default: content).

See content/README.md for the content format and scenario files.";

    /// A failure to report: the message, and the exit code (1: a problem found, 2: a usage error).
    pub(crate) struct Failure(pub(crate) String, pub(crate) u8);

    pub(crate) fn usage_error(message: impl Into<String>) -> Failure {
        Failure(format!("signpost: {}\n\n{USAGE}", message.into()), 2)
    }

    #[derive(Default)]
    struct Args {
        command: Option<String>,
        positional: Vec<String>,
        content: Option<PathBuf>,
        format: Option<String>,
        today: Option<String>,
        strict: bool,
        // tallies merge: where to write.
        out: Option<PathBuf>,
        csv: Option<PathBuf>,
        html: Option<PathBuf>,
    }

    /// An argument as a flag and its inline value: `--name=x` is `("--name", Some("x"))`.
    pub(crate) fn split_flag(a: &str) -> (String, Option<String>) {
        match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (a.to_owned(), None),
        }
    }

    /// A flag's value: given inline (`--name=x`), else the next argument.
    pub(crate) fn flag_value(
        flag: &str,
        inline: Option<String>,
        it: &mut impl Iterator<Item = String>,
    ) -> Result<String, Failure> {
        inline
            .or_else(|| it.next())
            .ok_or_else(|| usage_error(format!("{flag} needs a value")))
    }

    fn parse_args(raw: Vec<String>) -> Result<Args, Failure> {
        let mut args = Args::default();
        let mut it = raw.into_iter();
        while let Some(a) = it.next() {
            let (name, inline) = split_flag(&a);
            let mut value = |flag: &str| flag_value(flag, inline.clone(), &mut it);
            match name.as_str() {
                "--content" => args.content = Some(PathBuf::from(value("--content")?)),
                "--format" => args.format = Some(value("--format")?),
                "--today" => args.today = Some(value("--today")?),
                "--out" => args.out = Some(PathBuf::from(value("--out")?)),
                "--csv" => args.csv = Some(PathBuf::from(value("--csv")?)),
                "--html" => args.html = Some(PathBuf::from(value("--html")?)),
                "--strict" if inline.is_some() => {
                    return Err(usage_error("--strict takes no value"))
                }
                "--strict" => args.strict = true,
                "-h" | "--help" => args.command = Some("help".into()),
                s if s.starts_with('-') && s.len() > 1 => {
                    return Err(usage_error(format!("unknown option {s}")))
                }
                _ if args.command.is_none() => args.command = Some(a),
                _ => args.positional.push(a),
            }
        }
        Ok(args)
    }

    pub fn main() -> ExitCode {
        match dispatch(std::env::args().skip(1).collect()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure(message, code)) => {
                eprintln!("{message}");
                ExitCode::from(code)
            }
        }
    }

    fn dispatch(raw: Vec<String>) -> Result<(), Failure> {
        let (raw, iterations) = bench::take_iterations(raw)?;
        let (raw, import_options) = directory::take_options(raw)?;
        let (raw, leaflet_options) = leaflet::take_options(raw)?;
        let args = parse_args(raw)?;
        if iterations.is_some() && args.command.as_deref() != Some("bench") {
            return Err(usage_error("--iterations is only for bench"));
        }
        if leaflet_options.any() && args.command.as_deref() != Some("leaflet") {
            return Err(usage_error(
                "--url, --locale and --nation are only for leaflet",
            ));
        }
        if import_options.any() && args.command.as_deref() != Some("directory") {
            return Err(usage_error(
                "--mapping, --name, --translations, --example and --dry-run are only for \
                 directory import",
            ));
        }
        if args.strict && args.command.as_deref() != Some("coverage") {
            return Err(usage_error("--strict is only for coverage"));
        }
        let writes = args.out.is_some() || args.csv.is_some() || args.html.is_some();
        let leaflet_out =
            args.command.as_deref() == Some("leaflet") && args.csv.is_none() && args.html.is_none();
        if writes && args.command.as_deref() != Some("tallies") && !leaflet_out {
            return Err(usage_error(
                "--out is only for tallies merge and leaflet; --csv and --html only for tallies merge",
            ));
        }
        let content_dir = args
            .content
            .clone()
            .unwrap_or_else(|| PathBuf::from("content"));
        let no_extra = |args: &Args, max: usize| -> Result<(), Failure> {
            match args.positional.get(max) {
                Some(extra) => Err(usage_error(format!("unexpected argument \"{extra}\""))),
                None => Ok(()),
            }
        };
        match args.command.as_deref() {
            None | Some("help") => {
                println!("{USAGE}");
                Ok(())
            }
            Some("check") => {
                no_extra(&args, 0)?;
                let today = match &args.today {
                    Some(t) => Date::parse_iso(t).ok_or_else(|| {
                        usage_error(format!("--today \"{t}\" is not a date like 2026-11-23"))
                    })?,
                    None => system_today(),
                };
                commands::check(&read(&content_dir)?, today)
            }
            Some("graph") => {
                no_extra(&args, 0)?;
                let format = args.format.as_deref().unwrap_or("mermaid");
                if !matches!(format, "mermaid" | "dot") {
                    return Err(usage_error(format!(
                        "unknown format \"{format}\"; use mermaid or dot"
                    )));
                }
                graph::graph(&read(&content_dir)?, format)
            }
            Some("run") => {
                no_extra(&args, 1)?;
                let file = args
                    .positional
                    .first()
                    .ok_or_else(|| usage_error("run needs a scenario file"))?;
                let today = match &args.today {
                    Some(t) => Some(Date::parse_iso(t).ok_or_else(|| {
                        usage_error(format!("--today \"{t}\" is not a date like 2026-11-23"))
                    })?),
                    None => None,
                };
                commands::run(&read(&content_dir)?, file, today)
            }
            Some("explain") => {
                no_extra(&args, 1)?;
                let file = args
                    .positional
                    .first()
                    .ok_or_else(|| usage_error("explain needs a scenario file"))?;
                let today = match &args.today {
                    Some(t) => Some(Date::parse_iso(t).ok_or_else(|| {
                        usage_error(format!("--today \"{t}\" is not a date like 2026-11-23"))
                    })?),
                    None => None,
                };
                commands::explain(&read(&content_dir)?, file, today)
            }
            Some("coverage") => {
                no_extra(&args, 1)?;
                let dir = args
                    .positional
                    .first()
                    .map_or_else(|| PathBuf::from("tests/scenarios"), PathBuf::from);
                commands::coverage(&read(&content_dir)?, &dir, args.strict)
            }
            Some("translations") => {
                no_extra(&args, 0)?;
                commands::translations(&read(&content_dir)?)
            }
            Some("bench") => {
                no_extra(&args, 0)?;
                bench::run(&read(&content_dir)?, iterations.unwrap_or(50))
            }
            Some("directory") => {
                no_extra(&args, 2)?;
                match (
                    args.positional.first().map(String::as_str),
                    args.positional.get(1),
                ) {
                    (Some("import"), Some(file)) => directory::import_command(
                        &content_dir,
                        &read(&content_dir)?,
                        std::path::Path::new(file),
                        &import_options,
                    ),
                    (Some("import"), None) => {
                        Err(usage_error("directory import needs an export file (JSON)"))
                    }
                    _ => Err(usage_error(
                        "use: signpost directory import FILE --mapping FILE",
                    )),
                }
            }
            Some("leaflet") => {
                no_extra(&args, 0)?;
                leaflet::leaflet_command(
                    &read(&content_dir)?,
                    &leaflet_options,
                    args.out.as_deref(),
                )
            }
            Some("tallies") => {
                match args.positional.first().map(String::as_str) {
                    Some("merge") => {}
                    Some(other) => {
                        return Err(usage_error(format!(
                            "unknown tallies command \"{other}\"; use tallies merge"
                        )))
                    }
                    None => return Err(usage_error("tallies needs a command: tallies merge")),
                }
                let outputs = tallies::Outputs::from_args(
                    args.out.as_deref(),
                    args.csv.as_deref(),
                    args.html.as_deref(),
                )?;
                tallies::merge(&read(&content_dir)?, &args.positional[1..], &outputs)
            }
            Some(other) => Err(usage_error(format!("unknown command \"{other}\""))),
        }
    }

    fn read(dir: &std::path::Path) -> Result<Vec<SourceFile>, Failure> {
        read_dir(dir).map_err(|e| Failure(format!("cannot read {}: {e}", dir.display()), 1))
    }

    pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }

    /// Today by the system clock (UTC), for how old the sources' checks are.
    fn system_today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days((secs / 86_400) as i64)
    }
}
