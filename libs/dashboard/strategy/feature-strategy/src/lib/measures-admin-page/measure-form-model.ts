import type { Measure, MeasureEffort, MeasureInput } from '@digitalcheck/shared-contracts';

/** The nine fields of action (codes and titles of the questionnaire's P1 rows), for the catalogue page. */
export const FIELD_TITLES: readonly { code: string; title: string }[] = [
  { code: 'VER', title: 'Kommunale Verwaltung' },
  { code: 'INF', title: 'Digitale Infrastruktur' },
  { code: 'BIL', title: 'Bildung und Jugend' },
  { code: 'WIR', title: 'Kommunale Wirtschaft' },
  { code: 'TOU', title: 'Tourismus' },
  { code: 'SEN', title: 'Silberne Gesellschaft' },
  { code: 'SOZ', title: 'Arbeit und Soziales' },
  { code: 'ORT', title: 'Dorf- und Stadtentwicklung' },
  { code: 'ALL', title: 'Alltagsleben' },
];

/** The edit form's values: everything as typed (numbers and JSON as text). */
export interface MeasureFormValue {
  code: string;
  field: string;
  title: string;
  description: string;
  effort: MeasureEffort;
  costMin: string;
  costMax: string;
  exampleTitle: string;
  exampleDescription: string;
  /** JSON of the condition; empty = always possible. */
  prerequisite: string;
  /** Question codes, separated by commas or line breaks. */
  improves: string;
  archived: boolean;
}

export const EMPTY_FORM: MeasureFormValue = {
  code: '',
  field: 'VER',
  title: '',
  description: '',
  effort: 'mittel',
  costMin: '0',
  costMax: '0',
  exampleTitle: '',
  exampleDescription: '',
  prerequisite: '',
  improves: '',
  archived: false,
};

export function formOf(measure: Measure): MeasureFormValue {
  return {
    code: measure.code,
    field: measure.field,
    title: measure.title,
    description: measure.description,
    effort: measure.effort,
    costMin: String(measure.costMin),
    costMax: String(measure.costMax),
    exampleTitle: measure.example.title,
    exampleDescription: measure.example.description,
    prerequisite: measure.prerequisite === null ? '' : JSON.stringify(measure.prerequisite, null, 2),
    improves: measure.improves.join(', '),
    archived: measure.archived,
  };
}

/** Form field whose text the browser must turn into a value; German message per field. */
export type FormProblems = Partial<Record<keyof MeasureFormValue, string>>;

/** The request body, or the fields that cannot be read (not a whole number, not JSON). */
export function inputOf(form: MeasureFormValue): { input: MeasureInput } | { problems: FormProblems } {
  const problems: FormProblems = {};
  const costMin = wholeEuro(form.costMin);
  const costMax = wholeEuro(form.costMax);
  if (costMin === null)
    problems.costMin = $localize`:Measure form error@@strategy.measureForm.costNumber:Bitte geben Sie einen ganzen Betrag in Euro ein, zum Beispiel 5000.`;
  if (costMax === null)
    problems.costMax = $localize`:Measure form error@@strategy.measureForm.costNumber:Bitte geben Sie einen ganzen Betrag in Euro ein, zum Beispiel 5000.`;
  let prerequisite: Record<string, unknown> | null = null;
  if (form.prerequisite.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(form.prerequisite);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      prerequisite = parsed as Record<string, unknown>;
    } catch {
      problems.prerequisite = $localize`:Measure form error@@strategy.measureForm.json:Die Voraussetzung ist kein gültiges JSON-Objekt, zum Beispiel {"q": "A1", "in": ["a", "b"]}. Leer lassen, wenn es keine gibt.`;
    }
  }
  if (Object.keys(problems).length > 0 || costMin === null || costMax === null) return { problems };
  return {
    input: {
      code: form.code.trim(),
      field: form.field,
      title: form.title.trim(),
      description: form.description.trim(),
      effort: form.effort,
      costMin,
      costMax,
      prerequisite,
      improves: form.improves
        .split(/[,\n]/)
        .map((code) => code.trim())
        .filter((code) => code !== ''),
      example: { title: form.exampleTitle.trim(), description: form.exampleDescription.trim() },
      archived: form.archived,
    },
  };
}

function wholeEuro(text: string): number | null {
  const value = Number(text.trim().replace(/\./g, ''));
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** Which form field an API error path belongs to (`example.title` → exampleTitle, `prerequisite/all/0` → prerequisite). */
export function formFieldOf(path: string): keyof MeasureFormValue | null {
  if (path.startsWith('prerequisite')) return 'prerequisite';
  if (path.startsWith('improves')) return 'improves';
  if (path === 'example.title') return 'exampleTitle';
  if (path.startsWith('example')) return 'exampleDescription';
  const head = path.split('.')[0];
  const known: (keyof MeasureFormValue)[] = [
    'code',
    'field',
    'title',
    'description',
    'effort',
    'costMin',
    'costMax',
    'archived',
  ];
  return (known as string[]).includes(head) ? (head as keyof MeasureFormValue) : null;
}

/** German message for one field error of the API; the API's own text names what is wrong inside a condition. */
export function measureFieldMessage(path: string, code: string, apiMessage: string): string {
  const field = formFieldOf(path);
  switch (field) {
    case 'code':
      return code === 'codeFieldMismatch' || code === 'duplicateCode' || code === 'codeTaken'
        ? $localize`:Measure field error@@strategy.measureField.codeField:Das Kürzel muss mit dem Handlungsfeld beginnen und darf nur einmal vorkommen, zum Beispiel VER-08.`
        : $localize`:Measure field error@@strategy.measureField.code:Bitte geben Sie ein Kürzel wie VER-08 ein (Handlungsfeld, Bindestrich, zwei oder drei Ziffern).`;
    case 'title':
      return $localize`:Measure field error@@strategy.measureField.title:Bitte geben Sie einen Titel mit 3 bis 200 Zeichen ein.`;
    case 'description':
      return $localize`:Measure field error@@strategy.measureField.description:Bitte beschreiben Sie die Maßnahme.`;
    case 'costMin':
    case 'costMax':
      return code === 'belowCostMin'
        ? $localize`:Measure field error@@strategy.measureField.costOrder:Die Höchstkosten dürfen nicht unter den Mindestkosten liegen.`
        : $localize`:Measure field error@@strategy.measureField.cost:Bitte geben Sie einen Betrag von 0 bis 100.000.000 Euro ein.`;
    case 'exampleTitle':
    case 'exampleDescription':
      return $localize`:Measure field error@@strategy.measureField.example:Bitte geben Sie Titel und Beschreibung des Beispiels ein.`;
    case 'improves':
      return $localize`:Measure field error@@strategy.measureField.improves:Bitte nennen Sie mindestens eine bewertete Frage des Fragebogens (höchstens 20), zum Beispiel V4. Hinweis des Servers: ${apiMessage}:detail:`;
    case 'prerequisite':
      return $localize`:Measure field error@@strategy.measureField.prerequisite:Die Voraussetzung passt nicht zum Fragebogen (${path}:path:): ${apiMessage}:detail:`;
    default:
      return $localize`:Measure field error@@strategy.measureField.other:Bitte prüfen Sie diese Angabe.`;
  }
}
