// Trunk post_build hook (before sw.mjs): writes `sources.json`, where each step's advice comes
// from (content/sources/*.json, in name order, as one list). The web app does not embed them:
// only adviser mode shows them, so it fetches this file then (src/app/sources.rs). The build
// script has already validated every file. Debug and release builds alike.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set");
const from = join(dirname(fileURLToPath(import.meta.url)), "..", "content", "sources");
const files = readdirSync(from).filter((f) => f.endsWith(".json")).sort();
const steps = files.flatMap((f) => JSON.parse(readFileSync(join(from, f), "utf8")).steps ?? []);
const text = JSON.stringify({ steps });
writeFileSync(join(dir, "sources.json"), text);
console.log(`sources.mjs: ${steps.length} steps from ${files.length} files, ${Buffer.byteLength(text)} bytes`);
