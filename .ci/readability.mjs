#!/usr/bin/env node
// Readability report of the content's text: the Flesch-Kincaid grade level of every message
// of one locale, grouped by where the content uses it, as Markdown on stdout.
//
// Usage: node .ci/readability.mjs [--locale CODE] [--content DIR] [--check] [--all]
//   --locale CODE  the locale to report (default: settings.json's default_locale, else en-GB).
//                  Flesch-Kincaid and the syllable counter are made for English: figures for
//                  other languages are indicative only, and --check does not apply to them.
//   --content DIR  the content folder (default: content/ of this repository).
//   --check        exit 1 when the median grade of question text (question titles and hints)
//                  is above the bar (6.0), any guide step (a guide's "today" or "steps"
//                  entry) is above grade 9, or any of the first words (below) is above grade
//                  5, naming the strings to make easier on stderr.
//   --all          also list every string with its figures, hardest first.
// Run by .ci/bench (the report) and .ci/test (--check). The npm packages are in
// .ci/readability/ (package-lock.json); install them with `(cd .ci/readability && npm ci)`.
//
// Packages (exact versions in .ci/readability/package-lock.json):
//  - @fluent/syntax (Mozilla's official Fluent parser) reads the .ftl files as the app does:
//    multiline messages, attributes, select expressions and placeables.
//  - syllable and flesch-kincaid (wooorm's `words` packages): the English syllable counter and
//    the formula. Chosen over text-readability because they are small ES modules from one
//    well-kept family with a documented API, and leave word and sentence splitting to us:
//    Intl.Segmenter (ICU, built into Node) splits words and sentences properly ("e.g.",
//    "don't", "£1,200.50") where text-readability uses ad-hoc regular expressions.
//
// How a message becomes plain text:
//  - text is kept; lines of a multiline message are joined with a space;
//  - a variable or function placeable ({ $date }, { NUMBER($n) }) becomes the neutral
//    one-syllable word "it", so it counts as one short word ("Last checked it");
//  - message and term references ({ -brand }, { other-message }) are replaced by their text;
//  - a select expression uses its default variant (the *[other] one);
//  - string and number literals ({"."}) are kept as written.
// Numbers (phone numbers, amounts, years) count as one word of one syllable each: the
// syllable counter gives digits none, which would make text with a phone number look easier.
//
// The first words are what a person in crisis reads first, often alone: the safety question
// (settings.json's start node: its title, hint, options and their hints), every outcome a
// question's option interrupts the questions with (and settings.json's safety_outcome): its
// title, summary and every step, and the first step of every outcome (each nation's version).
// None may be above grade 5 (FIRST_BAR); the report lists them as their own group.
//
// Categories come from content/**/*.json, read generically: every string value that equals a
// message id counts as a use of that message, except values of keys that hold ids of other
// things (STRUCTURAL_KEYS, and conditions under "if"). A message used in several places takes
// the first of CATEGORIES that applies.

import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative, resolve, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");
const BAR = 6.0; // the highest median grade allowed for question text (en-GB)
const MIN_WORDS = 3; // shorter strings are listed but left out of medians and percentiles
const TOP = 15; // how many of the hardest strings to list
const PLACEHOLDER = "it"; // what a variable placeable reads as
const TRUNCATE = 80; // characters of text shown per string

const CATEGORIES = ["question", "option", "outcome", "guide", "service", "flag", "ui", "other"];
// Keys whose string values are ids of nodes, options, flags, guides or services, or settings,
// never message ids (an option id "yes" is also the ui message "yes"). Objects under these keys
// are still read, so top-level lists like "flags": [{ … "label": "flag-x" }] count.
const STRUCTURAL_KEYS = new Set([
  "id", "kind", "type", "tier", "goto", "start", "answer", "equals", "flag", "flags", "needs",
  "guides", "services", "channel", "value", "name", "organisation", "service_area", "languages",
  "membership", "last_reviewed", "default_locale", "locales", "complete_locales", "bank_holidays",
  "step", "not_for",
]);
const STEP_BAR = 9.0; // the highest grade allowed for any one guide step (en-GB)
const FIRST_BAR = 5.0; // the highest grade allowed for any of the first words (en-GB)
const STEP_LISTS = new Set(["today", "steps"]); // a guide's lists of steps
const NATIONS = new Set(["England", "Wales", "Scotland", "Northern Ireland"]); // nation variants
// Keys whose whole value is skipped: conditions only name questions, options and flags.
const SKIPPED_KEYS = new Set(["if"]);

function usage(problem) {
  if (problem) console.error(`readability: ${problem}`);
  console.error("usage: node .ci/readability.mjs [--locale CODE] [--content DIR] [--check] [--all]");
  process.exit(problem ? 2 : 0);
}

function parseArgs(argv) {
  const opts = { check: false, all: false, locale: null, content: join(ROOT, "content") };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith("--") ? argv[i].split(/=(.*)/s, 2) : [argv[i]];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") usage(`${flag} needs a value`);
      return v;
    };
    if (flag === "--check") opts.check = true;
    else if (flag === "--all") opts.all = true;
    else if (flag === "--locale") opts.locale = value();
    else if (flag === "--content") opts.content = resolve(value());
    else if (flag === "--help" || flag === "-h") usage();
    else usage(`unknown argument ${argv[i]}`);
  }
  return opts;
}

async function loadDeps() {
  try {
    return await import("./readability/deps.mjs");
  } catch (err) {
    console.error(`readability: cannot load the npm packages (${err.code ?? err.message}).`);
    console.error("Install them with: (cd .ci/readability && npm ci)   (.ci/bench and .ci/test do this)");
    process.exit(2);
  }
}

const warn = (msg) => console.error(`readability: warning: ${msg}`);

// ---------------------------------------------------------------------------------------------
// Fluent: messages, terms and their plain text.

function readLocale(fluent, dir) {
  const messages = new Map(); // id -> { id, file, entry }
  const terms = new Map(); // id without the leading "-" -> entry
  const files = readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort();
  for (const file of files) {
    const resource = fluent.parse(readFileSync(join(dir, file), "utf8"), { withSpans: false });
    for (const entry of resource.body) {
      if (entry.type === "Message") {
        if (messages.has(entry.id.name)) warn(`${entry.id.name} is defined twice (${messages.get(entry.id.name).file}, ${file}); using the last`);
        messages.set(entry.id.name, { id: entry.id.name, file, entry });
      } else if (entry.type === "Term") {
        terms.set(entry.id.name, entry);
      } else if (entry.type === "Junk") {
        warn(`${file}: Fluent that does not parse, skipped: ${JSON.stringify(entry.content.trim().slice(0, 60))}`);
      }
    }
  }
  return { messages, terms, files };
}

function makeTextOf(messages, terms) {
  const attribute = (entry, name) => entry.attributes.find((a) => a.id.name === name)?.value ?? null;
  const reference = (entry, attr, depth) => {
    const pattern = entry && (attr ? attribute(entry, attr.name) : entry.value);
    return pattern && depth < 10 ? patternText(pattern, depth + 1) : PLACEHOLDER;
  };
  function expressionText(expr, depth) {
    switch (expr.type) {
      case "StringLiteral":
        return expr.parse().value;
      case "NumberLiteral":
        return expr.value;
      case "MessageReference":
        return reference(messages.get(expr.id.name)?.entry, expr.attribute, depth);
      case "TermReference":
        return reference(terms.get(expr.id.name), expr.attribute, depth);
      case "SelectExpression": {
        const variant = expr.variants.find((v) => v.default) ?? expr.variants[0];
        return variant ? patternText(variant.value, depth) : PLACEHOLDER;
      }
      case "Placeable":
        return expressionText(expr.expression, depth);
      default: // VariableReference, FunctionReference
        return PLACEHOLDER;
    }
  }
  function patternText(pattern, depth = 0) {
    return pattern.elements
      .map((el) => (el.type === "TextElement" ? el.value : expressionText(el.expression, depth)))
      .join("");
  }
  return (pattern) => patternText(pattern).replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------
// Where the content uses each message.

function jsonFiles(dir) {
  const out = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    if (ent.name.startsWith(".") || ent.name === "node_modules") continue;
    const path = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...jsonFiles(path));
    else if (ent.name.endsWith(".json")) out.push(path);
  }
  return out.sort();
}

function classify(contentDir, messageIds) {
  const uses = new Map(); // message id -> [{ category, where }]
  const record = (id, category, where, step) => {
    if (!uses.has(id)) uses.set(id, []);
    uses.get(id).push({ category, where, step });
  };
  const categoryOf = (ctx) => {
    const kind = ctx.node?.kind;
    if (kind === "question") return ctx.inOptions ? "option" : "question";
    if (kind === "outcome") return "outcome";
    const hint = `${ctx.top ?? ""} ${ctx.file}`.toLowerCase();
    if (hint.includes("guid")) return "guide";
    if (hint.includes("service")) return "service";
    if (hint.includes("flag")) return "flag";
    return "other";
  };
  function visit(value, ctx) {
    if (typeof value === "string") {
      if (!ctx.structural && messageIds.has(value)) {
        const where = ctx.node?.id ? `${ctx.file} ${ctx.node.kind ?? ""} ${ctx.node.id}`.replace(/  +/g, " ") : ctx.file;
        const category = categoryOf(ctx);
        record(value, category, where, category === "guide" && STEP_LISTS.has(ctx.list));
      }
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, ctx);
    } else if (value && typeof value === "object") {
      const isNode = ["question", "route", "outcome"].includes(value.kind);
      const base = isNode ? { ...ctx, node: value, inOptions: false } : ctx;
      for (const [key, v] of Object.entries(value)) {
        if (key.startsWith("_") || SKIPPED_KEYS.has(key)) continue;
        visit(v, {
          ...base,
          structural: STRUCTURAL_KEYS.has(key),
          inOptions: base.inOptions || (base.node?.kind === "question" && key === "options"),
          top: base.top ?? key,
          list: STEP_LISTS.has(key) ? key : NATIONS.has(key) ? base.list : null,
        });
      }
    }
  }
  for (const path of jsonFiles(contentDir)) {
    const file = relative(contentDir, path);
    let json;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (err) {
      warn(`${file}: not valid JSON, skipped (${err.message})`);
      continue;
    }
    visit(json, { file, node: null, inOptions: false, structural: false, top: null });
  }
  return uses;
}

// ---------------------------------------------------------------------------------------------
// The first words: the safety question, the interrupts, and every outcome's first step.

/** Message id -> where it is among the first words ("safety question", "interrupt x"...). */
function firstWords(contentDir) {
  const nodes = new Map();
  const treeDir = join(contentDir, "tree");
  for (const f of existsSync(treeDir) ? jsonFiles(treeDir) : []) {
    try {
      for (const n of JSON.parse(readFileSync(f, "utf8")).nodes ?? []) if (n?.id) nodes.set(n.id, n);
    } catch {
      // broken JSON: the checker reports it
    }
  }
  let settings = {};
  try {
    settings = JSON.parse(readFileSync(join(contentDir, "settings.json"), "utf8"));
  } catch {
    // the checker reports it
  }
  const found = new Map();
  const add = (id, where) => {
    if (typeof id === "string" && !found.has(id)) found.set(id, where);
  };
  // A step is a message id, or one per nation ({ "England": id, "Wales": id }).
  const stepIds = (step) => (typeof step === "string" ? [step] : Object.values(step ?? {}).filter((v) => typeof v === "string"));
  const safety = nodes.get(settings.start);
  if (safety) {
    add(safety.title, "safety question");
    add(safety.hint, "safety question");
    for (const o of safety.options ?? []) {
      add(o.label, "safety question");
      add(o.hint, "safety question");
    }
  }
  const interrupts = new Set([settings.safety_outcome]);
  for (const n of nodes.values()) for (const o of n.options ?? []) if (o.interrupt) interrupts.add(o.interrupt);
  for (const id of interrupts) {
    const o = nodes.get(id);
    if (!o) continue;
    add(o.title, `interrupt ${id}`);
    add(o.summary, `interrupt ${id}`);
    for (const step of o.next_steps ?? []) for (const m of stepIds(step)) add(m, `interrupt ${id}`);
  }
  for (const n of nodes.values()) {
    if (n.kind !== "outcome") continue;
    for (const m of stepIds((n.next_steps ?? [])[0])) add(m, `first step of ${n.id}`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Counting and statistics.

function makeMeasure(locale, syllable, fleschKincaid) {
  const words = new Intl.Segmenter(locale, { granularity: "word" });
  const sentences = new Intl.Segmenter(locale, { granularity: "sentence" });
  const isNumber = (w) => /\p{N}/u.test(w) && !/\p{L}/u.test(w);
  return (text) => {
    const list = [...words.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
    const syllables = list.reduce((n, w) => n + (isNumber(w) ? 1 : Math.max(1, syllable(w))), 0);
    const sentenceCount = [...sentences.segment(text)].filter((s) =>
      [...words.segment(s.segment)].some((w) => w.isWordLike),
    ).length;
    const counts = { word: list.length, sentence: Math.max(sentenceCount, list.length ? 1 : 0), syllable: syllables };
    return { words: counts.word, sentences: counts.sentence, syllables, grade: fleschKincaid(counts) };
  };
}

// Linear interpolation between the closest ranks (numpy's default).
function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const cell = (s) => s.replace(/\|/g, "\\|");
const truncate = (s) => (s.length > TRUNCATE ? `${s.slice(0, TRUNCATE - 1).trimEnd()}…` : s);

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { fluent, syllable, fleschKincaid } = await loadDeps();
  const contentDir = opts.content;
  const rel = relative(process.cwd(), contentDir);
  const shownDir = rel === "" ? "." : rel.startsWith("..") ? contentDir : rel;
  if (!existsSync(contentDir)) usage(`no content folder ${contentDir}`);

  let defaultLocale = "en-GB";
  try {
    defaultLocale = JSON.parse(readFileSync(join(contentDir, "settings.json"), "utf8")).default_locale ?? defaultLocale;
  } catch {
    // no or broken settings.json: the checker reports it; en-GB it is
  }
  const locale = opts.locale ?? defaultLocale;
  const english = /^en\b/i.test(locale);
  const localeDir = join(contentDir, "locales", locale);
  if (!existsSync(localeDir)) usage(`no locale folder ${join(shownDir, "locales", locale)}`);

  const { messages, terms, files } = readLocale(fluent, localeDir);
  const textOf = makeTextOf(messages, terms);
  const uses = classify(contentDir, new Set(messages.keys()));
  const measure = makeMeasure(locale, syllable, fleschKincaid);

  const rows = [];
  let noValue = 0;
  for (const { id, file, entry } of messages.values()) {
    const found = uses.get(id) ?? [];
    const category =
      CATEGORIES.find((c) => found.some((u) => u.category === c)) ??
      (basename(file) === "ui.ftl" ? "ui" : "other");
    const where = [...new Set(found.map((u) => u.where))];
    const add = (key, pattern) => {
      const text = textOf(pattern);
      const m = measure(text);
      const step = found.some((u) => u.step);
      rows.push({ id: key, category, text, where, step, ...m, counted: m.words >= MIN_WORDS && Number.isFinite(m.grade) });
    };
    if (entry.value) add(id, entry.value);
    else noValue++;
    for (const attr of entry.attributes) add(`${id}.${attr.id.name}`, attr.value);
  }

  const out = [];
  out.push(
    `Flesch-Kincaid grade level (a US school grade: grade 4 is about age 9) of every message in ` +
      `${join(shownDir, "locales", locale)} (${rows.length} strings from ${files.length} files` +
      `${noValue ? `; ${noValue} messages without a value skipped` : ""}).`,
  );
  if (!english) {
    out.push("", `**${locale} is not English:** Flesch-Kincaid and the syllable counter are calibrated for English, so these figures are indicative only and the bar does not apply. In scripts the counter does not know (such as Arabic), every word counts as one syllable.`);
  }
  out.push(
    "",
    `Text is read with @fluent/syntax: a variable such as { $date } counts as the word "${PLACEHOLDER}", ` +
      `references are resolved, select expressions use their default variant, and a number counts ` +
      `as one word of one syllable. Strings of fewer than ${MIN_WORDS} words (such as "Yes" or "Continue") ` +
      `are in the "strings" column but left out of the other columns and of the hardest strings (use --all to see them). ` +
      `The category is where ${shownDir}/**/*.json uses the message id: question = a question's ` +
      `title or hint, option = an option's label or hint, ui = ui.ftl messages that no JSON file uses.`,
    "",
    `| category | strings | counted (${MIN_WORDS}+ words) | median grade | 90th percentile | max |`,
    "|---|---:|---:|---:|---:|---:|",
  );
  const summary = (label, group) => {
    const grades = group.filter((r) => r.counted).map((r) => r.grade).sort((a, b) => a - b);
    out.push(`| ${label} | ${group.length} | ${grades.length} | ${fmt(quantile(grades, 0.5))} | ${fmt(quantile(grades, 0.9))} | ${fmt(grades.at(-1))} |`);
    return grades;
  };
  let questionGrades = [];
  for (const c of CATEGORIES) {
    const group = rows.filter((r) => r.category === c);
    if (!group.length) continue;
    const grades = summary(c, group);
    if (c === "question") questionGrades = grades;
  }
  summary("**all**", rows);
  const first = firstWords(contentDir);
  const firstRows = rows.filter((r) => first.has(r.id));
  summary("*first words*", firstRows);

  const counted = rows.filter((r) => r.counted).sort((a, b) => b.grade - a.grade || a.id.localeCompare(b.id));
  out.push(
    "",
    `### The ${Math.min(TOP, counted.length)} hardest strings`,
    "",
    "| id | category | grade | words | sentences | text |",
    "|---|---|---:|---:|---:|---|",
  );
  for (const r of counted.slice(0, TOP)) {
    out.push(`| ${r.id} | ${r.category} | ${fmt(r.grade)} | ${r.words} | ${r.sentences} | ${cell(truncate(r.text))} |`);
  }

  if (opts.all) {
    const all = [...rows].sort((a, b) => (b.counted - a.counted) || (b.grade || 0) - (a.grade || 0) || a.id.localeCompare(b.id));
    out.push("", "### Every string", "", "| id | category | grade | words | sentences | syllables | counted | used by | text |", "|---|---|---:|---:|---:|---:|---|---|---|");
    for (const r of all) {
      out.push(`| ${r.id} | ${r.category} | ${fmt(r.grade)} | ${r.words} | ${r.sentences} | ${r.syllables} | ${r.counted ? "yes" : "no"} | ${cell(r.where.join(", ") || "–")} | ${cell(r.text)} |`);
    }
  }

  const median = quantile(questionGrades, 0.5);
  const over = !(median <= BAR); // NaN (no question text) counts as over
  let verdict;
  if (!questionGrades.length) verdict = "question text: none found (is the content layout different?)";
  else if (!english) verdict = `question text: median grade ${fmt(median)} (bar: ${fmt(BAR)} applies to English only; indicative)`;
  else verdict = `question text: median grade ${fmt(median)} (bar: ${fmt(BAR)}) ${over ? "OVER" : "OK"}`;
  const hardSteps = rows
    .filter((r) => r.step && r.counted && r.grade > STEP_BAR)
    .sort((a, b) => b.grade - a.grade);
  const stepGrades = rows.filter((r) => r.step && r.counted).map((r) => r.grade).sort((a, b) => a - b);
  const stepVerdict = english
    ? `guide steps: ${stepGrades.length}, hardest grade ${fmt(stepGrades.at(-1))} (bar: none above ${fmt(STEP_BAR)}) ${hardSteps.length ? "OVER" : "OK"}`
    : `guide steps: hardest grade ${fmt(stepGrades.at(-1))} (bar: ${fmt(STEP_BAR)} applies to English only; indicative)`;
  const hardFirst = firstRows.filter((r) => r.counted && r.grade > FIRST_BAR).sort((a, b) => b.grade - a.grade);
  const firstGrades = firstRows.filter((r) => r.counted).map((r) => r.grade).sort((a, b) => a - b);
  out.push(
    "",
    `### The first words (${firstRows.length}: the safety question, the interrupts, every outcome's first step), hardest first`,
    "",
    "| id | where | grade | words | text |",
    "|---|---|---:|---:|---|",
  );
  for (const r of [...firstRows].sort((a, b) => (b.grade || 0) - (a.grade || 0) || a.id.localeCompare(b.id)).slice(0, TOP)) {
    out.push(`| ${r.id} | ${first.get(r.id)} | ${fmt(r.grade)} | ${r.words} | ${cell(truncate(r.text))} |`);
  }
  const firstVerdict = english
    ? `first words: ${firstGrades.length}, hardest grade ${fmt(firstGrades.at(-1))} (bar: none above ${fmt(FIRST_BAR)}) ${hardFirst.length ? "OVER" : "OK"}`
    : `first words: hardest grade ${fmt(firstGrades.at(-1))} (bar: ${fmt(FIRST_BAR)} applies to English only; indicative)`;
  out.push("", verdict, stepVerdict, firstVerdict);
  console.log(out.join("\n"));

  if (!opts.check) return;
  if (!english) {
    console.error(`readability: --check applies to English only; ${locale} not checked`);
    return;
  }
  let failed = false;
  if (!firstRows.length) {
    console.error("readability: FAILED: no safety question or outcome steps found in the content's JSON files, so the first words cannot be checked.");
    failed = true;
  }
  if (hardFirst.length) {
    const err = [
      "",
      `readability: FAILED: ${hardFirst.length} of the first words ${hardFirst.length === 1 ? "is" : "are"} above grade ${fmt(FIRST_BAR)} in ${locale}. People in crisis read these first, often alone: make each easier (short sentences, everyday words):`,
    ];
    for (const r of hardFirst) {
      err.push(`  - ${r.id} (grade ${fmt(r.grade)}, ${r.words} words, ${r.sentences} sentence${r.sentences === 1 ? "" : "s"}; ${first.get(r.id)}): ${truncate(r.text)}`);
    }
    err.push(`Edit them in ${join(shownDir, "locales", locale)}/*.ftl, then run: node .ci/readability.mjs`);
    console.error(err.join("\n"));
    failed = true;
  }
  if (hardSteps.length) {
    const err = [
      "",
      `readability: FAILED: ${hardSteps.length} guide step${hardSteps.length === 1 ? " is" : "s are"} above grade ${fmt(STEP_BAR)} in ${locale}. People read these alone and act on them: make each easier (shorter sentences, shorter words):`,
    ];
    for (const r of hardSteps) {
      err.push(`  - ${r.id} (grade ${fmt(r.grade)}, ${r.words} words, ${r.sentences} sentence${r.sentences === 1 ? "" : "s"}; ${r.where.join(", ")}): ${truncate(r.text)}`);
    }
    err.push(`Edit them in ${join(shownDir, "locales", locale)}/*.ftl, then run: node .ci/readability.mjs`);
    console.error(err.join("\n"));
    failed = true;
  }
  if (!over) {
    if (failed) process.exit(1);
    return;
  }
  if (!questionGrades.length) {
    console.error("readability: FAILED: no question text found in the content's JSON files, so the bar cannot be checked.");
    process.exit(1);
  }
  const hardest = rows
    .filter((r) => r.category === "question" && r.counted && r.grade > BAR)
    .sort((a, b) => b.grade - a.grade);
  const err = [
    "",
    `readability: FAILED: the median Flesch-Kincaid grade of question text (question titles and hints) in ${locale} is ${fmt(median)}, above the bar of ${fmt(BAR)}.`,
    "Make these question strings easier (shorter sentences, shorter words; split a long hint in two), hardest first:",
  ];
  for (const r of hardest.slice(0, 10)) {
    err.push(`  - ${r.id} (grade ${fmt(r.grade)}, ${r.words} words, ${r.sentences} sentence${r.sentences === 1 ? "" : "s"}; ${r.where.join(", ")}): ${truncate(r.text)}`);
  }
  err.push(`Edit them in ${join(shownDir, "locales", locale)}/*.ftl, then run: node .ci/readability.mjs`);
  console.error(err.join("\n"));
  process.exit(1);
}

await main();
