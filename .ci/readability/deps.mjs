// The npm packages .ci/readability.mjs uses, imported here so that their bare names resolve
// against this folder's node_modules (installed from package-lock.json by `npm ci`).
// @fluent/syntax ships a CommonJS (UMD) build as its main entry: take its default export.
import fluentSyntax from "@fluent/syntax";
export { syllable } from "syllable";
export { fleschKincaid } from "flesch-kincaid";
export const fluent = fluentSyntax;
