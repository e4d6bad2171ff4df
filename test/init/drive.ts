/**
 * Driving the real prompts of `edu-comms init` in-process with @inquirer/testing: a script of (question pattern →
 * keys) pairs; questions the script does not name are answered with Enter (the suggested value). The test module
 * must import `@inquirer/testing/vitest` before the wizard.
 */
import { screen } from '@inquirer/testing/vitest';

/** Text typed then Enter; or a list of key names, `{ type }` and `{ until }` (wait for the screen to show it) steps. */
export type Answer = string | Array<string | { type: string } | { until: RegExp }> | (() => void | Promise<void>);

export interface Step {
  ask: RegExp;
  answer: Answer;
}

export interface Driven {
  code: number;
  /** Every prompt shown, in order (the screen text when it was answered). */
  prompts: string[];
}

/**
 * Answer prompts until the wizard ends. `ordered`: steps are taken in order, each once (prompts in between get Enter);
 * otherwise any pending step whose pattern matches the screen is used (once).
 */
export async function drive(run: Promise<number>, steps: Step[], options: { ordered?: boolean; maxPrompts?: number } = {}): Promise<Driven> {
  const pending = [...steps];
  const prompts: string[] = [];
  let result: { code: number } | { error: unknown } | undefined;
  const done = run.then(
    (code) => void (result = { code }),
    (error: unknown) => void (result = { error }),
  );
  await Promise.race([done, new Promise((r) => setImmediate(r))]);
  const max = options.maxPrompts ?? 400;
  while (result === undefined) {
    if (prompts.length >= max) throw new Error(`more than ${max} prompts; last screen:\n${screen.getScreen()}\npending: ${pending.map((s) => s.ask).join(', ')}`);
    const text = screen.getScreen();
    prompts.push(text);
    if (process.env["DRIVE_DEBUG"]) process.stderr.write(`--- prompt ${prompts.length}\n${text}\n`);
    const index = options.ordered ? (pending[0]?.ask.test(text) ? 0 : -1) : pending.findIndex((s) => s.ask.test(text));
    const answer: Answer = index >= 0 ? pending.splice(index, 1)[0]!.answer : ['enter'];
    await perform(answer);
    await Promise.race([screen.next(), done]);
  }
  if ('error' in result) throw result.error;
  if (pending.length > 0) throw new Error(`questions never asked: ${pending.map((s) => s.ask).join(', ')}\nprompts:\n${prompts.join('\n---\n')}`);
  return { code: result.code, prompts };
}

async function perform(answer: Answer): Promise<void> {
  if (typeof answer === 'function') return void (await answer());
  if (typeof answer === 'string') {
    screen.type(answer);
    screen.keypress('enter');
    return;
  }
  for (const step of answer) {
    if (typeof step === 'string') screen.keypress(step);
    else if ('type' in step) screen.type(step.type);
    else await until(step.until);
  }
}

/** Wait until the screen shows `pattern` (a search prompt filters its list after a key, asynchronously). */
async function until(pattern: RegExp): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (pattern.test(screen.getScreen())) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the screen never showed ${pattern}:\n${screen.getScreen()}`);
}

/** Press ↓ n times, then Enter: the n-th choice of a list (0 is the first). */
export const choose = (n: number): string[] => [...Array<string>(n).fill('down'), 'enter'];
