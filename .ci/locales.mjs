// Trunk post_build hook (before sw.mjs): writes `locales/<code>.ftl` for every locale except
// the default one: the locale's .ftl files (content/locales/<code>/, in name order) joined
// into one. The web app embeds only the default locale's text and fetches another locale's
// file when someone chooses it (src/app/locales.rs); the build script has already validated
// every file. Debug and release builds alike: `trunk serve` needs them too. Comments (the
// sources and notes for translators, a quarter of the text) are left out, as in the embedded
// default locale (src/engine/compiled.rs), except "# Review status:", which marks a draft
// translation. In Fluent a line starting with "#" is always a comment.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set");
const content = join(dirname(fileURLToPath(import.meta.url)), "..", "content");
const settings = JSON.parse(readFileSync(join(content, "settings.json"), "utf8"));

mkdirSync(join(dir, "locales"), { recursive: true });
const written = [];
for (const code of settings.locales) {
  if (code === settings.default_locale) continue;
  const from = join(content, "locales", code);
  const files = readdirSync(from).filter((f) => f.endsWith(".ftl")).sort();
  if (files.length === 0) throw new Error(`locales.mjs: no .ftl files in ${from}`);
  const withoutComments = (text) =>
    text
      .split("\n")
      .filter((l) => !l.startsWith("#") || /^#\s*Review status:/i.test(l))
      .join("\n");
  const text = files.map((f) => withoutComments(readFileSync(join(from, f), "utf8")).replace(/\n*$/, "\n")).join("\n");
  writeFileSync(join(dir, "locales", `${code}.ftl`), text);
  written.push(`${code} (${files.length} files, ${Buffer.byteLength(text)} bytes)`);
}
console.log(`locales.mjs: ${written.join(", ")}`);
