// Pagefind's API as its default interface uses it (search.js gives the interface this folder as its
// bundle), with one change: a result that holds an entry named exactly by the query comes first.
// Pagefind ranks whole pages, so an entry on a long page (a glossary term) loses to short pages that
// repeat its words, and the last word of a query also matches as a prefix ("SCA" finds "scam").
// Each page's `names` metadata holds its entries' names by their anchors (generator/site/search.py).
import * as pagefind from "../../pagefind/pagefind.js";

export * from "../../pagefind/pagefind.js";

// How many of Pagefind's first results are read for their names: each is a fragment fetched, and
// the interface fetches the first five anyway.
const READ = 10;

// Names compare without case, width or punctuation: "Ta'ang" and "ta’ang", "u.s." and "U.S."
const plain = (text) =>
  text
    .normalize("NFKC")
    .toLocaleLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();

// The address of the section of `data` (a result's page) named by `query`, or null. A section is
// named by its heading or by the names it is indexed under.
function namedSection(data, query) {
  const page = data.meta?.url || data.url;
  let names = {};
  try {
    names = JSON.parse(data.meta?.names || "{}");
  } catch {
    // Metadata of another form (a merged index, say) names nothing.
  }
  for (const [anchor, list] of Object.entries(names)) {
    if (list.some((name) => plain(name) === query)) return anchor ? `${page}#${anchor}` : page;
  }
  return data.sub_results?.find((section) => plain(section.title || "") === query)?.url ?? null;
}

// The result's data for the interface: without the names (which it would show as a tag), and with
// the named section first among the three sections it shows (it keeps those with the most matches).
async function shown(result, named) {
  const data = await result.data();
  const meta = { ...data.meta };
  delete meta.names;
  const page = data.meta?.url || data.url;
  let sections = data.sub_results || [];
  const at = named && named !== page ? sections.findIndex((section) => section.url === named) : -1;
  if (at >= 0) {
    // The interface shows a section at the page's own address as the page itself, not as a section.
    const own = at > 0 && sections[0].url === page ? [sections[0]] : [];
    const rest = sections.filter((section, index) => index !== at && !own.includes(section));
    const most = [...rest].sort((a, b) => b.locations.length - a.locations.length).slice(0, 2);
    sections = [...own, sections[at], ...rest.filter((section) => most.includes(section))];
  }
  return { ...data, meta, sub_results: sections };
}

async function ranked(term, found) {
  if (!found?.results) return found;
  const query = plain(term);
  const read = found.results.slice(0, READ);
  // A result whose data cannot be read names nothing; the interface reports its own failures.
  const name = (result) => result.data().then((data) => namedSection(data, query), () => null);
  const named = query ? await Promise.all(read.map(name)) : [];
  const order = found.results.map((result, index) => ({ result, named: named[index] ?? null }));
  // A stable sort: the named results first, each group in Pagefind's order.
  order.sort((a, b) => (b.named !== null) - (a.named !== null));
  return { ...found, results: order.map(({ result, named }) => ({ ...result, data: () => shown(result, named) })) };
}

export async function search(term, options) {
  return ranked(term, await pagefind.search(term, options));
}

export async function debouncedSearch(term, options, wait) {
  return ranked(term, await pagefind.debouncedSearch(term, options, wait));
}
