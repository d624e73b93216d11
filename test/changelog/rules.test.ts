import { describe, expect, it } from 'vitest';
import { RULES, renderMessage } from '../../scripts/changelog/rules.js';
import type { ChangeId } from '../../scripts/changelog/types.js';

describe('rules', () => {
  it('gives every id a level and a message whose placeholders all get filled', () => {
    for (const id of Object.keys(RULES) as ChangeId[]) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const message = renderMessage({ id, subject: 'S', from: 'F', to: 'T', location: 'body' });
      expect(message).not.toMatch(/[{}]/);
    }
  });

  it.each([
    ['operation-removed', 'breaking'],
    ['operation-added', 'non-breaking'],
    ['request-parameter-removed', 'breaking'],
    ['request-parameter-added-required', 'breaking'],
    ['request-parameter-became-required', 'breaking'],
    ['request-parameter-added-optional', 'non-breaking'],
    ['request-parameter-type-narrowed', 'breaking'],
    ['request-parameter-type-widened', 'non-breaking'],
    ['request-parameter-type-added', 'non-breaking'],
    ['request-parameter-enum-value-removed', 'breaking'],
    ['request-parameter-enum-value-added', 'non-breaking'],
    ['request-property-became-required', 'breaking'],
    ['response-property-removed', 'breaking'],
    ['response-property-added', 'non-breaking'],
  ] as [ChangeId, string][])('%s is %s', (id, level) => {
    expect(RULES[id].level).toBe(level);
  });

  it('names the location of a parameter and calls a body field a request property', () => {
    expect(renderMessage({ id: 'request-parameter-removed', from: 'labels', location: 'query' })).toBe('removed the query parameter `labels`');
    expect(renderMessage({ id: 'request-property-removed', from: 'title', location: 'body' })).toBe('removed the request property `title`');
  });
});
