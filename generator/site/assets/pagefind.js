// Pagefind's API as its default interface uses it (search.js gives the interface this folder as its
// bundle), with one change: a result that holds an entry named exactly by the query comes first.
// Pagefind ranks whole pages, so an entry on a long page (a glossary term) loses to short pages that
// repeat its words, and the last word of a query also matches as a prefix ("VAR" finds "Varga").
// Each page's `names` metadata holds its entries' names by their anchors (generator/site/search.py).
import * as pagefind from "../../pagefind/pagefind.js";

export * from "../../pagefind/pagefind.js";

// How many of Pagefind's first results are read for their names: each is a fragment fetched, and
// the interface fetches the first five anyway.
const READ = 10;

// Names compare without case, width or punctuation: "Hawai'i" and "hawai’i", "u.s." and "U.S."
const plain = (text) =>
  text
    .normalize("NFKC")
    .toLocaleLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();

// The address of the section of `data` (a result's page) named by `query`, or null. A section is
// named by its heading or by the names it is indexed under.
function namedSection(data, query, prefix = false) {
  const names = (name) => (prefix ? plain(name).startsWith(query) : plain(name) === query);
  const page = data.meta?.url || data.url;
  let listed = {};
  try {
    listed = JSON.parse(data.meta?.names || "{}");
  } catch {
    // Metadata of another form (a merged index, say) names nothing.
  }
  for (const [anchor, list] of Object.entries(listed)) {
    if (list.some(names)) return anchor ? `${page}#${anchor}` : page;
  }
  return data.sub_results?.find((section) => names(section.title || ""))?.url ?? null;
}

// The section that opens right under `section`, a heading of a lower level (a figure under the heading
// of what it counts: the figure answers a query its heading names), if it holds words of the query.
function below(data, sections, section) {
  const anchors = data.anchors || [];
  const at = anchors.findIndex((anchor) => anchor.id === section.anchor?.id);
  const next = at >= 0 ? anchors[at + 1] : null;
  const level = (anchor) => Number(anchor?.element?.slice(1)) || 0;
  if (!next || !level(anchors[at]) || level(next) <= level(anchors[at])) return null;
  return sections.find((candidate) => candidate.anchor?.id === next.id) ?? null;
}

const escaped = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

// A named part of a page that is no heading (a key question: a <details> with its own anchor, which
// opens when a reader arrives at it) is no section of Pagefind's: one is made of it, titled by its name,
// with the words that follow its name up to the next anchor as its excerpt, the query's words marked.
function part(data, named, page) {
  const id = named.slice(page.length + 1);
  let title = null;
  try {
    title = JSON.parse(data.meta?.names || "{}")[id]?.[0] ?? null;
  } catch {
    // Metadata of another form names nothing.
  }
  const anchors = data.anchors || [];
  const at = anchors.findIndex((anchor) => anchor.id === id);
  if (!title || at < 0) return null;
  const words = (data.content || "").split(/\s+/);
  const start = anchors[at].location + title.split(/\s+/).length;
  const end = Math.min(anchors.find((anchor, index) => index > at && anchor.location > start)?.location ?? words.length, start + 30);
  const found = new Set(data.locations || []);
  const excerpt = words.slice(start, end).map((word, index) => (found.has(start + index) ? `<mark>${escaped(word)}</mark>` : escaped(word)));
  const locations = (data.locations || []).filter((location) => location >= anchors[at].location && location < end);
  return {
    title,
    url: named,
    anchor: { ...anchors[at], text: title },
    weighted_locations: [],
    locations,
    excerpt: excerpt.join(" "),
    plain_excerpt: words.slice(start, end).join(" "),
  };
}

// The result's data for the interface: without the names (which it would show as a tag), and with
// the named section first among the three sections it shows (it keeps those with the most matches).
async function shown(result, named, words = []) {
  const data = await result.data();
  const meta = { ...data.meta };
  delete meta.names;
  const page = data.meta?.url || data.url;
  let sections = data.sub_results || [];
  let at = named && named !== page ? sections.findIndex((section) => section.url === named) : -1;
  const made = at < 0 && named && named !== page ? part(data, named, page) : null;
  if (made) {
    sections = [...sections, made];
    at = sections.length - 1;
  }
  if (at < 0 && words.length && sections.length > 1) {
    // No section is named by the query: the one whose heading holds most of its words leads.
    const held = (section) => words.filter((word) => plain(section.title || "").includes(word)).length;
    const best = sections.reduce((top, section) => (held(section) > held(top) ? section : top), sections[0]);
    if (held(best) > 1 && best !== sections[0]) return shown(result, best.url);
  }
  if (at >= 0) {
    // The interface shows a section at the page's own address as the page itself, not as a section.
    const own = at > 0 && sections[0].url === page ? [sections[0]] : [];
    const under = below(data, sections, sections[at]);
    const rest = sections.filter((section, index) => index !== at && !own.includes(section) && section !== under);
    const most = [...rest].sort((a, b) => b.locations.length - a.locations.length).slice(0, under ? 1 : 2);
    sections = [...own, sections[at], ...(under ? [under] : []), ...rest.filter((section) => most.includes(section))];
  }
  return { ...data, meta, sub_results: sections };
}

// A question that asks for a figure ("how many ...") or a date ("when did ...") puts first the pages
// that give them, the story's figures or its timeline: the address of such a page, by the question.
const ASKED_FOR = [
  [/^\s*(how (many|much)\b|多少|有多少)/i, /\/numbers\/$/],
  [/^\s*(when\b|what (date|year|day)\b|什么时候|何时)/i, /\/timeline\/$/],
];

const answering = (term) => ASKED_FOR.find(([question]) => question.test(term))?.[1] ?? null;

async function ranked(term, found, prefix = false, pages = null, typed = term) {
  if (!found?.results) return found;
  // An entry named by the query as typed ("the council") comes before one named by its key words.
  const whole = plain(typed);
  const query = plain(term);
  const read = found.results.slice(0, READ);
  // A result whose data cannot be read names nothing; the interface reports its own failures.
  const data = await Promise.all(read.map((result) => result.data().catch(() => null)));
  const byTyped = data.map((page) => (page && whole ? namedSection(page, whole) : null));
  const named = byTyped.some((anchor) => anchor !== null)
    ? byTyped
    : data.map((page) => (page && query ? namedSection(page, query, prefix) : null));
  const answers = (page) => pages.test(new URL(page?.url || "/", location.href).pathname);
  const order = found.results.map((result, index) => ({
    result,
    named: named[index] ?? null,
    answers: pages !== null && index < READ && answers(data[index]),
  }));
  // Stable sorts: the named results first, each group in Pagefind's order; then the pages asked for.
  order.sort((a, b) => (b.named !== null) - (a.named !== null));
  if (pages) order.sort((a, b) => b.answers - a.answers);
  const words = query.split(" ").filter(Boolean);
  const results = order.map(({ result, named }) => ({ ...result, data: () => shown(result, named, words) }));
  return { ...found, results };
}

// A reader types a question ("who is Oren Varga", "when did Tarnby fall", "王小明是谁"), but
// Pagefind finds pages holding every word: question words and other small words are left out of
// what is searched (the site's languages: English, and Chinese as its native names are written).
const STOP = new Set(
  ("a about after again all am an and any are as at be been before being by can could did do does " +
    "doing done for from had has have having he her here him his how i if in into is it its me mean " +
    "means meaning much many my of on or our she so some tell than that the their them then there " +
    "these they this those to too us was we were what whats when where which while who whom whose " +
    "why will with would you your explain happen happened happens").split(" "),
);
const CHINESE_STOP = /是谁|谁是|是什么|什么是|什么时候|为什么|怎么样|怎么|在哪里|在哪儿|哪里|哪儿|多少|有多少|吗|呢|吧|的|了|谁|什么|？|\?/g;

export function keyWords(term) {
  const words = term
    .replace(CHINESE_STOP, " ")
    .split(/\s+/)
    .filter((word) => word && !STOP.has(word.toLocaleLowerCase().replace(/[\p{P}\p{S}]+/gu, "")));
  return words.length ? words.join(" ") : term.trim();
}

const found = (result) => (result?.results?.length ?? 0) > 0;

// A large publication's index comes in parts (generator/site/search.py), merged by Pagefind, each
// story's pages in one part. Each part looks a query's words up in its own word list, and one that
// lacks a word leaves it out of the query (or reads a shorter word it holds in its place: "give" for
// "given"), so a query of two words would return every page of that part that holds just one of them,
// and a query of one word pages of another word. Each part's results carry its number in this filter,
// so a query is asked only of the parts that hold each of its words (a word alone: as written), as
// one index would answer.
const PART = "explainer-part";
const parts = [];

export async function mergeIndex(path, options = {}) {
  parts.push(String(parts.length + 1));
  return pagefind.mergeIndex(path, { ...options, mergeFilter: { [PART]: parts[parts.length - 1] } });
}

// Results and filters without the parts' filter, which the interface would offer the reader.
function unmarked(filters) {
  if (!filters || !(PART in filters)) return filters;
  const { [PART]: _, ...rest } = filters;
  return rest;
}

export async function filters() {
  return unmarked(await pagefind.filters());
}

async function asked(query, options = {}) {
  const words = query.split(/\s+/).filter(Boolean);
  if (!parts.length || !words.length) return pagefind.search(query, options);
  // How many pages each word finds in each part (the main part holds the pages no filter names). A
  // word alone is looked up as written: a part without it would answer with a word it begins. One
  // that no part holds as written is being typed, or is a beginning: every part answers it.
  const alone = words.length < 2;
  const each = await Promise.all(words.map((word) => pagefind.search(alone ? `"${word}"` : word, options)));
  if (alone && !found(each[0])) return pagefind.search(query, options);
  const inPart = (result, part) => result.filters?.[PART]?.[part] ?? 0;
  const inMain = (result) => result.results.length - parts.reduce((sum, part) => sum + inPart(result, part), 0);
  const kept = parts.filter((part) => each.every((result) => inPart(result, part) > 0));
  const main = each.every((result) => inMain(result) > 0);
  if (main && kept.length === parts.length) return pagefind.search(query, options);
  const some = main
    ? { none: parts.filter((part) => !kept.includes(part)).map((part) => ({ [PART]: part })) }
    : { any: kept.map((part) => ({ [PART]: part })) };
  if (!main && !kept.length) return { ...each[0], results: [], unfilteredResultCount: 0 };
  const given = options.filters && Object.keys(options.filters).length ? [options.filters] : [];
  return pagefind.search(query, { ...options, filters: given.length ? { all: [...given, some] } : some });
}

// Whether the index holds `word`, or words that begin with it. Pagefind reads a word that begins none
// of its words as the longest of its words that begins it: "released" finds "re" (of "re-floated"),
// which is not what the reader typed. Such a match shares little more than its first letters.
async function holds(word) {
  const result = await pagefind.search(word);
  if (!found(result) || found(await pagefind.search(`"${word}"`))) return found(result);
  const data = await result.results[0].data().catch(() => null);
  const words = (data?.content || "").split(/\s+/);
  const typed = plain(word);
  const shared = (text) => [...typed].findIndex((letter, index) => text[index] !== letter);
  const enough = Math.min(typed.length, Math.max(3, typed.length - 3));
  return (data?.locations || []).some((at) => {
    const length = shared(plain(words[at] || ""));
    return length < 0 || length >= enough;
  });
}

// A word that finds nothing, typed with a slip ("Laukai", "Xuechng"): the longest beginning of it
// that finds something, searched as a beginning (Pagefind matches a query's last word as a prefix).
async function mended(word) {
  if (await holds(word)) return { word, prefix: false };
  for (let end = word.length - 1; end >= Math.max(3, Math.ceil(word.length * 0.6)); end -= 1) {
    if (await holds(word.slice(0, end))) return { word: word.slice(0, end), prefix: true };
  }
  return null;
}

// What to search for `term`: its key words; if they find nothing together, each mended, those that
// find nothing left out, and a mended beginning last (the one place Pagefind reads as a prefix).
async function searched(term, options) {
  const key = keyWords(term);
  const first = await asked(key, options);
  const all = key.split(/\s+/).filter(Boolean);
  // A word the index does not hold at all is a slip, even when the others find pages.
  const known = await Promise.all(all.map(holds));
  if ((found(first) && known.every(Boolean)) || !all.length) return { key, result: first, prefix: false };
  if (!found(first)) {
    // Words that find nothing together: the query less one word, the last word first.
    for (let drop = all.length - 1; drop >= 0 && all.length > 2; drop -= 1) {
      const fewer = all.filter((_, index) => index !== drop).join(" ");
      const result = await asked(fewer, options);
      if (found(result)) return { key: fewer, result, prefix: false };
    }
  }
  const words = (await Promise.all(all.map(mended))).filter(Boolean);
  const whole = words.filter((w) => !w.prefix).map((w) => w.word);
  const begun = words.filter((w) => w.prefix).map((w) => w.word);
  const tries = [[...whole, ...begun.slice(-1)], ...begun.map((b) => [b]), ...whole.map((w) => [w])];
  for (const query of tries) {
    if (!query.length) continue;
    const result = await asked(query.join(" "), options);
    const prefix = begun.length > 0 && query[query.length - 1] === begun[begun.length - 1];
    if (found(result)) return { key: query.join(" "), result, prefix };
  }
  return { key, result: first, prefix: false };
}

export async function search(term, options) {
  const { key, result, prefix } = await searched(term, options);
  const clean = result && { ...result, filters: unmarked(result.filters), totalFilters: unmarked(result.totalFilters) };
  return ranked(key, clean, prefix, answering(term), term);
}

export async function debouncedSearch(term, options, wait) {
  // Wait as Pagefind does for the reader to stop typing; a later keystroke supersedes this one.
  const pending = await pagefind.debouncedSearch(keyWords(term), options, wait);
  if (pending === null) return null;
  return search(term, options);
}
