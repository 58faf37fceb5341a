/**
 * The only scripts a reading page carries, kept here as strings so that the build can hash them
 * for the Content Security Policy (astro.config.mjs) and the components can print them unchanged.
 */
import { createHash } from 'node:crypto';

/**
 * Runs before first paint, so a reader's chosen theme never flashes the other one, and marks the
 * page as scripted so that what needs JavaScript shows (and what explains its absence hides) without a shift.
 */
export const themeInitScript =
  'document.documentElement.classList.add("js");try{const t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}';

/** Keeps the toggle's aria-pressed true to the theme in use, remembers a choice. */
export const themeToggleScript =
  '(()=>{const b=document.getElementById("theme-toggle"),r=document.documentElement,m=matchMedia("(prefers-color-scheme: dark)"),d=()=>(r.dataset.theme||(m.matches?"dark":"light"))=="dark",s=()=>b.setAttribute("aria-pressed",String(d()));s();m.addEventListener("change",s);b.onclick=()=>{const t=d()?"light":"dark";r.dataset.theme=t;try{localStorage.setItem("theme",t)}catch(e){}s()}})();';

/** Arriving from a search result, loads Pagefind's highlighter; otherwise does nothing. */
export function searchHighlightScript(base: string): string {
  const src = `${base.replace(/\/+$/, '')}/pagefind/pagefind-highlight.js`;
  return `/[?&]pagefind-highlight=/.test(location.search)&&import(${JSON.stringify(src)}).then(m=>new m.default({markContext:"[data-pagefind-body]",addStyles:!1}))`;
}

/**
 * Copies a citation to the clipboard and says so in the section's status line, seen and heard (a
 * screen reader reads it out); the button keeps its name. The buttons are shown only where this can run.
 */
export const copyCitationScript =
  'document.addEventListener("click",e=>{const b=e.target.closest("[data-copy]");b&&navigator.clipboard.writeText(document.getElementById(b.dataset.copy).textContent).then(()=>{document.getElementById("copy-status").textContent=b.dataset.done})})';

/**
 * On a short address, goes on to the permanent page keeping the `#fragment` (a link to one State's
 * vote), which the page's refresh alone would drop; without script the refresh still leads there.
 */
export const keepFragmentScript =
  'const r=document.querySelector("meta[http-equiv=refresh]").content;location.replace(r.slice(r.indexOf("url=")+4)+location.hash)';

/**
 * On the page for an address the archive does not have, fills the search field with the address's
 * words ("/states/inda/" → "states inda"), so that one press of the button searches for them.
 */
export function notFoundWordsScript(base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return `(()=>{let p=location.pathname;try{p=decodeURIComponent(p)}catch(e){}const w=p.slice(${JSON.stringify(prefix)}.length).split(/[^\\p{L}\\p{N}]+/u).filter(x=>x&&!/^(index|html?)$/.test(x)).join(" ");if(w)document.getElementById("not-found-search").value=w})()`;
}

/** A string is hashed as UTF-8, as the browser hashes the script. */
export function cspHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/**
 * The scripts of every page, whose hashes the site-wide policy names. The short addresses' script
 * and the 404 page's are hashed into those pages' policies alone (policy-first.ts, 404.astro), so
 * that no reading page carries their bytes.
 */
export function inlineScriptHashes(base: string): Array<`sha256-${string}`> {
  return [themeInitScript, themeToggleScript, searchHighlightScript(base), copyCitationScript].map(cspHash);
}
