// Message templates from content (content/messages.yaml): {name} is replaced by its value.
// fillLine gives null when a placeholder it uses has no value, so optional lines drop out.
export type TemplateValues = Record<string, string | null | undefined>;

export function fillLine(template: string, values: TemplateValues): string | null {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const v = values[name];
    if (v === null || v === undefined || v === '') {
      missing = true;
      return '';
    }
    return v;
  });
  return missing ? null : out;
}

/** Lines joined by line breaks, those with an empty placeholder left out. */
export function fillLines(lines: string[], values: TemplateValues): string {
  return lines
    .map((l) => fillLine(l, values))
    .filter((l): l is string => l !== null)
    .join('\n');
}
