/** "Amira Khan", "Amira Khan and Leo Khan", "Amira Khan, Leo Khan and Sami Khan". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
