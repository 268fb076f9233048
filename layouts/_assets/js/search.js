// The search box (_partials/search-box.njk and the /search/ page), loaded by folio.js when a reader first
// uses it. It loads Pagefind's script and the index from the site's own /pagefind/ folder
// (https://pagefind.app/docs/api/) and shows each page found as its title, section and heading, with an
// excerpt in which the words found are marked. Keys: `/` focuses the box (folio.js), ↓ and ↑ move through
// the results, Enter follows one (from the box, the first), Esc goes back to the box and closes the list.

const IN_HEADER = 6; // pages listed under the header's box; the search page lists them all, a page of them at a time
const PER_PAGE = 20;
const HEADINGS = 3; // places shown per page: the best first

/** Wires one search form: the header's, or the search page's (`data-search-page`). */
export function attach(form) {
  const input = form.querySelector('input[type="search"]');
  const onPage = form.hasAttribute("data-search-page");
  const status = form.querySelector(".search-status") ?? element("p", "search-status visually-hidden");
  status.setAttribute("role", "status");
  const list = form.querySelector(".search-results") ?? element("ol", "search-results");
  list.setAttribute("aria-label", "Search results");
  const more = element("p", "search-more");
  const panel = onPage ? list.parentElement : element("div", "search-panel");
  if (!status.isConnected) form.append(status);
  if (!onPage) {
    panel.hidden = true;
    panel.append(list, more);
    form.append(panel);
  } else list.after(more);

  let engine;
  // Pagefind and its index, fetched once; tried again on the next search when it could not be loaded.
  const pagefind = () =>
    (engine ??= import(form.dataset.pagefind).then(
      async (module) => {
        await module.options({ baseUrl: form.dataset.base, excerptLength: 24 });
        await module.init();
        return module;
      },
      (error) => {
        engine = undefined;
        throw error;
      },
    ));

  let ticket = 0;
  const search = async () => {
    const mine = ++ticket;
    const query = input.value.trim();
    if (onPage) history.replaceState(null, "", query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (query === "") return show(query, 0, [], []);
    let module;
    try {
      module = await pagefind();
    } catch {
      if (mine === ticket) say("Search is not available: the search index could not be loaded.", true);
      return;
    }
    const found = await module.debouncedSearch(query, {}, 120);
    if (found === null || mine !== ticket) return; // a newer search is under way
    const batch = found.results.slice(0, onPage ? PER_PAGE : IN_HEADER);
    const loaded = await Promise.all(batch.map((r) => r.data()));
    if (mine !== ticket) return;
    const holds = matches(query);
    // When even the best page found does not hold the words, none does: nothing matched.
    if (loaded.length === 0 || !holds(loaded[0])) return show(query, 0, [], []);
    const pages = loaded.filter(holds);
    const rest = found.results.slice(batch.length);
    show(query, pages.length + rest.length, pages, rest);
  };

  const say = (text, visible) => {
    status.textContent = text;
    if (!onPage) {
      more.replaceChildren(visible ? text : "");
      panel.hidden = !visible && list.childElementCount === 0;
    }
  };

  /** Shows `pages`, of `count` found; `rest` are those not loaded yet. */
  const show = (query, count, pages, rest) => {
    list.replaceChildren(...pages.map(result));
    more.replaceChildren();
    if (query === "") {
      status.textContent = "";
      if (!onPage) panel.hidden = true;
      return;
    }
    status.textContent = count === 0 ? `No page matches “${query}”.` : `${count === 1 ? "1 page matches" : `${count} pages match`} “${query}”.`;
    if (count === 0 && !onPage) more.textContent = status.textContent;
    if (rest.length > 0) {
      if (onPage) more.append(showMore(query, rest));
      else more.append(link(`${form.action}?q=${encodeURIComponent(query)}`, "search-all", `All ${count} results`));
    }
    if (!onPage) panel.hidden = false;
  };

  // The search page lists the rest on request, PER_PAGE at a time; focus moves to the first one added.
  const showMore = (query, rest) => {
    const button = element("button", "search-show-more", `Show ${Math.min(PER_PAGE, rest.length)} more`);
    button.type = "button";
    button.addEventListener("click", async () => {
      const mine = ticket;
      const pages = (await Promise.all(rest.slice(0, PER_PAGE).map((r) => r.data()))).filter(matches(query));
      if (mine !== ticket) return;
      const items = pages.map(result);
      list.append(...items);
      more.replaceChildren(...(rest.length > PER_PAGE ? [showMore(query, rest.slice(PER_PAGE))] : []));
      (items[0]?.querySelector("a") ?? input).focus();
    });
    return button;
  };

  const links = () => [...panel.querySelectorAll("a, button")];
  const close = () => {
    if (!onPage) panel.hidden = true;
  };

  input.addEventListener("input", search);
  input.addEventListener("focus", () => {
    if (!onPage && input.value.trim() !== "" && list.childElementCount > 0) panel.hidden = false;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && list.childElementCount > 0) {
      event.preventDefault();
      if (!onPage) panel.hidden = false;
      links()[0]?.focus();
    } else if (event.key === "Escape" && !onPage && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  // Enter in the box opens the first result; with none yet (or no JavaScript), the form goes to /search/.
  form.addEventListener("submit", (event) => {
    const first = list.querySelector("a");
    if (first && input.value.trim() !== "") {
      event.preventDefault();
      first.click();
    } else if (onPage) {
      event.preventDefault();
      search();
    }
  });
  panel.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at === -1) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      input.focus();
      close();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== " ") {
      input.focus(); // typing goes on in the box
    }
  });
  // The header's list closes when focus or a click goes elsewhere.
  form.addEventListener("focusout", (event) => {
    if (!onPage && !form.contains(event.relatedTarget)) close();
  });
  document.addEventListener("pointerdown", (event) => {
    if (!form.contains(event.target)) close();
  });

  // The search page searches for the words in its address (`?q=`), which the header's box sends without JavaScript.
  if (onPage && input.value === "") input.value = new URLSearchParams(location.search).get("q") ?? "";
  if (input.value.trim() !== "") search();
  else if (onPage) input.focus();
  return { search, pagefind };
}

/** One page found: a link to the place with the most matches, then links to the next best places. */
function result(page) {
  const item = element("li", "search-result");
  const places = bestPlaces(page);
  const [top, ...others] = places;
  const heading = top && isHeading(top) ? top.title : "";
  const main = link(top ? placeURL(top, page) : page.url, "search-hit");
  main.append(element("span", "search-title", page.meta?.title || page.url));
  const where = [page.meta?.section, heading].filter(Boolean).join(" › ");
  if (where) main.append(element("span", "search-where", where));
  main.append(excerpt(top?.excerpt ?? page.excerpt));
  item.append(main);
  for (const place of others) {
    const sub = link(placeURL(place, page), "search-hit search-sub");
    sub.append(element("span", "search-where", isHeading(place) ? place.title : page.meta?.title || ""), excerpt(place.excerpt));
    item.append(sub);
  }
  return item;
}

/**
 * Whether a page found really holds the words. For a word in no page, Pagefind falls back to the longest start of it
 * that some page holds (https://github.com/Pagefind/pagefind/issues/793): "orchestration" finds every "or". Such a
 * page is left out: its marked words must be at least as long as the shortest word asked for, or four letters.
 */
function matches(query) {
  const letters = (word) => word.replace(/[^\p{L}\p{N}]/gu, "");
  const shortest = Math.min(4, ...query.split(/\s+/).map((word) => letters(word).length).filter((n) => n > 0));
  return (page) => {
    const excerpts = [page.excerpt, ...(page.sub_results ?? []).map((place) => place.excerpt)].join(" ");
    const marked = [...excerpts.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => letters(m[1]).length);
    return marked.length === 0 || marked.some((length) => length >= shortest);
  };
}

/** Pagefind's sub-results (the page split at headings that have ids), most matches first. */
function bestPlaces(page) {
  const score = (place) => (place.weighted_locations ?? []).reduce((sum, l) => sum + (l.balanced_score ?? 1), 0) || place.locations?.length || 0;
  return [...(page.sub_results ?? [])].sort((a, b) => score(b) - score(a)).slice(0, HEADINGS);
}

// The page's own title heading stands for the page: a match there links to the page itself.
const isHeading = (place) => place.anchor !== undefined && !/^h1$/i.test(place.anchor.element ?? "");
const placeURL = (place, page) => (isHeading(place) ? place.url : page.url);

/**
 * Pagefind's excerpt is the page's text, escaped, with `<mark>` around the words found. It is rebuilt here from
 * text nodes and <mark> elements only, so nothing in it can ever become markup, whatever the page held.
 */
function excerpt(html) {
  const box = element("span", "search-excerpt");
  const decode = (text) => new DOMParser().parseFromString(`<!doctype html><body>${text}`, "text/html").body.textContent ?? "";
  String(html ?? "")
    .split(/(<mark>[^<]*<\/mark>)/)
    .forEach((part) => {
      const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
      if (marked) box.append(element("mark", "", decode(marked[1])));
      else if (part) box.append(decode(part.replace(/<[^>]*>/g, "")));
    });
  return box;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href, className, text) {
  const a = element("a", className, text);
  a.href = href;
  return a;
}
