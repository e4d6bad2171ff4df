import { UsageError } from '../errors.js';

// Placeholder until the command is built (see the issue tracker).
export async function runAggregate(_options: Record<string, unknown>): Promise<number> {
  throw new UsageError('`aggregate` is not available yet');
}
