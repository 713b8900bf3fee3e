/**
 * XML escaping for the rendered SVGs.
 *
 * Frame names come straight from symbol tables and Python qualnames (`<module>`, `<lambda>`,
 * `<listcomp>`, C++ templates with `&` and quotes, arbitrary unicode), so every name that reaches
 * an attribute, a text node or the embedded script goes through one of these functions.
 */

/**
 * Characters that XML 1.0 forbids anywhere in a document: C0 controls other than tab, newline and
 * carriage return, lone UTF-16 surrogates, and U+FFFE/U+FFFF. (The `u` flag makes the class match
 * whole code points, so valid surrogate pairs are kept and only unpaired halves match.)
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Removes characters that are illegal in XML 1.0 (they cannot be escaped, only dropped). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/**
 * Escapes text for use in XML character data or a quoted attribute value (both quote kinds are
 * escaped, so either attribute quoting works), after stripping characters illegal in XML 1.0.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

/**
 * Serialises a value as JSON that is safe inside an SVG `<script>` CDATA section: `<`, `>` and `&`
 * become `\u` escapes (so `]]>` and `</script>` can never appear), U+2028/U+2029 are escaped for
 * older JavaScript parsers, and characters illegal in XML 1.0 are stripped from strings first.
 */
export function serializeScriptJson(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? stripInvalidXmlChars(item) : item));
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
