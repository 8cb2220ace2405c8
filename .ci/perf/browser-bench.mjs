#!/usr/bin/env node
// The browser half of the benchmark (a report, not a test): prints Markdown tables of
//  1. Lighthouse (mobile form factor, simulated throttling: Lighthouse's defaults) on the start
//     page `/` and the first question `/questions/safe-now` (a deep link, first load):
//     performance, accessibility and best-practices scores, FCP, LCP, TBT and the total byte
//     weight; the median of --runs runs; then the failing accessibility and best-practices audits
//     (score below 1), so they can be fixed;
//  2. step latency: a whole journey from "Start now" to Check your answers with the CPU
//     throttled 4x (DevTools protocol), the first enabled option (or a harmless default answer)
//     on each question; for each Continue, the time inside the page from the click event to the
//     frame in which the next page's h1 shows its new text. Count, median, p95 and max.
// With --against DIR, two builds side by side: it serves both (one server each, so two
// origins), interleaves every measurement (for each run and page, Lighthouse on this build and
// then on the other; for each run, a journey on this and then on the other; the order swaps on
// every other run, so neither build always goes first) and prints one table per section with
// the columns this / other / ratio this÷other: performance (and accessibility, best practices)
// score, FCP, LCP, TBT and total KiB per page; steps, median, p95 and max step latency; then the
// LCP element and long tasks of both, the per-step times of both, and this build's failing
// audits. This machine's speed varies up to 2x within minutes: only the ratios of one
// interleaved run compare two builds, never absolute figures from different runs.
//
// Usage: node .ci/perf/browser-bench.mjs [--base-url http://127.0.0.1:PORT] [--runs N] [--dist DIR]
//                                        [--only lighthouse|latency] [--against DIR [--against-label NAME]]
//   --base-url URL  an already running server of the built app. Without it, the script serves
//                   --dist (default: $SIGNPOST_DIST, else dist/ of the repository) itself with
//                   tests/e2e/server.mjs on a free port and stops it at the end.
//   --runs N        Lighthouse runs per page (median printed) and journeys timed (default 1);
//                   with --against, N of each on each build.
//   --only WHAT     only the lighthouse or the latency section.
//   --against DIR   another built dist to compare with (served by tests/e2e/server.mjs on a
//                   second free port); --against-label names its column (default "against";
//                   .ci/bench --against REF passes REF).
//   env BROWSER_BENCH_DEBUG=1 logs each timed step (its new h1 and raw times) on stderr.
// Run by .ci/bench. Browser: Debian's Chromium ($CHROMIUM_PATH, default /usr/bin/chromium);
// nothing here downloads a browser. npm packages (exact versions in .ci/perf/package-lock.json):
// lighthouse 12 (the last major that runs on Node 20; 13 needs Node 22.19), chrome-launcher
// (starts Chromium for Lighthouse) and playwright-core (no bundled browser). Install them with
// `(cd .ci/perf && npm ci)`. package.json pins third-party-web and legacy-javascript with
// "overrides": Lighthouse's @paulirish/trace_engine asks for them as "latest", which would make
// `npm ci` refuse the lock file as soon as a newer version is published.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..");
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// chrome-launcher and Lighthouse look here; never let anything fetch a browser.
process.env.CHROME_PATH = chromiumPath;
process.env.PUPPETEER_SKIP_DOWNLOAD = "1";
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
const chromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const { default: lighthouse } = await import("lighthouse");
const chromeLauncher = await import("chrome-launcher");
const { chromium } = await import("playwright-core");
// The e2e tests' reader of the shipped content (no npm dependencies): question types, options
// and the default locale's wording of the buttons.
const content = await import(join(repo, "tests", "e2e", "support", "content.mjs"));

function parseArgs(argv) {
  const opts = { baseUrl: null, runs: 1, dist: process.env.SIGNPOST_DIST || join(repo, "dist"), only: null, against: null, againstLabel: "against" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--base-url") opts.baseUrl = value().replace(/\/+$/, "");
    else if (a === "--runs") opts.runs = Number(value());
    else if (a === "--dist") opts.dist = resolve(value());
    else if (a === "--only") opts.only = value();
    else if (a === "--against") opts.against = resolve(value());
    else if (a === "--against-label") opts.againstLabel = value();
    else if (a === "-h" || a === "--help") usage();
    else usage(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) usage("--runs must be a whole number, 1 or more");
  if (opts.only && !["lighthouse", "latency"].includes(opts.only)) usage("--only takes lighthouse or latency");
  return opts;
}

function usage(error) {
  const text =
    "usage: node .ci/perf/browser-bench.mjs [--base-url URL] [--runs N] [--dist DIR] [--only lighthouse|latency]\n" +
    "                                       [--against DIR [--against-label NAME]]";
  if (error) {
    console.error(`browser-bench: ${error}\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

const log = (msg) => console.error(`[browser-bench] ${msg}`);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Serves `dir` with tests/e2e/server.mjs on a free port; resolves to { url, stop }. */
async function serve(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repo, "tests", "e2e", "server.mjs"), dir], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.on("exit", stop);
  await new Promise((ok, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`server.mjs did not start within 10 s: ${out}`)), 10_000);
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("Serving")) {
        clearTimeout(timer);
        ok();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`server.mjs exited (${code}) before serving: ${out}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, stop };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const pages = [
  { name: "start page", path: "/" },
  { name: "first question", path: "/questions/safe-now" },
];
const categories = ["performance", "accessibility", "best-practices"];

/**
 * The order in which run `r` (1-based) measures the targets: as given on odd runs, reversed on
 * even ones (this, against; against, this; ...), so that neither build always goes first.
 */
function interleaved(targets, r) {
  return r % 2 ? targets : [...targets].reverse();
}

/**
 * Lighthouse on each page of each target ({ label, baseUrl }), `runs` times, interleaved: for
 * each run and page, one target right after the other in one Chromium. Returns, per target,
 * [{ name, path, lhrs }] in the order of `pages`.
 */
async function runLighthouse(targets, runs) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags, logLevel: "silent" });
  const results = targets.map(() => pages.map((p) => ({ ...p, lhrs: [] })));
  try {
    for (let r = 1; r <= runs; r++) {
      for (const [pi, p] of pages.entries()) {
        for (const t of interleaved(targets, r)) {
          log(`lighthouse ${p.path} run ${r}/${runs}${targets.length > 1 ? ` (${t.label})` : ""}`);
          // Default config: mobile form factor and screen emulation, simulated throttling.
          const result = await lighthouse(`${t.baseUrl}${p.path}`, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: categories,
          });
          const lhr = result?.lhr;
          if (!lhr) throw new Error(`Lighthouse returned no result for ${p.path} (${t.label})`);
          if (lhr.runtimeError) throw new Error(`Lighthouse on ${p.path} (${t.label}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          for (const w of lhr.runWarnings ?? []) log(`lighthouse warning on ${p.path} (${t.label}): ${w}`);
          results[targets.indexOf(t)][pi].lhrs.push(lhr);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** The first lines of the Lighthouse section: versions and settings. */
function lighthouseSetup(first, runs) {
  return (
    `Lighthouse ${first.lighthouseVersion}, ${first.environment?.hostUserAgent?.match(/(?:HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? "Chromium"}; ` +
    `${first.configSettings.formFactor} form factor, ${first.configSettings.throttlingMethod === "simulate" ? "simulated" : first.configSettings.throttlingMethod} throttling ` +
    `(Lighthouse's defaults); ${runs === 1 ? "1 run per page" : `median of ${runs} runs per page, each figure on its own`}`
  );
}

/** Median of a Lighthouse figure over runs: a category score (0-100) or an audit's numeric value. */
function lhScore(lhrs, cat) {
  const xs = lhrs.map((l) => l.categories[cat]?.score).filter((x) => typeof x === "number");
  return xs.length ? median(xs) * 100 : null;
}
function lhMetric(lhrs, id) {
  const xs = lhrs.map((l) => l.audits[id]?.numericValue).filter((x) => typeof x === "number");
  return xs.length ? median(xs) : null;
}

function printLighthouse(results, runs, baseUrl) {
  const first = results[0].lhrs[0];
  console.log("### Lighthouse");
  console.log();
  console.log(
    `${lighthouseSetup(first, runs)}; ` +
      `served by ${baseUrl}. Scores 0-100; FCP, LCP and TBT in ms (simulated); ` +
      `total byte weight in KiB as transferred.`,
  );
  console.log();
  console.log("| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | total KiB |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const score = (cat) => {
      const xs = r.lhrs.map((l) => l.categories[cat]?.score).filter((x) => typeof x === "number");
      return xs.length ? String(Math.round(median(xs) * 100)) : "n/a";
    };
    const metric = (id, f) => {
      const xs = r.lhrs.map((l) => l.audits[id]?.numericValue).filter((x) => typeof x === "number");
      return xs.length ? f(median(xs)) : "n/a";
    };
    const ms = (x) => String(Math.round(x));
    const kib = (x) => (x / 1024).toFixed(1);
    console.log(
      `| ${r.name} \`${r.path}\` | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ` +
        `${metric("first-contentful-paint", ms)} | ${metric("largest-contentful-paint", ms)} | ` +
        `${metric("total-blocking-time", ms)} | ${metric("total-byte-weight", kib)} |`,
    );
  }
  console.log();
  printLighthouseDetails(results, "");
  console.log();
  printFailingAudits(results, runs);
}

/** What the figures are made of: which element was the LCP and the main thread's longest tasks. */
function printLighthouseDetails(results, prefix) {
  // What the figures are made of, from each page's first run: which element was the LCP, when
  // it painted, and the main thread's longest tasks (what TBT counts), so a change can be aimed.
  for (const r of results) {
    const lhr = r.lhrs[0];
    const lcpItems = lhr.audits["largest-contentful-paint-element"]?.details?.items ?? [];
    const node = lcpItems[0]?.items?.[0]?.node;
    const label = node ? `\`${(node.selector ?? "").split(" > ").slice(-2).join(" > ")}\` "${(node.nodeLabel ?? "").slice(0, 60)}"` : "none reported";
    const tasks = (lhr.audits["long-tasks"]?.details?.items ?? [])
      .slice(0, 4)
      .map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms`)
      .join(", ");
    console.log(`- ${prefix}\`${r.path}\`: LCP element ${label}; longest main-thread tasks (simulated): ${tasks || "none"}.`);
  }
}

function printFailingAudits(results, runs) {
  // Failing audits of the accessibility and best-practices categories, over every run.
  const failing = [];
  for (const r of results) {
    for (const cat of ["accessibility", "best-practices"]) {
      const byId = new Map();
      for (const lhr of r.lhrs) {
        for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (!a || a.score === null || a.score >= 1) continue;
          if (["notApplicable", "manual", "informative"].includes(a.scoreDisplayMode)) continue;
          const entry = byId.get(a.id) ?? { audit: a, weight: ref.weight, runs: 0 };
          entry.runs++;
          byId.set(a.id, entry);
        }
      }
      for (const e of byId.values()) failing.push({ page: r, cat, ...e });
    }
  }
  if (!failing.length) {
    console.log("Failing accessibility and best-practices audits: none.");
    return;
  }
  console.log("Failing accessibility and best-practices audits (score < 1):");
  console.log();
  for (const f of failing) {
    const a = f.audit;
    const where = runs > 1 ? `, failed in ${f.runs}/${runs} runs` : "";
    const shown = a.displayValue ? `; ${a.displayValue}` : "";
    console.log(
      `- \`${f.page.path}\` ${f.cat}: \`${a.id}\`: ${a.title} (score ${a.score}, weight ${f.weight}${f.weight === 0 ? ": does not count towards the score" : ""}${where}${shown})`,
    );
    const items = (a.details?.items ?? []).slice(0, 3);
    for (const it of items) {
      const node = it.node?.type === "node" ? it.node : null;
      const sub = (it.subItems?.items ?? []).map((x) => x.error ?? x.reason ?? x.description).filter(Boolean);
      const text = node
        ? `\`${node.selector ?? node.path ?? ""}\` ${node.snippet ?? ""}${node.explanation ? `: ${node.explanation}` : ""}`
        : it.scriptUrl
          ? `${it.scriptUrl}${sub.length ? `: ${sub.join("; ")}` : ""}`
          : it.description ?? it.url ?? (it.source?.url ? `${it.source.url}:${it.source.line ?? ""}` : null) ?? JSON.stringify(it).slice(0, 160);
      console.log(`  - ${String(text).replace(/\s+/g, " ").slice(0, 240)}`);
    }
    if ((a.details?.items?.length ?? 0) > items.length) console.log(`  - … and ${a.details.items.length - items.length} more`);
  }
}

// ---------------------------------------------------------------------------------------------
// Side by side (--against)

const DRIFT_NOTE =
  "This machine's speed varies up to 2x within minutes, so only the ratios of one interleaved run compare two builds: " +
  "the absolute figures of different runs, or of this table against another report, do not.";

/** this/against, or n/a; `digits` decimals. */
function ratio(a, b, digits = 2) {
  if (a === null || b === null || a === undefined || b === undefined) return "n/a";
  if (b === 0) return a === 0 ? "1.00" : "n/a";
  return (a / b).toFixed(digits);
}

function printLighthouseAgainst(all, runs, servedBy, labels) {
  const [tl, al] = labels;
  console.log("### Lighthouse, side by side");
  console.log();
  console.log(
    `${lighthouseSetup(all[0][0].lhrs[0], runs)}; interleaved: for each run and page, ${tl} then ${al} (the order swaps on every ` +
      `other run) in one Chromium; served by ${servedBy}. Scores 0-100; FCP, LCP and TBT in ms (simulated); total byte weight ` +
      `in KiB as transferred. Ratio = ${tl}/${al} (below 1: ${tl} is smaller, which is better for every figure but the scores). ` +
      DRIFT_NOTE,
  );
  console.log();
  console.log(`| page | figure | ${tl} | ${al} | ${tl}/${al} |`);
  console.log("|---|---|---:|---:|---:|");
  const figures = [
    ["performance", (l) => lhScore(l, "performance"), (x) => String(Math.round(x))],
    ["accessibility", (l) => lhScore(l, "accessibility"), (x) => String(Math.round(x))],
    ["best practices", (l) => lhScore(l, "best-practices"), (x) => String(Math.round(x))],
    ["FCP ms", (l) => lhMetric(l, "first-contentful-paint"), (x) => String(Math.round(x))],
    ["LCP ms", (l) => lhMetric(l, "largest-contentful-paint"), (x) => String(Math.round(x))],
    ["TBT ms", (l) => lhMetric(l, "total-blocking-time"), (x) => String(Math.round(x))],
    ["total KiB", (l) => lhMetric(l, "total-byte-weight"), (x) => (x / 1024).toFixed(1)],
  ];
  pages.forEach((p, pi) => {
    for (const [what, get, f] of figures) {
      const a = get(all[0][pi].lhrs);
      const b = get(all[1][pi].lhrs);
      const show = (x) => (x === null ? "n/a" : f(x));
      console.log(`| ${p.name} \`${p.path}\` | ${what} | ${show(a)} | ${show(b)} | ${ratio(a, b, what === "total KiB" ? 3 : 2)} |`);
    }
  });
  console.log();
  printLighthouseDetails(all[0], `${tl}: `);
  printLighthouseDetails(all[1], `${al}: `);
  console.log();
  console.log(`Of ${tl}:`);
  console.log();
  printFailingAudits(all[0], runs);
}

function printLatencyAgainst(lats, runs, labels) {
  const [tl, al] = labels;
  const f = (x) => x.toFixed(1);
  console.log("### Step latency, side by side");
  console.log();
  console.log(
    `playwright-core, Chromium ${lats[0].version}, CPU throttled 4x (Emulation.setCPUThrottlingRate), desktop viewport; ` +
      `${runs === 1 ? "1 journey" : `${runs} journeys (steps pooled)`} on each build, interleaved: ${tl} then ${al}, the order swapping ` +
      `on every other run, in one browser. Each journey goes from Start now to Check your answers (first enabled option or a default ` +
      `answer). "rendered": from the Continue click event to the next page's h1 text in the DOM with style and layout forced; ` +
      `"next frame": to the requestAnimationFrame of the frame that paints it. The first step of each journey includes the ` +
      `first-route cost. Ratio = ${tl}/${al} (below 1: ${tl} is faster). ` +
      DRIFT_NOTE,
  );
  console.log();
  console.log(`| to | figure | ${tl} ms | ${al} ms | ${tl}/${al} |`);
  console.log("|---|---|---:|---:|---:|");
  const pooled = lats.map((l) => l.journeys.flat());
  for (const [what, key] of [["rendered (DOM + layout)", "ms"], ["next frame", "frameMs"]]) {
    const [a, b] = pooled.map((steps) => steps.map((s) => s[key]));
    console.log(`| ${what} | steps | ${a.length} | ${b.length} | |`);
    for (const [fig, stat] of [["median", median], ["p95", (xs) => percentile(xs, 95)], ["max", (xs) => Math.max(...xs)]]) {
      const x = stat(a);
      const y = stat(b);
      console.log(`| ${what} | ${fig} | ${f(x)} | ${f(y)} | ${ratio(x, y)} |`);
    }
  }
  console.log();
  // Per step: the median over journeys of each question's step, in this build's order.
  const perStep = (l) => {
    const m = new Map();
    for (const steps of l.journeys) for (const s of steps) m.set(s.id, [...(m.get(s.id) ?? []), s.ms]);
    return m;
  };
  const [pa, pb] = lats.map(perStep);
  const ids = [...new Set([...pa.keys(), ...pb.keys()])];
  const cell = (m, id) => (m.has(id) ? f(median(m.get(id))) : "–");
  console.log(
    `Per step, rendered ms (${runs === 1 ? "one journey" : `median of ${runs} journeys`}), ${tl} / ${al}: ` +
      ids.map((id) => `${id} ${cell(pa, id)} / ${cell(pb, id)}`).join(", "),
  );
}

// ---------------------------------------------------------------------------------------------
// Step latency

/** A date `days` from today (local time), as {day, month, year} (as tests/e2e/support/journey.mjs). */
function dateFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
}

/**
 * Answers question `id` with the same harmless defaults as `defaultAnswer` in
 * tests/e2e/support/journey.mjs (which cannot be imported here: it needs @playwright/test):
 * the first enabled radio option, the first non-exclusive checkbox, 100 for money, the minimum
 * for a number, "Some help" for text, a date 60 days ahead.
 */
async function answer(page, id) {
  let q = null;
  try {
    q = content.node(id);
  } catch {
    q = null; // a question the content reader does not know: answer from the page alone
  }
  const form = page.locator("main form").first();
  const type = q?.type;
  if (type === "yes_no" || type === "single_choice" || (!type && (await form.locator("input[type=radio]").count()))) {
    await form.locator("input[type=radio]:not([disabled])").first().check();
  } else if (type === "multiple_choice" || (!type && (await form.locator("input[type=checkbox]").count()))) {
    const opt = q?.options?.find((o) => !o.exclusive);
    const byValue = opt ? form.locator(`input[type=checkbox][value="${opt.id}"]:not([disabled])`) : null;
    if (byValue && (await byValue.count())) await byValue.first().check();
    else await form.locator("input[type=checkbox]:not([disabled])").first().check();
  } else if (type === "date") {
    const d = dateFromToday(60);
    for (const [part, v] of [["day", d.day], ["month", d.month], ["year", d.year]]) {
      const name = content.t(`date-${part}`);
      await page
        .getByRole("textbox", { name, exact: true })
        .or(page.getByRole("spinbutton", { name, exact: true }))
        .fill(String(v));
    }
  } else {
    const value = type === "money" ? "100" : type === "number" ? String(q.min ?? 0) : "Some help";
    await form.locator("input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea").first().fill(value);
  }
}

/** In the page: arm a watcher that times the next click to the frame showing a new h1 text. */
function armStepWatcher() {
  const h1Text = () => (document.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const before = h1Text();
  const s = (window.__signpostStep = { before, after: null, t0: null, tDom: null, t1: null });
  document.addEventListener(
    "click",
    (e) => {
      // The event's own time (when the input arrived), in performance.now()'s time base.
      const now = performance.now();
      s.t0 = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
    },
    { capture: true, once: true },
  );
  const mo = new MutationObserver(() => {
    if (s.t0 === null || s.after !== null) return;
    const text = h1Text();
    if (text && text !== before) {
      s.after = text;
      mo.disconnect();
      // The app's work: its script has put the new page in the DOM; forcing style and layout
      // now adds what the browser must do before it can paint it.
      document.body.getBoundingClientRect();
      s.tDom = performance.now();
      // The frame that renders the new text: its requestAnimationFrame callback.
      requestAnimationFrame(() => {
        s.t1 = performance.now();
      });
    }
  });
  mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
}

async function runJourney(browser, baseUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.getByRole("button", { name: /Start now/ }).click();
    await page.waitForURL(/\/questions\/[^/?#]+/);
    await page.locator("main form h1").waitFor();

    const steps = [];
    const continueButton = page.getByRole("button", { name: content.t("continue"), exact: true });
    for (let i = 0; i < 60; i++) {
      const path = new URL(page.url()).pathname;
      if (path === "/check-answers") return steps;
      if (path.startsWith("/help/")) {
        // An interrupting answer shows who can help; carry on (not timed).
        await page.getByRole("button", { name: content.t("safety-carry-on") }).click();
        await page.waitForURL((u) => u.pathname !== path);
        continue;
      }
      const m = /^\/questions\/([^/?#]+)/.exec(path);
      if (!m) throw new Error(`unexpected page ${page.url()} during the journey`);
      const id = decodeURIComponent(m[1]);
      await page.locator("main form h1").waitFor();
      await answer(page, id);
      await page.evaluate(armStepWatcher);
      await continueButton.click();
      try {
        // Polled every 100 ms, not every frame, so the measuring adds little work to the page.
        await page.waitForFunction(() => window.__signpostStep?.t1 != null, null, { timeout: 20_000, polling: 100 });
      } catch {
        const alert = await page.getByRole("alert").allInnerTexts().catch(() => []);
        throw new Error(`Continue on ${id} showed no new h1 within 20 s (${alert.join(" ").replace(/\s+/g, " ") || "no alert"})`);
      }
      const s = await page.evaluate(() => window.__signpostStep);
      steps.push({ id, to: s.after, ms: s.tDom - s.t0, frameMs: s.t1 - s.t0 });
      if (process.env.BROWSER_BENCH_DEBUG) log(`step ${id} -> "${s.after}" ${JSON.stringify({ t0: s.t0, t1: s.t1 })}`);
      // Wait for the route to settle on the new URL before answering the next page.
      await page.waitForURL((u) => u.pathname !== path);
    }
    throw new Error("more than 60 steps: is the path looping?");
  } finally {
    await context.close();
  }
}

/** `runs` journeys on each target ({ label, baseUrl }), interleaved; per target { journeys, version }. */
async function runLatency(targets, runs) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags });
  try {
    const journeys = targets.map(() => []);
    for (let r = 1; r <= runs; r++) {
      for (const t of interleaved(targets, r)) {
        log(`step latency journey ${r}/${runs}${targets.length > 1 ? ` (${t.label})` : ""}`);
        journeys[targets.indexOf(t)].push(await runJourney(browser, t.baseUrl));
      }
    }
    return journeys.map((j) => ({ journeys: j, version: browser.version() }));
  } finally {
    await browser.close();
  }
}

function printLatency({ journeys, version }, runs) {
  const all = journeys.flat();
  const f = (x) => x.toFixed(1);
  const row = (what, xs) => `| ${what} | ${xs.length} | ${f(median(xs))} | ${f(percentile(xs, 95))} | ${f(Math.max(...xs))} |`;
  console.log("### Step latency");
  console.log();
  console.log(
    `playwright-core, Chromium ${version}, CPU throttled 4x (Emulation.setCPUThrottlingRate), ` +
      `desktop viewport; ${runs === 1 ? "1 journey" : `${runs} journeys (steps pooled), each`} from Start now to Check your answers, ` +
      `first enabled option or a default answer on each question (the last step reaches Check your answers). Measured inside the page from ` +
      `the Continue click event: "rendered" is when the next page's h1 shows its new text in the DOM, with style and layout forced ` +
      `(the app's work and the browser's before it can paint); "next frame" is the requestAnimationFrame of the frame that paints it, ` +
      `which adds the wait for the display's next frame (up to 16.7 ms at 60 Hz). ` +
      `Nothing is discarded as warm-up: the first step of each journey includes the first-route cost.`,
  );
  console.log();
  console.log("| to | steps | median ms | p95 ms | max ms |");
  console.log("|---|---:|---:|---:|---:|");
  console.log(row("rendered (DOM + layout)", all.map((s) => s.ms)));
  console.log(row("next frame", all.map((s) => s.frameMs)));
  console.log();
  journeys.forEach((steps, i) => {
    const label = runs === 1 ? "Per step" : `Journey ${i + 1}, per step`;
    console.log(`${label} (rendered ms, first one includes the first-route cost): ${steps.map((s) => `${s.id} ${f(s.ms)}`).join(", ")}`);
  });
}

// ---------------------------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
const started = performance.now();
const servers = [];
const needIndex = (dir) => {
  try {
    readFileSync(join(dir, "index.html"));
  } catch {
    usage(`no index.html in ${dir}: build the app first${dir === opts.dist ? " or pass --base-url" : ""}`);
  }
};
let baseUrl = opts.baseUrl;
if (!baseUrl) {
  needIndex(opts.dist);
  const server = await serve(opts.dist);
  servers.push(server);
  baseUrl = server.url;
  log(`serving ${opts.dist} on ${baseUrl}`);
}
const targets = [{ label: "this", baseUrl }];
const servedBy = [opts.baseUrl ? baseUrl : `tests/e2e/server.mjs (${opts.dist})`];
if (opts.against) {
  needIndex(opts.against);
  // Its own server on its own port (so its own origin: no cache or storage shared with this).
  const server = await serve(opts.against);
  servers.push(server);
  targets.push({ label: opts.againstLabel, baseUrl: server.url });
  servedBy.push(`tests/e2e/server.mjs (${opts.against})`);
  log(`serving ${opts.against} on ${server.url} (${opts.againstLabel})`);
}
const labels = targets.map((t) => t.label);
let failed = false;
try {
  if (opts.only !== "latency") {
    const lh = await runLighthouse(targets, opts.runs);
    if (opts.against) printLighthouseAgainst(lh, opts.runs, `${labels[0]}: ${servedBy[0]}; ${labels[1]}: ${servedBy[1]}`, labels);
    else printLighthouse(lh[0], opts.runs, servedBy[0]);
    console.log();
  }
  if (opts.only !== "lighthouse") {
    const lat = await runLatency(targets, opts.runs);
    if (opts.against) printLatencyAgainst(lat, opts.runs, labels);
    else printLatency(lat[0], opts.runs);
  }
} catch (e) {
  failed = true;
  console.error(`browser-bench: ${e?.stack ?? e}`);
} finally {
  for (const s of servers) s.stop();
  log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
process.exit(failed ? 1 : 0);
