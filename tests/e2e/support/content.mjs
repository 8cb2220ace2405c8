// Reads the shipped content (content/tree/*.json, content/locales/en-GB/*.ftl) at test time, so
// specs name questions and options by id and never hard-code wording that authors may change.
import { readFileSync, readdirSync } from "node:fs";
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
  // Resolve term references such as { -service-name }.
  for (const [id, value] of messages) {
    messages.set(id, value.replace(/\{\s*(-[\w-]+)\s*\}/g, (all, term) => messages.get(term) ?? all));
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
