// The spec links back to GitLab's published docs, and its descriptions hold no link that only
// works beside the markdown pages (issue 5, "the published spec").
import { describe, expect, it } from 'vitest';
import { loadDiagnostics, loadSpec, operations } from '../helpers/pipeline.js';

/** Every `description` of a spec object, examples left out (they are API data, not prose). */
function descriptions(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => descriptions(item, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example' || key === 'examples') continue;
      if (key === 'description' && typeof value === 'string') out.push(value);
      else descriptions(value, out);
    }
  }
  return out;
}

describe('links of the generated spec', () => {
  it('points to GitLab\'s API docs, names its licence and a contact', () => {
    const spec = loadSpec() as Record<string, any>;
    expect(spec.externalDocs.url).toBe('https://docs.gitlab.com/ee/api/');
    expect(spec.info.license.name).toBe('CC BY-SA 4.0');
    expect(spec.info.contact.url).toMatch(/^https:\/\//);
  });

  it('every operation links to its section of the page it comes from', () => {
    const wrong = operations().filter(({ operation }) => {
      const page = `https://docs.gitlab.com/ee/api/${operation['x-source'].file.replace(/\.md$/, '.html')}#`;
      return !operation.externalDocs?.url?.startsWith(page) || operation.externalDocs.url === page;
    });
    expect(wrong.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('no description holds a relative link', () => {
    const relative = descriptions(loadSpec()).flatMap((text) =>
      [...text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]).filter((target) => !/^(https?|mailto):/.test(target)));
    expect(relative).toEqual([]);
  });

  it('reference-style links are resolved; the one without a definition on its page is reported', () => {
    // services.md:564 writes `[see screenshot][trans]`, and the page defines no `[trans]`.
    const unresolved = loadDiagnostics().filter((d) => d.ruleId === 'unresolved-link-reference');
    expect(unresolved.map((d) => `${d.file} ${d.reason}`)).toEqual([expect.stringMatching(/^services\.md .*\[trans\]/)]);
    const references = descriptions(loadSpec()).flatMap((text) => [...text.replace(/`[^`]*`/g, '').matchAll(/\]\[([^\]]+)\]/g)].map((m) => m[1]));
    expect(references.every((label) => label === 'trans')).toBe(true);
  });
});
