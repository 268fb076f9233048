// folio's only script, a module (so deferred) under a fingerprinted name; the page is complete without it.
// It adds a theme toggle remembered across pages (theme-init.njk applies the choice before first paint)
// and a copy button on code blocks.
const root = document.documentElement;
const KEY = "folio-theme";
const systemDark = matchMedia("(prefers-color-scheme: dark)");
const themeOf = () => root.dataset.theme || (systemDark.matches ? "dark" : "light");
const remember = (theme) => {
  try {
    if (theme) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {}
};

// The browser's own colour (theme-color) follows the chosen theme, not only the system's.
const metas = [...document.querySelectorAll('meta[name="theme-color"]')].map((meta) => [meta, meta.content]);
const paintChrome = () => {
  const bg = getComputedStyle(root).getPropertyValue("--bg").trim();
  for (const [meta, original] of metas) meta.content = root.dataset.theme ? bg : original;
};

const SUN = '<circle cx="12" cy="12" r="4.5"/><path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1"/>';
const MOON = '<path d="M20.5 14.5A8.5 8.5 0 1 1 9.5 3.5a7 7 0 0 0 11 11z"/>';
const toggle = document.createElement("button");
toggle.type = "button";
toggle.className = "theme-toggle";
toggle.title = "Dark theme";
const show = () => {
  const dark = themeOf() === "dark";
  toggle.setAttribute("aria-pressed", String(dark));
  toggle.innerHTML = `<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" aria-hidden="true">${dark ? MOON : SUN}</svg><span class="visually-hidden">Dark theme</span>`;
  paintChrome();
};
toggle.addEventListener("click", () => {
  const next = themeOf() === "dark" ? "light" : "dark";
  // Choosing what the system shows anyway means following the system again.
  const follow = next === (systemDark.matches ? "dark" : "light");
  if (follow) delete root.dataset.theme;
  else root.dataset.theme = next;
  remember(follow ? undefined : next);
  show();
});
systemDark.addEventListener("change", show);
(document.querySelector(".theme-slot") ?? document.querySelector(".site-header"))?.append(toggle);
show();

// Copy buttons: the code as written, without line numbers.
if (navigator.clipboard) {
  for (const pre of document.querySelectorAll(".content pre")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-live", "polite");
    button.addEventListener("click", async () => {
      const lines = pre.querySelectorAll(".cl");
      const text = lines.length ? [...lines].map((line) => line.textContent).join("") : pre.textContent;
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = "Copied";
      } catch {
        button.textContent = "Not copied";
      }
      setTimeout(() => (button.textContent = "Copy"), 2000);
    });
    const box = document.createElement("div");
    box.className = "code-block";
    pre.before(box);
    box.append(pre, button);
  }
}

// Search: the box's own script (js/search.js), and through it Pagefind and the index, load when a reader first
// uses the box, so a page nobody searches fetches none of them. `/` focuses the box from anywhere but a field.
const searchForm = document.querySelector("form[data-search]");
const searchBox = searchForm?.querySelector('input[type="search"]');
if (searchForm && searchBox) {
  let loading;
  const load = () => {
    loading ??= import(searchForm.dataset.search).then((module) => module.attach(searchForm), () => (loading = undefined));
  };
  searchBox.addEventListener("focus", load);
  searchBox.addEventListener("input", load);
  if (searchForm.hasAttribute("data-search-page")) load();
  addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])")) return;
    event.preventDefault();
    searchBox.focus();
  });
}
