/** Running YAML text through the real reader and engine, for the rules raised by the readers and the schema layer. */
import { SubmissionSchema } from '../../src/contract/submission.js';
import type { Config } from '../../src/contract/config.js';
import { readYamlDocument } from '../../src/read/yaml.js';
import { validateDocuments } from '../../src/validate/engine.js';
import type { Finding } from '../../src/contract/findings.js';
import { testConfig, testRoster } from '../fixtures/submission.js';

export function findingsOf(yamlText: string, config: Config = testConfig): Finding[] {
  const doc = readYamlDocument(new TextEncoder().encode(yamlText), { file: 'x.yaml', lang: 'vi', schema: SubmissionSchema });
  return validateDocuments([doc], { config, roster: testRoster, target: null, lang: 'vi' }).files[0]!.findings;
}
