import { UsageError } from '../errors.js';

// Placeholder until the command is built (see the issue tracker).
export async function runTemplate(_options: Record<string, unknown>): Promise<number> {
  throw new UsageError('`template` is not available yet');
}
