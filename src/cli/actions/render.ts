import { UsageError } from '../errors.js';

// Placeholder until the command is built (see the issue tracker).
export async function runRender(_options: Record<string, unknown>): Promise<number> {
  throw new UsageError('`render` is not available yet');
}
