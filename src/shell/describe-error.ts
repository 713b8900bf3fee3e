/** Errors as one line for warnings, with the HTTP status of API errors (Octokit's `RequestError`). No imports, so any module can use it. */

/** HTTP status of an Octokit `RequestError` (or anything carrying a numeric `status`). */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/** One-line description of an error for warnings. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = errorStatus(error);
    const message = error.message.split('\n')[0] ?? error.message;
    return status !== undefined && !message.includes(String(status)) ? `HTTP ${status}: ${message}` : message;
  }
  return String(error);
}
