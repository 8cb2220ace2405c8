// Target size checks (WCAG 2.5.8 AA, 24 px; kiosks 2.5.5, 44 px), run inside the page.

/**
 * In the page: the targets matching `selector` smaller than `min`×`min` CSS px, described.
 * Hidden and zero-size ones are skipped; with `inlineExempt`, so is a link in the running text
 * of a paragraph or list item (2.5.8's inline exception).
 */
export function smallTargets({ min, selector, inlineExempt }) {
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    const s = getComputedStyle(el);
    if (s.display === "none" || s.visibility === "hidden") continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (inlineExempt && el.matches("a") && s.display === "inline" && el.parentElement.closest("p, li")) continue;
    if (r.width < min - 0.01 || r.height < min - 0.01) {
      const label = (el.labels?.[0]?.innerText || el.innerText || el.value || "").trim().replace(/\s+/g, " ").slice(0, 40);
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      small.push(`${el.tagName.toLowerCase()}${cls} "${label}": ${r.width.toFixed(1)}×${r.height.toFixed(1)} (display: ${s.display})`);
    }
  }
  return small;
}
