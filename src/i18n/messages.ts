/**
 * The message catalogue: every text the tool prints that is not owned by a rule module. One entry, two languages.
 * Each stage keeps its messages in a catalogue of its own (catalogues/<stage>.ts); they are merged here, and a test
 * holds that no key is defined twice and that every entry has both languages.
 */
import { readMessages } from './catalogues/read.js';
import { formMessages } from './catalogues/form.js';
import { configMessages } from './catalogues/config.js';
import { validateMessages } from './catalogues/validate.js';
import { aggregateMessages } from './catalogues/aggregate.js';
import { feedbackMessages } from './catalogues/feedback.js';
import { renderMessages } from './catalogues/render.js';
import { initMessages } from './catalogues/init.js';
import { cliMessages } from './catalogues/cli.js';
import { helpMessages } from './catalogues/help.js';

/** The catalogues, by the stage that owns them. */
export const catalogues = { read: readMessages, form: formMessages, config: configMessages, validate: validateMessages, aggregate: aggregateMessages, feedback: feedbackMessages, render: renderMessages, init: initMessages, cli: cliMessages, help: helpMessages } as const;

export const catalogue = {
  ...readMessages,
  ...formMessages,
  ...configMessages,
  ...validateMessages,
  ...aggregateMessages,
  ...feedbackMessages,
  ...renderMessages,
  ...initMessages,
  ...cliMessages,
  ...helpMessages,
};

export type MessageKey = keyof typeof catalogue;
