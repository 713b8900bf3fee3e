/**
 * A failure the user can fix; its message names the input, the value, what was expected and how to
 * fix it. The CLI exits 2 on it; the Action fails the step with the message (no stack trace).
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly details: { logTail?: string[] } = {},
  ) {
    super(message);
  }
}
