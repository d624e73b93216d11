// The entry point: what it exports, that it stays browser-safe, and how the client object behaves.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as entry from '../../src/client/index.js';

const dir = new URL('../../src/client/', import.meta.url);

describe('src/client', () => {
  it('imports nothing Node-only (it must run in browsers)', () => {
    const offenders: string[] = [];
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (const [i, line] of text.split('\n').entries()) {
        if (/from ['"](node:|fs|path|http|https|net|os|url|util|child_process|stream|buffer)['"/]/.test(line) || /\b(require\(|process\.|Buffer\.|__dirname)/.test(line)) {
          offenders.push(`${name}:${i + 1}: ${line.trim()}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('exports the runtime API the README documents', () => {
    expect(Object.keys(entry).sort()).toEqual(['GitLabApiError', 'PageIterator', 'createGitLabClient', 'gitlabMessage', 'nextLink', 'paginate', 'resolveBaseUrl']);
  });
});

describe('the client object', () => {
  const gitlab = entry.createGitLabClient({ host: 'gitlab.example.com', token: 'tok-1234' });
  it('answers its own members, and every tag key with the shared openapi-fetch client', () => {
    expect(gitlab.options.baseUrl).toBe('https://gitlab.example.com/api/v4');
    expect(typeof gitlab.request).toBe('function');
    expect(typeof gitlab.paginate).toBe('function');
    const views = gitlab as unknown as Record<string, { GET: unknown }>;
    expect(typeof views.issues.GET).toBe('function');
    expect(views.mergeRequests).toBe(views.issues);
  });
  it('is not a thenable and converts to a string (a Proxy must not answer everything)', async () => {
    expect((gitlab as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(gitlab)).toBe(gitlab);
    expect(String(gitlab)).toBe('[object Object]');
    expect(JSON.stringify(gitlab)).not.toContain('tok-1234');
  });
});
