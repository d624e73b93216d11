// The site's copy of the spec, as the JSON text the page holds: descriptions sanitised and linked
// to their docs pages (docs-site-links.ts), code samples added (docs-site-samples.ts). Made path
// by path, so that each path's text can be kept between runs (memo.ts): a path's site copy
// depends on its item, on the docs base, on its operations' commands and views, and on the
// components its samples' placeholders resolve `$ref`s in; the rest of the document (info, tags,
// components) is one more part.
import { HTTP_METHODS, type OpenAPIDocument, type PathItemObject } from '../openapi-document.js';
import { linkContext, linkPathItem, linkRest } from './docs-site-links.js';
import { sanitizeMarkdown } from './docs-site-sanitize.js';
import { addPathSamples, sampleContext } from './docs-site-samples.js';
import { digest, noMemo, readsOtherPaths, type Memo } from './memo.js';
import { jsonText } from '../json-text.js';

/** Stands for the paths in the text of the rest, until the paths' texts replace it. */
const PATHS = '\u0000paths';

/** The JSON text of the site's copy of `doc`, each part from `memo` when its input is unchanged. */
export function siteSpecJson(doc: OpenAPIDocument, memo: Memo): string {
  const links = linkContext(doc, sanitizeMarkdown);
  const samples = sampleContext(doc, memo);
  const components = digest(jsonText(doc.components ?? null));
  const paths = Object.entries(doc.paths ?? {}).map(([path, item]) => {
    const commands = HTTP_METHODS.map((method) => samples.commands.get(`${method.toUpperCase()} ${path}`) ?? null);
    const views = commands.map((command) => (command ? samples.views.get(command.tag) ?? null : null));
    const json = jsonText(item);
    const input = `${JSON.stringify(['path', links.base, components, path, views])}${json}${JSON.stringify(commands)}`;
    return (readsOtherPaths(json) ? noMemo() : memo).text(input, () => {
      const copy = structuredClone(item) as PathItemObject;
      linkPathItem(copy, links);
      addPathSamples(path, copy, samples);
      return `${JSON.stringify(path)}:${JSON.stringify(copy)}`;
    });
  });
  const rest = { ...doc, paths: PATHS as unknown as OpenAPIDocument['paths'] };
  const text = memo.text(JSON.stringify(['rest', rest]), () => {
    const copy = structuredClone(rest);
    linkRest(copy, links);
    return JSON.stringify(copy);
  });
  const mark = `"paths":${JSON.stringify(PATHS)}`;
  const at = text.indexOf(mark);
  return `${text.slice(0, at)}"paths":{${paths.join(',')}}${text.slice(at + mark.length)}`;
}

/** The site's copy of `doc`, as data. */
export function siteSpec(doc: OpenAPIDocument): OpenAPIDocument {
  return JSON.parse(siteSpecJson(doc, noMemo())) as OpenAPIDocument;
}
