/** "input 'x'" → "Input 'x'": for messages that start with a described setting. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
