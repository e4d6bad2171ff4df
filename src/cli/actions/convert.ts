import { UsageError } from '../errors.js';

// Placeholder until the command is built (see the issue tracker).
export async function runConvert(_files: string[], _options: Record<string, unknown>): Promise<number> {
  throw new UsageError('`convert` is not available yet');
}
