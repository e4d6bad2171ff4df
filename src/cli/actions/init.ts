import { UsageError } from '../errors.js';

// Placeholder until the command is built (see the issue tracker).
export async function runInit(_what: string, _options: Record<string, unknown>): Promise<number> {
  throw new UsageError('`init` is not available yet');
}
