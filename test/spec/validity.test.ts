// The spec generated from docs-source is valid OpenAPI 3.1 for two independent validators:
// Redocly's linter with its recommended rules (0 errors) and @seriousme/openapi-schema-validator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { Validator } from '@seriousme/openapi-schema-validator';
import { loadSpec, specPath } from '../helpers/pipeline.js';
import { redoclyLint } from '../helpers/redocly.js';

describe('the generated spec', () => {
  it('has 0 errors under redocly lint (recommended rules)', async () => {
    const report = await redoclyLint(specPath('json'));
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.errors).toBe(0);
    // Only these rules may warn, each for a reason in the docs themselves:
    const rules = [...new Set(report.problems.map((p) => p.ruleId))].sort();
    for (const rule of rules) {
      // no-ambiguous-paths: the docs' own routes (`/projects/user/{user_id}` beside `/projects/{id}/fork`);
      // tag-description: pages with no introduction before their first endpoint.
      expect(['no-ambiguous-paths', 'tag-description']).toContain(rule);
    }
  }, 120_000);

  it('is valid for @seriousme/openapi-schema-validator (OpenAPI 3.1)', async () => {
    const validator = new Validator();
    const result = await validator.validate(loadSpec() as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has the same content in openapi.yaml as in openapi.json', () => {
    expect(YAML.parse(readFileSync(specPath('yaml'), 'utf8'))).toEqual(loadSpec());
  });
});
