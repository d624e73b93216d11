import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../scripts/parse/front-matter.js';

describe('splitFrontMatter', () => {
  it('reads the YAML keys and blanks the lines, keeping line numbers', () => {
    const text = '---\ntitle: Projects API\ndescription: "Docs"\n---\n\n# Body\n';
    const { data, body, diagnostics } = splitFrontMatter(text, 'projects.md');
    expect(data).toEqual({ title: 'Projects API', description: 'Docs' });
    expect(body.split('\n')).toHaveLength(text.split('\n').length);
    expect(body.split('\n')[5]).toBe('# Body');
    expect(body.slice(0, 4)).toBe('\n\n\n\n');
    expect(diagnostics).toEqual([]);
  });

  it('leaves a page without front matter alone', () => {
    const text = '# Title\n\n---\n\ntext\n';
    expect(splitFrontMatter(text, 'a.md')).toEqual({ data: {}, body: text, diagnostics: [] });
  });

  it.each([
    ['unclosed', '---\ntitle: x\n\n# T\n', 1],
    ['invalid YAML', '---\ntitle: [unclosed\n---\n# T\n', 2],
    ['not a mapping', '---\n- a\n- b\n---\n', 2],
  ])('reports %s front matter as invalid-front-matter', (_name, text, line) => {
    const { diagnostics } = splitFrontMatter(text, 'bad.md');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'bad.md', line, ruleId: 'invalid-front-matter' });
  });
});
