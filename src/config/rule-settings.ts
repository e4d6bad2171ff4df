/**
 * Checking the `rules:` block of edu-comms.yaml against the rule registry, as ESLint checks its rule settings: a rule
 * id that no rule has (in `severity` or `options`) and an option a rule does not declare (its `optionsSchema`) are
 * errors at their line, with the closest names as "did you mean". Without this a typo (`outlir`, `max_day`) would be
 * ignored in silence and the rule would run with its defaults.
 */
import { z } from 'zod';
import type { Finding, SourceDocument } from '../contract/findings.js';
import { issueToFindings } from '../contract/schema-issues.js';
import { formatPath, objectShape, schemaAt, type FieldPath } from '../contract/walk.js';
import { t, type Lang } from '../i18n/index.js';
import { suggest } from '../util/suggest.js';
import { rulesById } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

export interface RuleSettingsContext {
  file: string;
  lang: Lang;
  locate: SourceDocument['locate'];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A rule without an `optionsSchema` takes no options. */
const NO_OPTIONS = z.strictObject({});

export function optionsSchemaOf(rule: Rule): z.ZodType {
  return rule.optionsSchema ?? NO_OPTIONS;
}

/**
 * The problems of `rules` (the raw value read from edu-comms.yaml, before the schema): unknown rule ids and unknown or
 * invalid options. What the config schema already reports (a `severity` that is not a mapping, a bad severity word)
 * is left to it.
 */
export function checkRuleSettings(rules: unknown, ctx: RuleSettingsContext, registry: ReadonlyMap<string, Rule> = rulesById): Finding[] {
  if (!isRecord(rules)) return [];
  const findings: Finding[] = [];
  const ids = [...registry.keys()];
  const problem = (path: FieldPath, message: string, hint: string): Finding => ({
    rule: 'config',
    severity: 'error',
    file: ctx.file,
    path: formatPath(path),
    ...ctx.locate(path, 'key'),
    message,
    hint,
  });
  for (const section of ['severity', 'options'] as const) {
    const entries = rules[section];
    if (!isRecord(entries)) continue;
    for (const [id, value] of Object.entries(entries)) {
      const rule = registry.get(id);
      if (!rule) {
        const near = suggest(id, ids);
        findings.push(
          problem(
            ['rules', section, id],
            t('config.rule_unknown', ctx.lang, { id, section }),
            near.length > 0 ? t('config.rule_unknown.near', ctx.lang, { near: near.join(', ') }) : t('config.rule_unknown.list', ctx.lang, { ids: ids.join(', ') }),
          ),
        );
        continue;
      }
      if (section === 'options' && isRecord(value)) findings.push(...checkOptions(rule, value, ctx, problem));
    }
  }
  return findings;
}

function checkOptions(
  rule: Rule,
  options: Record<string, unknown>,
  ctx: RuleSettingsContext,
  problem: (path: FieldPath, message: string, hint: string) => Finding,
): Finding[] {
  const schema = optionsSchemaOf(rule);
  const result = schema.safeParse(options);
  if (result.success) return [];
  const prefix: FieldPath = ['rules', 'options', rule.id];
  const findings: Finding[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as FieldPath;
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(objectShape(schemaAt(schema, path) ?? schema) ?? {});
      for (const key of issue.keys) {
        const option = formatPath([...path, key]);
        const near = suggest(key, allowed);
        const hint =
          allowed.length === 0
            ? t('config.rule_no_options', ctx.lang, { id: rule.id })
            : near.length > 0
              ? t('config.rule_unknown.near', ctx.lang, { near: near.join(', ') })
              : t('config.rule_option_unknown.list', ctx.lang, { id: rule.id, allowed: allowed.join(', ') });
        findings.push(problem([...prefix, ...path, key], t('config.rule_option_unknown', ctx.lang, { id: rule.id, option }), hint));
      }
      continue;
    }
    const located = issueToFindings(issue, {
      root: schema,
      data: options,
      file: ctx.file,
      lang: ctx.lang,
      locate: (p, target) => ctx.locate([...prefix, ...p], target),
    });
    findings.push(...located.map((f) => ({ ...f, rule: 'config', path: formatPath([...prefix, ...path]) })));
  }
  return findings;
}
