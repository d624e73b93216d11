// One tag per docs page that documents endpoints: its title, its introduction, and the page.
import type { Page } from '../model.js';
import type { TagObject } from '../openapi-document.js';

/** Tag names must be unique: a second page with the same title gets its file name in brackets. */
export function toTags(pages: Page[]): Map<string, TagObject> {
  const tags = new Map<string, TagObject>();
  const names = new Set<string>();
  for (const page of pages) {
    let name = page.title.trim() || page.file.replace(/\.md$/, '');
    if (names.has(name)) name = `${name} (${page.file})`;
    names.add(name);
    const tag: TagObject = { name };
    if (page.description.trim()) tag.description = page.description.trim();
    tag['x-gitlab-page'] = page.file;
    tags.set(page.file, tag);
  }
  return tags;
}
