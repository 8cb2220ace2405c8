// Reads the shipped content (content/tree/*.json, content/locales/<locale>/*.ftl) at test time, so
// specs name questions and options by id and never hard-code wording that authors may change.
// `t(id)` is the default locale (en-GB); `tFor(locale, id)` and the `…For(locale, …)` helpers
// read any locale, falling back to the default message by message as the app does.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "content");

/** Parses the `id = text` messages of a Fluent file (with indented continuation lines). */
export function parseFtl(text) {
  const messages = new Map();
  let current = null;
  for (const line of text.split(/\r?\n/)) {
    const m = /^(-?[A-Za-z][\w-]*)[ \t]*=[ \t]*(.*)$/.exec(line);
    if (m) {
      current = m[1];
      messages.set(current, m[2].trim());
    } else if (current && /^[ \t]+\S/.test(line) && !/^[ \t]+\./.test(line)) {
      messages.set(current, `${messages.get(current)} ${line.trim()}`.trim());
    } else if (line.trim() !== "" || !current) {
      current = null;
    }
  }
  // Resolve term references such as { -service-name }, and string literals such as {"."} or
  // {"\u00A0"} (used where a value is only a separator).
  for (const [id, value] of messages) {
    messages.set(
      id,
      value
        .replace(/\{\s*(-[\w-]+)\s*\}/g, (all, term) => messages.get(term) ?? all)
        .replace(/\{\s*"((?:[^"\\]|\\.)*)"\s*\}/g, (all, lit) =>
          lit.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{6})|\\(.)/g, (m, u4, u6, ch) =>
            u4 || u6 ? String.fromCodePoint(parseInt(u4 || u6, 16)) : ch,
          ),
        ),
    );
  }
  return messages;
}

function loadMessages(locale) {
  const dir = join(root, "locales", locale);
  const all = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()) {
    for (const [k, v] of parseFtl(readFileSync(join(dir, f), "utf8"))) all.set(k, v);
  }
  return all;
}

function loadNodes() {
  const nodes = new Map();
  const dir = join(root, "tree");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    for (const node of JSON.parse(readFileSync(join(dir, f), "utf8")).nodes ?? []) nodes.set(node.id, node);
  }
  return nodes;
}

const settings = JSON.parse(readFileSync(join(root, "settings.json"), "utf8"));
const messages = loadMessages(settings.default_locale ?? "en-GB");
const nodes = loadNodes();

/** The text of a message, placeables left as they are. */
export function t(id) {
  const text = messages.get(id);
  if (text === undefined) throw new Error(`no message "${id}" in content/locales`);
  return text;
}

/** The nation this copy is for (settings.json "nation"): "England" or "Wales". */
export const nation = settings.nation;

/** The message id of an outcome's or a guide's step: a plain id, or this nation's version of one. */
export function stepFor(step) {
  if (typeof step === "string") return step;
  const id = step[nation];
  if (!id) throw new Error(`step ${JSON.stringify(step)} has no version for ${nation}`);
  return id;
}

/** Bank holidays (settings.json), as "YYYY-MM-DD". */
export const bankHolidays = settings.bank_holidays ?? [];

/**
 * Working days after today up to and including `date` ({day, month, year}, local time): not
 * Saturdays, Sundays or bank holidays. 0 for today or a date already passed.
 */
export function workingDaysUntil({ day, month, year }) {
  const target = new Date(year, month - 1, day);
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  let n = 0;
  while (d < target) {
    d.setDate(d.getDate() + 1);
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    if (d.getDay() !== 0 && d.getDay() !== 6 && !bankHolidays.includes(iso)) n++;
  }
  return n;
}

/** The id of the first question. */
export const startId = settings.start;

/** A node of the tree (question, route or outcome) by id. */
export function node(id) {
  const n = nodes.get(id);
  if (!n) throw new Error(`no node "${id}" in content/tree`);
  return n;
}

/** Every node of a kind ("question", "outcome", "route"). */
export function nodesOfKind(kind) {
  return [...nodes.values()].filter((n) => n.kind === kind);
}

/** The text of a question (its title). */
export function questionText(id) {
  return t(node(id).title);
}

const yesNoLabels = { yes: "yes", no: "no", "dont-know": "dont-know" };

/** The label a person sees for an option of a choice question. */
export function optionLabel(questionId, optionId) {
  const q = node(questionId);
  const option = (q.options ?? []).find((o) => o.id === optionId);
  if (!option) throw new Error(`question "${questionId}" has no option "${optionId}"`);
  if (option.label) return t(option.label);
  if (q.type === "yes_no" && yesNoLabels[optionId]) return t(yesNoLabels[optionId]);
  throw new Error(`option "${optionId}" of "${questionId}" has no label`);
}

/** The first question of a given type, for specs that need "any money question". */
export function firstQuestionOfType(type) {
  const q = nodesOfKind("question").find((n) => n.type === type);
  if (!q) throw new Error(`no question of type ${type} in content/tree`);
  return q.id;
}

/** The outcome's title text. */
export function outcomeTitle(id) {
  return t(node(id).title);
}

const services = new Map(
  (JSON.parse(readFileSync(join(root, "services.json"), "utf8")).services ?? []).map((s) => [s.id, s]),
);

/** A service from content/services.json. */
export function service(id) {
  const s = services.get(id);
  if (!s) throw new Error(`no service "${id}" in content/services.json`);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Other locales (settings.json "locales"): text, direction, draft status, dates.

/** The default locale ("en-GB"). */
export const defaultLocale = settings.default_locale ?? "en-GB";

/** Locales offered by the language switch, in settings order. */
export const locales = settings.locales ?? [defaultLocale];

/** Locales that must have every message. */
export const completeLocales = settings.complete_locales ?? [];

const localeCache = new Map([[defaultLocale, messages]]);
const localeSources = new Map();

function localeDir(locale) {
  return join(root, "locales", locale);
}

function sourcesOf(locale) {
  if (!localeSources.has(locale)) {
    const dir = localeDir(locale);
    if (!existsSync(dir)) throw new Error(`no content/locales/${locale}/ (is "${locale}" written yet?)`);
    localeSources.set(
      locale,
      readdirSync(dir)
        .filter((f) => f.endsWith(".ftl"))
        .sort()
        .map((f) => readFileSync(join(dir, f), "utf8")),
    );
  }
  return localeSources.get(locale);
}

function messagesOf(locale) {
  if (!localeCache.has(locale)) {
    const all = new Map();
    for (const text of sourcesOf(locale)) for (const [k, v] of parseFtl(text)) all.set(k, v);
    localeCache.set(locale, all);
  }
  return localeCache.get(locale);
}

/** Whether the locale's own files have message `id` (no fallback). */
export function hasMessage(locale, id) {
  return messagesOf(locale).has(id);
}

/**
 * The text of message `id` in `locale`, placeables left as they are. A message the locale
 * lacks falls back to the default locale, as the app does for locales not in complete_locales.
 */
export function tFor(locale, id) {
  const own = messagesOf(locale).get(id);
  if (own !== undefined) return own;
  return t(id);
}

/** Fills `{ $name }` placeables of a message. */
export function fill(text, args) {
  return text.replace(/\{\s*\$([\w-]+)\s*\}/g, (all, name) => (name in args ? String(args[name]) : all));
}

/** `tFor` with its placeables filled. */
export function tWith(locale, id, args) {
  return fill(tFor(locale, id), args);
}

/** Whether any of the locale's .ftl files says `# Review status: draft` (the app then shows a note). */
export function isDraft(locale) {
  return sourcesOf(locale).some((text) =>
    text.split(/\r?\n/).some((l) => l.startsWith("#") && l.toLowerCase().includes("review status: draft")),
  );
}

/** The locale's name for itself, as the language switch shows it. */
export function languageName(locale) {
  return tFor(locale, "language-name");
}

/** `<html dir>` for a locale: right to left for Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish. */
export function dirFor(locale) {
  return ["ar", "he", "fa", "ur", "ps", "yi"].includes(locale.split("-")[0]) ? "rtl" : "ltr";
}

/** "5 November 2026" in the locale: `date-long` with `month-N`. Takes {day, month, year}. */
export function longDate(locale, { day, month, year }) {
  return tWith(locale, "date-long", { day, month: tFor(locale, `month-${month}`), year });
}

/** A question's text in a locale. */
export function questionTextFor(locale, id) {
  return tFor(locale, node(id).title);
}

/** A question page's heading: its title, then "(optional)" for a question that may be left empty. */
export function headingTextFor(locale, id) {
  const title = questionTextFor(locale, id);
  return node(id).optional ? `${title} ${tFor(locale, "optional")}` : title;
}

export function headingText(id) {
  return headingTextFor(defaultLocale, id);
}

/** An option's label in a locale. */
export function optionLabelFor(locale, questionId, optionId) {
  const q = node(questionId);
  const option = (q.options ?? []).find((o) => o.id === optionId);
  if (!option) throw new Error(`question "${questionId}" has no option "${optionId}"`);
  if (option.label) return tFor(locale, option.label);
  if (q.type === "yes_no" && yesNoLabels[optionId]) return tFor(locale, yesNoLabels[optionId]);
  throw new Error(`option "${optionId}" of "${questionId}" has no label`);
}

/** An outcome's title in a locale. */
export function outcomeTitleFor(locale, id) {
  return tFor(locale, node(id).title);
}

/** The items of `key` in `file` and in every JSON file of the folder `dir` (if there is one). */
function listsFrom(file, dir, key) {
  const paths = [join(root, file)];
  if (existsSync(join(root, dir))) {
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith(".json")).sort()) paths.push(join(root, dir, f));
  }
  return paths.filter(existsSync).flatMap((p) => JSON.parse(readFileSync(p, "utf8"))[key] ?? []);
}

/** Where each step comes from (content/sources/*.json), by step id. */
const sources = new Map(listsFrom("sources.json", "sources", "steps").map((s) => [s.step, s]));

/** A step's source entry ({ step, sources: [{ title, url }], checked }), from content/sources/. */
export function stepSource(step) {
  const s = sources.get(step);
  if (!s) throw new Error(`no source for step "${step}" in content/sources/`);
  return s;
}

/** This nation's message id for an entry of a step list (a plain id, or one per nation). */
const forHere = (entry) => (typeof entry === "string" ? entry : entry[settings.nation]);

const guides = new Map(
  listsFrom("guidance.json", "guides", "guides").map((g) => {
    // As the loader does: the guide was checked on the oldest `checked` of its steps.
    const days = [...(g.today ?? []), ...(g.steps ?? [])].map((e) => sources.get(forHere(e))?.checked).filter(Boolean);
    return [g.id, { ...g, last_reviewed: days.sort()[0] }];
  }),
);

/** A self-help guide from content/guidance.json or content/guides/, with the day it was checked. */
export function guide(id) {
  const g = guides.get(id);
  if (!g) throw new Error(`no guide "${id}" in content/guidance.json or content/guides/`);
  return g;
}

/** "2026-11-23" -> {day, month, year}. */
export function parseIsoDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return { day, month, year };
}

/**
 * An amount as the locale writes it on Check your answers: digits grouped with
 * money-group-separator, pence (if any) after money-decimal-separator, placed by money-amount
 * ("£1,200.50", "1 200,50 £"). Takes pence.
 */
export function moneyFor(locale, pence) {
  const abs = Math.abs(pence);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, tFor(locale, "money-group-separator"));
  const fraction = abs % 100 ? `${tFor(locale, "money-decimal-separator")}${String(abs % 100).padStart(2, "0")}` : "";
  return `${pence < 0 ? "-" : ""}${tWith(locale, "money-amount", { amount: whole + fraction })}`;
}
