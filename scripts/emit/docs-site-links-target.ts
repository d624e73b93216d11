// Links out of the docs site open in a new tab, so a reader (perhaps offline, on a copy of the
// page) never loses the site. Redoc 3 gives its own external links `target="_blank"`, but not the
// links in descriptions (markdown), which are most of them: the page marks every link to another
// origin as Redoc renders it (a MutationObserver, since Redoc renders lazily and re-renders).
// Runs in the page; bundled into it as it is.

/** A link to another origin: opened in a new tab, without access to this page. */
export function markLink(link: HTMLAnchorElement, origin: string): void {
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#')) return;
  let url: URL;
  try {
    url = new URL(href, link.baseURI);
  } catch {
    return;
  }
  if (url.origin === origin || !/^https?:$/.test(url.protocol)) return;
  if (link.target !== '_blank') link.target = '_blank';
  const rel = new Set((link.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean));
  if (!rel.has('noopener') || !rel.has('noreferrer')) {
    rel.add('noopener');
    rel.add('noreferrer');
    link.setAttribute('rel', [...rel].join(' '));
  }
}

function markAll(root: ParentNode, origin: string): void {
  if (root instanceof HTMLAnchorElement) markLink(root, origin);
  for (const link of root.querySelectorAll('a[href]')) markLink(link as HTMLAnchorElement, origin);
}

/** Marks the links under `root` now and whenever some are added or changed. */
export function watchExternalLinks(root: Element, origin: string): MutationObserver {
  markAll(root, origin);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof HTMLAnchorElement) markLink(record.target, origin);
        continue;
      }
      for (const node of record.addedNodes) if (node instanceof Element) markAll(node, origin);
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  return observer;
}
