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
//!
//! Native only: the web build gets an empty `main`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use signpost::engine::condition::{Comparison, Condition, Test};
    use signpost::engine::coverage::Exercised;
    use signpost::engine::load::read_dir;
    use signpost::engine::model::{Content, InputType, Node};
    use signpost::engine::scenario::{self, Scenario};
    use signpost::engine::{load, load_and_validate, Date, SourceFile, Tier};
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};
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
  signpost help                           Show this help.

Options:
  --content DIR   Read the content from DIR (default: content).

See content/README.md for the content format and scenario files.";

    /// A failure to report: the message, and the exit code (1: a problem found, 2: a usage error).
    struct Failure(String, u8);

    fn usage_error(message: impl Into<String>) -> Failure {
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
    }

    fn parse_args(raw: Vec<String>) -> Result<Args, Failure> {
        let mut args = Args::default();
        let mut it = raw.into_iter();
        while let Some(a) = it.next() {
            let (name, inline) = match a.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
                _ => (a.clone(), None),
            };
            let mut value = |flag: &str| {
                inline
                    .clone()
                    .or_else(|| it.next())
                    .ok_or_else(|| usage_error(format!("{flag} needs a value")))
            };
            match name.as_str() {
                "--content" => args.content = Some(PathBuf::from(value("--content")?)),
                "--format" => args.format = Some(value("--format")?),
                "--today" => args.today = Some(value("--today")?),
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
        let args = parse_args(raw)?;
        if iterations.is_some() && args.command.as_deref() != Some("bench") {
            return Err(usage_error("--iterations is only for bench"));
        }
        if args.strict && args.command.as_deref() != Some("coverage") {
            return Err(usage_error("--strict is only for coverage"));
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
                check(&read(&content_dir)?, today)
            }
            Some("graph") => {
                no_extra(&args, 0)?;
                let format = args.format.as_deref().unwrap_or("mermaid");
                if !matches!(format, "mermaid" | "dot") {
                    return Err(usage_error(format!(
                        "unknown format \"{format}\"; use mermaid or dot"
                    )));
                }
                graph(&read(&content_dir)?, format)
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
                run(&read(&content_dir)?, file, today)
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
                explain(&read(&content_dir)?, file, today)
            }
            Some("coverage") => {
                no_extra(&args, 1)?;
                let dir = args
                    .positional
                    .first()
                    .map_or_else(|| PathBuf::from("tests/scenarios"), PathBuf::from);
                coverage(&read(&content_dir)?, &dir, args.strict)
            }
            Some("translations") => {
                no_extra(&args, 0)?;
                translations(&read(&content_dir)?)
            }
            Some("bench") => {
                no_extra(&args, 0)?;
                bench::run(&read(&content_dir)?, iterations.unwrap_or(50))
            }
            Some(other) => Err(usage_error(format!("unknown command \"{other}\""))),
        }
    }

    fn read(dir: &std::path::Path) -> Result<Vec<SourceFile>, Failure> {
        read_dir(dir).map_err(|e| Failure(format!("cannot read {}: {e}", dir.display()), 1))
    }

    fn plural(n: usize, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }

    /// Today by the system clock (UTC), for how old the sources' checks are.
    fn system_today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days((secs / 86_400) as i64)
    }

    /// The source coverage, and every check more than a year old (a warning, not a failure).
    fn print_sources(c: &Content, today: Date) {
        let cov = signpost::engine::sources::coverage(c, today);
        println!(
            "Sources: {} of {} steps name their source ({} %).",
            cov.with_source,
            cov.total,
            cov.percent()
        );
        for m in &cov.missing {
            println!(
                "  no source: step \"{}\" (listed by {})",
                m.step, m.listed_by
            );
        }
        for (step, day, file) in &cov.stale {
            println!(
                "warning: {file}: step \"{step}\" was last checked on {day}, more than a year \
                 ago; check it against its sources again and update \"checked\""
            );
        }
    }

    fn check(files: &[SourceFile], today: Date) -> Result<(), Failure> {
        match load_and_validate(files) {
            Ok(c) => {
                print_sources(&c, today);
                let count = |kind: &str| c.nodes.iter().filter(|n| n.kind_name() == kind).count();
                let codes: Vec<&str> = c.locale_codes().into_iter().collect();
                println!(
                    "The content is ready: {}, {}, {}, {}, {}, {} ({}). Tree version {}.",
                    plural(count("question"), "question", "questions"),
                    plural(count("route"), "route", "routes"),
                    plural(count("outcome"), "outcome", "outcomes"),
                    plural(c.guides.len(), "guide", "guides"),
                    plural(c.services.len(), "service", "services"),
                    plural(codes.len(), "locale", "locales"),
                    codes.join(", "),
                    c.version
                );
                Ok(())
            }
            Err(errors) => {
                for e in &errors.0 {
                    println!("{e}");
                }
                let n = errors.0.len();
                Err(Failure(
                    format!(
                        "{} in the content. See content/README.md.",
                        plural(n, "problem", "problems")
                    ),
                    1,
                ))
            }
        }
    }

    /// A table of each locale's coverage; exits 1 when a locale that must be complete is not.
    fn translations(files: &[SourceFile]) -> Result<(), Failure> {
        let (content, _) = signpost::engine::load(files);
        let rows = signpost::engine::translations::coverage(&content);
        println!("| locale | translated | of | coverage | status | must be complete |");
        println!("|---|---:|---:|---:|---|---|");
        for r in &rows {
            let pct = if r.total == 0 {
                100.0
            } else {
                100.0 * r.translated as f64 / r.total as f64
            };
            println!(
                "| {} | {} | {} | {:.1} % | {} | {} |",
                r.locale,
                r.translated,
                r.total,
                pct,
                if r.draft { "draft" } else { "reviewed" },
                if r.must_be_complete { "yes" } else { "no" }
            );
        }
        for r in rows.iter().filter(|r| !r.missing.is_empty()) {
            println!(
                "\n{} lacks {}: {}",
                r.locale,
                r.missing.len(),
                r.missing.join(", ")
            );
        }
        match rows
            .iter()
            .find(|r| r.must_be_complete && !r.missing.is_empty())
        {
            Some(r) => Err(Failure(format!("locale {} must be complete", r.locale), 1)),
            None => Ok(()),
        }
    }

    /// Loads the content (which must be valid) and the scenario `file`, and runs it.
    fn run_scenario(
        files: &[SourceFile],
        file: &str,
        today: Option<Date>,
    ) -> Result<(Content, Scenario, scenario::ScenarioResult), Failure> {
        let text = std::fs::read_to_string(file)
            .map_err(|e| Failure(format!("cannot read {file}: {e}"), 1))?;
        let s = Scenario::from_json(&text).map_err(|e| Failure(format!("{file}: {e}"), 1))?;
        let files = match s.nation.as_deref() {
            Some(n) => signpost::engine::nation::for_nation(files, n),
            None => files.to_vec(),
        };
        let content = load_and_validate(&files).map_err(|e| {
            Failure(
                format!("{e}Fix the content first (signpost check) before running scenarios."),
                1,
            )
        })?;
        let result =
            scenario::run(&content, &s, today).map_err(|e| Failure(format!("{file}: {e}"), 1))?;
        Ok((content, s, result))
    }

    fn run(files: &[SourceFile], file: &str, today: Option<Date>) -> Result<(), Failure> {
        let (content, s, result) = run_scenario(files, file, today)?;
        let json = serde_json::to_string_pretty(&result).expect("results serialize");
        println!("{json}");
        if let Some(expect) = &s.expect {
            let mut problems = scenario::check(expect, &result);
            if let (Some(summary), Some(day)) = (&expect.summary, today.or(s.today)) {
                problems.extend(signpost::scenario_summary::check_summary(
                    &content, &result, day, summary,
                ));
            }
            if !problems.is_empty() {
                let lines: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
                return Err(Failure(
                    format!(
                        "{file}: the result is not what the scenario expects:\n{}",
                        lines.join("\n")
                    ),
                    1,
                ));
            }
            eprintln!("{file}: as expected");
        }
        Ok(())
    }

    /// Runs a scenario and prints, in the default locale's words, why it ends where it does.
    /// Members are matched as a referral summary would with nothing but the flags: the
    /// scenario has no area, language or contact details.
    fn explain(files: &[SourceFile], file: &str, today: Option<Date>) -> Result<(), Failure> {
        use signpost::engine::explain::{describe, explain};
        use signpost::engine::matching::{match_members, MatchRequest, TOP_MEMBERS};
        let (content, s, result) = run_scenario(files, file, today)?;
        // run() has already refused a scenario without a date.
        let today = today.or(s.today).expect("run needs a date");
        let evaluation = signpost::engine::evaluate(&content, &result.answers, today)
            .map_err(|e| Failure(format!("{file}: {e}"), 1))?;
        let mut explanation = explain(&content, &result.answers, &evaluation, today);
        if result.tier.is_referral() {
            let request = MatchRequest {
                tier: result.tier,
                flags: &evaluation.flags,
                area: None,
                language: None,
                channel: None,
                withheld: vec![],
            };
            explanation.members = match_members(&content, &request)
                .into_iter()
                .take(TOP_MEMBERS)
                .collect();
        }
        let locale = content
            .settings
            .as_ref()
            .map_or("en-GB", |s| s.default_locale.as_str());
        let t = signpost::i18n::Translator::new(&content, locale);
        for line in describe(&content, &explanation, &|id| t.text(id)) {
            println!("{line}");
        }
        Ok(())
    }

    /// Runs every scenario in `dir` and lists what none of them exercises. Exits 1 when an
    /// outcome is never reached (`strict`: or a question or option).
    fn coverage(files: &[SourceFile], dir: &Path, strict: bool) -> Result<(), Failure> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .and_then(|entries| {
                entries
                    .map(|e| e.map(|e| e.path()))
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(|e| Failure(format!("cannot read {}: {e}", dir.display()), 1))?;
        paths.retain(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"));
        paths.sort();
        if paths.is_empty() {
            return Err(Failure(
                format!("{} has no scenario files (*.json)", dir.display()),
                1,
            ));
        }
        let content = load_and_validate(files).map_err(|e| {
            Failure(
                format!("{e}Fix the content first (signpost check) before running scenarios."),
                1,
            )
        })?;
        let mut exercised = Exercised::default();
        let mut not_run = 0;
        for p in &paths {
            let ran = std::fs::read_to_string(p)
                .map_err(|e| e.to_string())
                .and_then(|text| Scenario::from_json(&text).map_err(|e| e.to_string()))
                .and_then(|s| match scenario::run(&content, &s, None) {
                    Ok(r) => Ok((s, r)),
                    Err(e) => Err(e.to_string()),
                });
            match ran {
                Ok((_, r)) => exercised.add_scenario(&r),
                Err(e) => {
                    not_run += 1;
                    println!("{}: cannot run, so it is not counted: {e}", p.display());
                }
            }
        }
        let cov = exercised.coverage(&content);
        let mut summary = cov.summary();
        if not_run > 0 {
            summary.push_str(&format!(
                " ({} could not run)",
                plural(not_run, "scenario", "scenarios")
            ));
        }
        println!("{summary}");
        for line in cov
            .outcome_lines()
            .into_iter()
            .chain(cov.question_lines())
            .chain(cov.option_lines())
        {
            println!("{line}");
        }
        let outcomes = cov.uncovered_outcomes.len();
        let (questions, options) = (cov.uncovered_questions.len(), cov.uncovered_options.len());
        if outcomes > 0 {
            return Err(Failure(
                format!(
                    "{} never reached by a scenario: add a scenario for each (see content/README.md).",
                    plural(outcomes, "outcome is", "outcomes are")
                ),
                1,
            ));
        }
        if strict && questions + options > 0 {
            return Err(Failure(
                format!(
                    "{} and {} are never exercised by a scenario (--strict).",
                    plural(questions, "question", "questions"),
                    plural(options, "option", "options")
                ),
                1,
            ));
        }
        Ok(())
    }

    // ---- graph ----

    fn graph(files: &[SourceFile], format: &str) -> Result<(), Failure> {
        // Not validated: a diagram helps most while the content is still being written.
        let (content, problems) = load(files);
        if !problems.is_empty() {
            eprintln!(
                "note: the content has {}; the graph shows what could be read. Run `signpost check`.",
                plural(problems.len(), "problem", "problems")
            );
        }
        let titles = english(&content);
        let mut edges = edges(&content);
        let nodes = in_path_order(&content, &edges);
        let position = |id: &str| nodes.iter().position(|n| n.id().as_str() == id);
        edges.sort_by_key(|e| position(&e.from));
        let out = if format == "dot" {
            dot(&nodes, &titles, &edges)
        } else {
            mermaid(&nodes, &titles, &edges)
        };
        print!("{out}");
        Ok(())
    }

    /// The nodes from the start, breadth first, so diagrams read top-down; then any the
    /// start does not reach, in file order.
    fn in_path_order<'a>(content: &'a Content, edges: &[Edge]) -> Vec<&'a Node> {
        let mut order: Vec<&Node> = Vec::new();
        let mut queue: std::collections::VecDeque<&str> =
            content.start().map(|s| s.as_str()).into_iter().collect();
        while let Some(id) = queue.pop_front() {
            let Some(node) = content.nodes.iter().find(|n| n.id().as_str() == id) else {
                continue;
            };
            if order.iter().any(|n| n.id() == node.id()) {
                continue;
            }
            order.push(node);
            queue.extend(edges.iter().filter(|e| e.from == id).map(|e| e.to.as_str()));
        }
        for node in &content.nodes {
            if !order.iter().any(|n| n.id() == node.id()) {
                order.push(node);
            }
        }
        order
    }

    /// Message id -> text in the default locale, placeables shown as `{…}`.
    fn english(content: &Content) -> BTreeMap<String, String> {
        signpost::engine::translations::default_locale_texts(content, "{…}")
    }

    struct Edge {
        from: String,
        to: String,
        label: String,
    }

    fn edges(content: &Content) -> Vec<Edge> {
        let mut out = Vec::new();
        for node in &content.nodes {
            let from = node.id().to_string();
            let rules = match node {
                Node::Question(q) => {
                    // Options that lead somewhere of their own, grouped by where they go.
                    let mut by_target: Vec<(String, Vec<&str>)> = Vec::new();
                    for o in &q.options {
                        if let Some(to) = &o.goto {
                            match by_target.iter_mut().find(|(t, _)| t == to.as_str()) {
                                Some((_, ids)) => ids.push(o.id.as_str()),
                                None => by_target.push((to.to_string(), vec![o.id.as_str()])),
                            }
                        }
                    }
                    for (to, ids) in by_target {
                        out.push(Edge {
                            from: from.clone(),
                            to,
                            label: ids.join(", "),
                        });
                    }
                    let rest: Vec<&str> = q
                        .options
                        .iter()
                        .filter(|o| o.goto.is_none())
                        .map(|o| o.id.as_str())
                        .collect();
                    let choice = matches!(q.input, InputType::SingleChoice | InputType::YesNo);
                    if choice && rest.is_empty() && !q.options.is_empty() {
                        // Every option has its own goto: the rules are never used.
                        continue;
                    }
                    let only_unconditional = q.next.len() == 1 && q.next[0].when.is_none();
                    if only_unconditional && choice && rest.len() <= 3 {
                        out.push(Edge {
                            from: from.clone(),
                            to: q.next[0].goto.to_string(),
                            label: rest.join(", "),
                        });
                        continue;
                    }
                    &q.next
                }
                Node::Route(r) => &r.next,
                Node::Outcome(_) => continue,
            };
            let single = rules.len() == 1;
            for rule in rules {
                let label = match &rule.when {
                    Some(c) => render(content, c),
                    None if single => String::new(),
                    None => "otherwise".into(),
                };
                out.push(Edge {
                    from: from.clone(),
                    to: rule.goto.to_string(),
                    label,
                });
            }
        }
        out
    }

    /// A short, readable form of a condition for edge labels.
    fn render(content: &Content, c: &Condition) -> String {
        let inner = |c: &Condition| match c {
            Condition::All(v) | Condition::Any(v) if v.len() > 1 => {
                format!("({})", render(content, c))
            }
            _ => render(content, c),
        };
        match c {
            Condition::All(v) => v.iter().map(inner).collect::<Vec<_>>().join(" and "),
            Condition::Any(v) => v.iter().map(inner).collect::<Vec<_>>().join(" or "),
            Condition::Not(c) => format!("not {}", inner(c)),
            Condition::Flag(f) => format!("flag {f}"),
            Condition::Answer {
                question,
                test,
                plus_months,
                plus_days,
            } => {
                let money = content
                    .question(question)
                    .is_some_and(|q| q.input == InputType::Money);
                let mut question = question.to_string();
                if *plus_months > 0 {
                    question.push_str(&format!(" + {plus_months} month(s)"));
                }
                if *plus_days > 0 {
                    question.push_str(&format!(" + {plus_days} day(s)"));
                }
                let n = |x: &f64| {
                    if money {
                        format!("£{x}")
                    } else {
                        format!("{x}")
                    }
                };
                match test {
                    Test::Answered => format!("{question} answered"),
                    Test::Equals(v) => format!("{question} = {v}"),
                    Test::OneOf(vs) => format!("{question} one of {}", vs.join(", ")),
                    Test::Compare(Comparison::AtLeast, x) => format!("{question} ≥ {}", n(x)),
                    Test::Compare(Comparison::AtMost, x) => format!("{question} ≤ {}", n(x)),
                    Test::Compare(Comparison::GreaterThan, x) => {
                        format!("{question} more than {}", n(x))
                    }
                    Test::Compare(Comparison::LessThan, x) => {
                        format!("{question} less than {}", n(x))
                    }
                    Test::WithinWorkingDays(d) => {
                        format!("{question} within {d} working days")
                    }
                    Test::Passed => format!("{question} passed"),
                }
            }
        }
    }

    fn tier_colours(t: Tier) -> (&'static str, &'static str) {
        // GOV.UK colours: red, orange, yellow, blue, green.
        match t {
            Tier::Emergency => ("#d4351c", "#ffffff"),
            Tier::Urgent => ("#f47738", "#0b0c0c"),
            Tier::Referral => ("#ffdd00", "#0b0c0c"),
            Tier::Signpost => ("#1d70b8", "#ffffff"),
            Tier::SelfHelp => ("#00703c", "#ffffff"),
        }
    }

    /// The lines of a node's label: its id, then (outcomes) its tier, then its English title.
    fn label_lines(node: &Node, titles: &BTreeMap<String, String>) -> Vec<String> {
        let title = |m: &str| titles.get(m).cloned().unwrap_or_else(|| m.to_owned());
        match node {
            Node::Question(q) => vec![
                format!("{} ({})", q.id, input_name(q.input)),
                title(q.title.as_str()),
            ],
            Node::Route(r) => vec![r.id.to_string()],
            Node::Outcome(o) => vec![
                format!("{} ({})", o.id, o.tier.as_str()),
                title(o.title.as_str()),
            ],
        }
    }

    fn input_name(t: InputType) -> &'static str {
        match t {
            InputType::SingleChoice => "single choice",
            InputType::MultipleChoice => "multiple choice",
            InputType::YesNo => "yes/no",
            InputType::Money => "money",
            InputType::Date => "date",
            InputType::Number => "number",
            InputType::Text => "text",
        }
    }

    fn mermaid_id(id: &str) -> String {
        let safe: String = id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        format!("n_{safe}")
    }

    fn mermaid_text(s: &str) -> String {
        s.replace('"', "#quot;")
    }

    fn mermaid(nodes: &[&Node], titles: &BTreeMap<String, String>, edges: &[Edge]) -> String {
        let mut out = String::from("flowchart TD\n");
        for node in nodes {
            let id = mermaid_id(node.id().as_str());
            let label = mermaid_text(&label_lines(node, titles).join("<br/>"));
            let line = match node {
                Node::Question(_) => format!("  {id}[\"{label}\"]\n"),
                Node::Route(_) => format!("  {id}{{\"{label}\"}}\n"),
                Node::Outcome(_) => format!("  {id}([\"{label}\"])\n"),
            };
            out.push_str(&line);
        }
        for e in edges {
            let (from, to) = (mermaid_id(&e.from), mermaid_id(&e.to));
            if e.label.is_empty() {
                out.push_str(&format!("  {from} --> {to}\n"));
            } else {
                out.push_str(&format!(
                    "  {from} -->|\"{}\"| {to}\n",
                    mermaid_text(&e.label)
                ));
            }
        }
        for t in Tier::ALL {
            let (fill, text) = tier_colours(t);
            let class = t.as_str().replace('-', "_");
            out.push_str(&format!(
                "  classDef {class} fill:{fill},color:{text},stroke:#0b0c0c\n"
            ));
            let members: Vec<String> = nodes
                .iter()
                .filter_map(|n| match n {
                    Node::Outcome(o) if o.tier == t => Some(mermaid_id(o.id.as_str())),
                    _ => None,
                })
                .collect();
            if !members.is_empty() {
                out.push_str(&format!("  class {} {class}\n", members.join(",")));
            }
        }
        out
    }

    fn dot_text(s: &str) -> String {
        s.replace('\\', "\\\\").replace('"', "\\\"")
    }

    fn dot(nodes: &[&Node], titles: &BTreeMap<String, String>, edges: &[Edge]) -> String {
        let mut out = String::from(
            "digraph signpost {\n  rankdir=TB;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
        );
        for node in nodes {
            let id = dot_text(node.id().as_str());
            let label = label_lines(node, titles)
                .iter()
                .map(|l| dot_text(l))
                .collect::<Vec<_>>()
                .join("\\n");
            let attrs = match node {
                Node::Question(_) => "shape=box".to_owned(),
                Node::Route(_) => "shape=diamond".to_owned(),
                Node::Outcome(o) => {
                    let (fill, text) = tier_colours(o.tier);
                    format!(
                        "shape=box, style=\"rounded,filled\", fillcolor=\"{fill}\", fontcolor=\"{text}\""
                    )
                }
            };
            out.push_str(&format!("  \"{id}\" [{attrs}, label=\"{label}\"];\n"));
        }
        for e in edges {
            let (from, to) = (dot_text(&e.from), dot_text(&e.to));
            if e.label.is_empty() {
                out.push_str(&format!("  \"{from}\" -> \"{to}\";\n"));
            } else {
                out.push_str(&format!(
                    "  \"{from}\" -> \"{to}\" [label=\"{}\"];\n",
                    dot_text(&e.label)
                ));
            }
        }
        out.push_str("}\n");
        out
    }

    // ---- bench ----

    /// `signpost bench`: how long loading, validating and evaluating take. A report for
    /// people, not a test: nothing here fails on a slow time.
    mod bench {
        use super::{plural, usage_error, Failure};
        use serde_json::{json, Value};
        use signpost::engine::messages::UI_MESSAGES;
        use signpost::engine::model::{Content, InputType, Node, Question};
        use signpost::engine::{
            evaluate, load_and_validate, Answer, Answers, Date, SourceFile, Step,
        };
        use std::hint::black_box;
        use std::time::Instant;

        /// Questions in the generated tree (a start question, then layers of WIDTH).
        const QUESTIONS: usize = 1000;
        const WIDTH: usize = 9;
        /// Flags f-0 … f-(FLAGS-1) raised along the generated tree.
        const FLAGS: usize = 5;

        /// Takes `--iterations N` (or `--iterations=N`) out of the arguments.
        pub(super) fn take_iterations(
            raw: Vec<String>,
        ) -> Result<(Vec<String>, Option<usize>), Failure> {
            let mut rest = Vec::new();
            let mut found = None;
            let mut it = raw.into_iter();
            while let Some(a) = it.next() {
                let value = if a == "--iterations" {
                    it.next()
                        .ok_or_else(|| usage_error("--iterations needs a value"))?
                } else if let Some(v) = a.strip_prefix("--iterations=") {
                    v.to_owned()
                } else {
                    rest.push(a);
                    continue;
                };
                match value.parse::<usize>() {
                    Ok(n) if n > 0 => found = Some(n),
                    _ => {
                        return Err(usage_error(format!(
                            "--iterations \"{value}\" is not a whole number of 1 or more"
                        )))
                    }
                }
            }
            Ok((rest, found))
        }

        pub(super) fn run(shipped: &[SourceFile], iterations: usize) -> Result<(), Failure> {
            let content = load_and_validate(shipped).map_err(|e| {
                Failure(
                    format!("{e}Fix the content first (signpost check) before benchmarking."),
                    1,
                )
            })?;
            let generated = generate();
            // The generated tree must be content an author could ship, or its times mean little.
            let big = load_and_validate(&generated).map_err(|e| {
                Failure(format!("the generated tree is not valid content:\n{e}"), 1)
            })?;
            assert_eq!(big.questions().count(), QUESTIONS);
            let today = Date::new(2026, 11, 23).expect("a real date");
            let (shipped_answers, shipped_path) =
                full_path(&content, today, |q, _| longest(&content, q))?;
            let (big_answers, big_path) = full_path(&big, today, |q, i| {
                // Turn by turn: options with a goto, and the rules (which read earlier answers).
                Answer::Choice(q.options[i % q.options.len()].id.clone())
            })?;

            let bytes = |files: &[SourceFile]| files.iter().map(|f| f.text.len()).sum::<usize>();
            let rows = [
                (
                    format!(
                        "load+validate shipped content ({}, {} KB, {})",
                        plural(shipped.len(), "file", "files"),
                        bytes(shipped) / 1024,
                        plural(content.questions().count(), "question", "questions"),
                    ),
                    time(iterations, || load_and_validate(shipped).is_ok()),
                ),
                (
                    format!(
                        "load+validate generated tree ({}, {} KB, {QUESTIONS} questions)",
                        plural(generated.len(), "file", "files"),
                        bytes(&generated) / 1024,
                    ),
                    time(iterations, || load_and_validate(&generated).is_ok()),
                ),
                (
                    format!(
                        "evaluate a full path, shipped content ({} to {})",
                        plural(shipped_path.0, "question", "questions"),
                        shipped_path.1,
                    ),
                    time(iterations, || {
                        evaluate(&content, &shipped_answers, today).is_ok()
                    }),
                ),
                (
                    format!(
                        "evaluate a full path, generated tree ({} to {})",
                        plural(big_path.0, "question", "questions"),
                        big_path.1,
                    ),
                    time(iterations, || evaluate(&big, &big_answers, today).is_ok()),
                ),
            ];
            let width = rows
                .iter()
                .map(|(w, _)| w.chars().count())
                .max()
                .unwrap_or(0);
            println!(
                "signpost bench: {} each, times in microseconds",
                plural(iterations, "iteration", "iterations")
            );
            println!();
            println!(
                "{:<width$}  {:>10}  {:>10}  {:>10}",
                "what", "min", "median", "p95"
            );
            for (what, (min, median, p95)) in &rows {
                println!("{what:<width$}  {min:>10.1}  {median:>10.1}  {p95:>10.1}");
            }
            Ok(())
        }

        /// Runs `f` `n` times (after one run to warm up) and returns the fastest time, the
        /// median and the 95th percentile (nearest rank), in microseconds. On a shared machine
        /// the median moves with whatever else runs; the fastest run shows the work itself.
        fn time(n: usize, mut f: impl FnMut() -> bool) -> (f64, f64, f64) {
            assert!(black_box(f()), "the benchmarked step failed");
            let mut times: Vec<f64> = (0..n)
                .map(|_| {
                    let start = Instant::now();
                    black_box(f());
                    start.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            times.sort_by(f64::total_cmp);
            let median = if n % 2 == 1 {
                times[n / 2]
            } else {
                (times[n / 2 - 1] + times[n / 2]) / 2.0
            };
            let rank = (n * 95).div_ceil(100).max(1);
            (times[0], median, times[rank - 1])
        }

        /// Answers the questions the path asks, each with `answer(question, how many
        /// answered so far)`, until an outcome: the answers, with the path's length and outcome.
        fn full_path(
            content: &Content,
            today: Date,
            answer: impl Fn(&Question, usize) -> Answer,
        ) -> Result<(Answers, (usize, String)), Failure> {
            let mut answers = Answers::new();
            for _ in 0..=content.nodes.len() {
                let ev = evaluate(content, &answers, today)
                    .map_err(|e| Failure(format!("cannot evaluate the content: {e}"), 1))?;
                match ev.step {
                    Step::Outcome(o) => return Ok((answers, (ev.path.len(), o.to_string()))),
                    Step::Question(q) => {
                        let question = content.question(&q).expect("the step is a question");
                        let a = answer(question, answers.len());
                        answers.insert(q, a);
                    }
                }
            }
            Err(Failure("the path never reaches an outcome".into(), 1))
        }

        /// An answer that keeps the path going for as long as it can: an option that leads to
        /// another question, or else to the question's rules; every ordinary box ticked;
        /// amounts and dates that raise flags.
        fn longest(content: &Content, q: &Question) -> Answer {
            let clamp = |x: f64| x.max(q.min.unwrap_or(x)).min(q.max.unwrap_or(x));
            match q.input {
                InputType::SingleChoice | InputType::YesNo => {
                    let o = q
                        .options
                        .iter()
                        .find(|o| {
                            o.goto
                                .as_ref()
                                .is_some_and(|g| content.question(g).is_some())
                        })
                        .or_else(|| q.options.iter().find(|o| o.goto.is_none()))
                        .unwrap_or(&q.options[0]);
                    Answer::Choice(o.id.clone())
                }
                InputType::MultipleChoice => Answer::Choices(
                    q.options
                        .iter()
                        .filter(|o| !o.exclusive)
                        .map(|o| o.id.clone())
                        .collect(),
                ),
                InputType::Money => Answer::Money((clamp(5000.0) * 100.0).round() as i64),
                InputType::Number => Answer::Number(clamp(2.0).round() as i64),
                InputType::Date => Answer::Date(Date::new(2026, 11, 26).expect("a real date")),
                InputType::Text => Answer::Text("Help with my bills".into()),
            }
        }

        // The generated tree:
        //
        //   start (9 options, each to one column of layer 0)
        //   q-K-J, K = 0 … 110, J = 0 … 8: single choice a, b, c, d
        //     a: goto q-(K+1)-J                          (same column)
        //     b: goto q-(K+1)-(J+1), raises a flag       (next column: branches rejoin)
        //     c, d: the rules, which read this answer, the one before it in the column, flags
        //   choose: a route that raises a flag from two others and picks one of five outcomes.

        fn question_id(k: usize, j: usize) -> String {
            format!("q-{k}-{j}")
        }

        fn layers() -> usize {
            (QUESTIONS - 1) / WIDTH
        }

        /// Where layer `k`, column `j` leads: the next layer, or the route after the last.
        fn next_id(k: usize, j: usize) -> String {
            if k + 1 < layers() {
                question_id(k + 1, j % WIDTH)
            } else {
                "choose".into()
            }
        }

        fn option(question: &str, o: &str, goto: Option<String>, flags: &[String]) -> Value {
            let mut v = json!({"id": o, "label": format!("{question}-{o}")});
            if let Some(g) = goto {
                v["goto"] = json!(g);
            }
            if !flags.is_empty() {
                v["flags"] = json!(flags);
            }
            v
        }

        fn generated_question(k: usize, j: usize) -> Value {
            let id = question_id(k, j);
            // The question before this one in its column (layer 0: the start question, whose
            // options are named a … i so the same tests fit both).
            let before = if k == 0 {
                "start".to_owned()
            } else {
                question_id(k - 1, j)
            };
            let flag = |n: usize| format!("f-{}", n % FLAGS);
            json!({
                "kind": "question",
                "id": id,
                "type": "single_choice",
                "title": format!("{id}-title"),
                "options": [
                    option(&id, "a", Some(next_id(k, j)), &[]),
                    option(&id, "b", Some(next_id(k, j + 1)), &[flag(k + j)]),
                    option(&id, "c", None, &[]),
                    option(&id, "d", None, &[]),
                ],
                "flags": [
                    {"flag": flag(k), "if": {"answer": before, "equals": "d"}}
                ],
                "next": [
                    {"if": {"all": [{"answer": before, "equals": "b"},
                                    {"answer": id, "equals": "c"}]},
                     "goto": next_id(k, j + 2)},
                    {"if": {"any": [{"flag": flag(j)},
                                    {"not": {"answer": before, "one_of": ["a", "c"]}}]},
                     "goto": next_id(k, j + WIDTH - 1)},
                    {"goto": next_id(k, j)}
                ]
            })
        }

        const OUTCOMES: [(&str, &str); 5] = [
            ("o-emergency", "emergency"),
            ("o-urgent", "urgent"),
            ("o-referral", "referral"),
            ("o-signpost", "signpost"),
            ("o-self-help", "self-help"),
        ];

        /// The files of a valid content set with `QUESTIONS` questions.
        fn generate() -> Vec<SourceFile> {
            let file = |path: &str, v: &Value| SourceFile {
                path: path.to_owned(),
                text: serde_json::to_string_pretty(v).expect("JSON serializes"),
            };
            let mut files = Vec::new();
            files.push(file(
                "settings.json",
                &json!({"start": "start", "default_locale": "en-GB", "locales": ["en-GB"],
                        "bank_holidays": ["2026-12-25", "2026-12-28", "2027-01-01"]}),
            ));
            let mut flags: Vec<Value> = (0..FLAGS)
                .map(|n| json!({"id": format!("f-{n}"), "kind": "need", "label": format!("flag-f-{n}")}))
                .collect();
            flags.push(json!({"id": "many", "kind": "risk", "label": "flag-many"}));
            files.push(file("flags.json", &json!({ "flags": flags })));

            let letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
            assert_eq!(letters.len(), WIDTH);
            let start = json!({
                "kind": "question", "id": "start", "type": "single_choice", "title": "q-start",
                "options": (0..WIDTH)
                    .map(|j| option("start", letters[j], Some(question_id(0, j)), &[]))
                    .collect::<Vec<_>>()
            });
            let last = layers() - 1;
            let route = json!({
                "kind": "route", "id": "choose",
                "flags": [{"flag": "many", "if": {"all": [{"flag": "f-0"}, {"flag": "f-1"}]}}],
                "next": [
                    {"if": {"answer": question_id(last, 0), "equals": "d"}, "goto": "o-emergency"},
                    {"if": {"flag": "many"}, "goto": "o-referral"},
                    {"if": {"flag": "f-2"}, "goto": "o-signpost"},
                    {"if": {"any": [{"flag": "f-3"}, {"flag": "f-4"}]}, "goto": "o-urgent"},
                    {"goto": "o-self-help"}
                ]
            });
            let outcomes: Vec<Value> = OUTCOMES
                .iter()
                .map(|(id, tier)| {
                    json!({"kind": "outcome", "id": id, "tier": tier, "title": format!("{id}-title"),
                           "summary": format!("{id}-summary"), "next_steps": [format!("{id}-step")]})
                })
                .collect();
            // A file of nodes per ten layers, as authors split a big tree.
            let mut first = vec![start, route];
            first.extend(outcomes);
            files.push(file("tree/start.json", &json!({ "nodes": first })));
            for chunk in 0..layers().div_ceil(10) {
                let nodes: Vec<Value> = (chunk * 10..((chunk + 1) * 10).min(layers()))
                    .flat_map(|k| (0..WIDTH).map(move |j| generated_question(k, j)))
                    .collect();
                files.push(file(
                    &format!("tree/layers-{chunk:02}.json"),
                    &json!({ "nodes": nodes }),
                ));
            }

            // Words for every message the tree refers to, and the app's own.
            let (content, _) = signpost::engine::load(&files);
            let mut ftl = String::new();
            for node in &content.nodes {
                if let Node::Question(q) = node {
                    ftl.push_str(&format!("{} = Question {}?\n", q.title, q.id));
                    for o in &q.options {
                        if let Some(l) = &o.label {
                            ftl.push_str(&format!("{l} = Option {}\n", o.id));
                        }
                    }
                }
            }
            for (id, tier) in OUTCOMES {
                ftl.push_str(&format!(
                    "{id}-title = The {tier} result\n{id}-summary = What a {tier} result means.\n{id}-step = The first thing to do.\n"
                ));
            }
            for f in &content.flags {
                ftl.push_str(&format!("{} = The flag {}\n", f.label, f.id));
            }
            files.push(SourceFile {
                path: "locales/en-GB/content.ftl".into(),
                text: ftl,
            });
            files.push(SourceFile {
                path: "locales/en-GB/ui.ftl".into(),
                text: UI_MESSAGES.iter().map(|m| format!("{m} = {m}\n")).collect(),
            });
            files
        }
    }
}
