import { describe, expect, it } from 'vitest';
import { sanitizeMarkdown } from '../../scripts/emit/docs-site-sanitize.js';

describe('sanitizeMarkdown', () => {
  it.each([
    // What GitLab's docs write stays as it is.
    ['plain markdown', 'The ID or [URL-encoded path](https://docs.gitlab.com/ee/api/README.html) of the `project`', 'The ID or [URL-encoded path](https://docs.gitlab.com/ee/api/README.html) of the `project`'],
    ['allowed bare tags (docs-versions/current: `<br>`, footnote `<sup>`)', 'One<br>two<sup>1</sup> <code>x</code> <br/>', 'One<br>two<sup>1</sup> <code>x</code> <br/>'],
    ['HTML inside code is code', 'Send `<style>` or\n\n```html\n<img onerror="x">\n```', 'Send `<style>` or\n\n```html\n<img onerror="x">\n```'],
    ['an HTML comment goes', 'a <!-- hidden --> b', 'a  b'],
    // The rest shows as text.
    ['a style block', '<style>body{display:none}</style>', '&lt;style>body{display:none}&lt;/style>'],
    ['an inline handler', 'Created <img src=x onerror="alert(1)"> here', 'Created &lt;img src=x onerror="alert(1)"> here'],
    ['an allowed tag with attributes (its bare closing tag may stay)', '<sup onclick="x">1</sup>', '&lt;sup onclick="x">1</sup>'],
    ['a block of HTML', '<div>\n<svg onload=alert(1)>\n</div>', '&lt;div>\n&lt;svg onload=alert(1)>\n&lt;/div>'],
    // Markdoc's tags and annotations, also written as character references.
    ['a Markdoc tag', 'Text {% html name="style" %}body{}{% /html %}', 'Text \\{% html name="style" %}body{}\\{% /html %}'],
    ['a Markdoc annotation', 'Text {% .red #redoc %}', 'Text \\{% .red #redoc %}'],
    ['a tag written with character references', 'Text &#123;% .red %} &#x7B;&#37; .x %} &lbrace;%', 'Text \\{% .red %} \\{% .x %} \\{%'],
    ['braces that open no tag', 'A hash `{ a: 1 }` and {a}', 'A hash `{ a: 1 }` and {a}'],
  ])('%s', (_, given, want) => {
    expect(sanitizeMarkdown(given)).toBe(want);
  });

  it('is stable: sanitising twice changes nothing more', () => {
    for (const text of ['<style>x</style> {% a %}', '<a href="javascript:x">y</a>', '&lt;b>']) {
      const once = sanitizeMarkdown(text);
      expect(sanitizeMarkdown(once)).toBe(once);
    }
  });
});
