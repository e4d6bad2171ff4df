/** Configs for rule tests that need a calendar other than the fixture's. */
import { ConfigSchema, type Config } from '../../src/contract/config.js';
import { testConfigInput } from '../fixtures/submission.js';

/** The test config with monthly and quarterly reports due on `day` of the following month. */
export function withMonthlyDeadline(day: number): Config {
  const year = testConfigInput.calendar!['2024-2025']!;
  return ConfigSchema.parse({ ...testConfigInput, calendar: { ...testConfigInput.calendar, '2024-2025': { ...year, monthly_deadline_day: day } } });
}

/** The test config with no deadlines at all. */
export function withoutDeadlines(): Config {
  return ConfigSchema.parse({
    ...testConfigInput,
    calendar: {
      '2024-2025': {
        HK1: { start: '2024-09-05', end: '2025-01-18' },
        HK2: { start: '2025-01-20', end: '2025-05-31' },
      },
    },
  });
}
