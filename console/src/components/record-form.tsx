// A form for content and settings records from a spec per field: values in (defaults) and out
// (readRecord gives the record as the API takes it).
import { useId } from 'react';

export interface FieldSpec {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'checkbox' | 'date' | 'number' | 'list';
  options?: readonly (readonly [string, string])[];
  nullable?: boolean;
  required?: boolean;
  hint?: string;
  rows?: number;
  /** The empty choice of a select ("— Không chọn —"). */
  empty?: string;
  readOnly?: boolean;
}

type Values = Record<string, unknown>;

function Control({ f, value, id }: { f: FieldSpec; value: unknown; id: string }) {
  const text = value === null || value === undefined ? '' : String(value);
  if (f.type === 'textarea')
    return <textarea id={id} name={f.name} rows={f.rows ?? 4} required={f.required} defaultValue={text} readOnly={f.readOnly} />;
  if (f.type === 'select')
    return (
      <select id={id} name={f.name} required={f.required} defaultValue={text}>
        {f.nullable || !f.required ? <option value="">{f.empty ?? '— Không chọn —'}</option> : null}
        {(f.options ?? []).map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    );
  if (f.type === 'list')
    return <input id={id} name={f.name} defaultValue={Array.isArray(value) ? value.join(', ') : ''} readOnly={f.readOnly} />;
  return (
    <input
      id={id}
      name={f.name}
      type={f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : 'text'}
      required={f.required}
      defaultValue={text}
      readOnly={f.readOnly}
    />
  );
}

function Row({ f, value }: { f: FieldSpec; value: unknown }) {
  const id = useId();
  if (f.type === 'checkbox')
    return (
      <div className="field">
        <label className="check">
          <input type="checkbox" name={f.name} defaultChecked={Boolean(value)} /> {f.label}
        </label>
        {f.hint ? <p className="hint">{f.hint}</p> : null}
      </div>
    );
  return (
    <div className="field">
      <label htmlFor={id}>{f.label + (f.required ? ' *' : '')}</label>
      <Control f={f} value={value} id={id} />
      {f.hint ? <p className="hint">{f.hint}</p> : null}
    </div>
  );
}

export function RecordFields({ spec, record }: { spec: readonly FieldSpec[]; record: Values }) {
  return (
    <div className="form-grid">
      {spec.map((f) => (
        <Row key={f.name} f={f} value={record[f.name]} />
      ))}
    </div>
  );
}

/** The record as the API takes it: trimmed text, null for an empty nullable field, lists split on commas. */
export function readRecord(form: HTMLFormElement, spec: readonly FieldSpec[]): Values {
  const out: Values = {};
  for (const f of spec) {
    const c = form.elements.namedItem(f.name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
    if (!c) continue;
    if (f.type === 'checkbox') out[f.name] = (c as HTMLInputElement).checked;
    else if (f.type === 'list')
      out[f.name] = c.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (f.type === 'number') out[f.name] = c.value === '' ? undefined : Number(c.value);
    else if (c.value.trim() === '') out[f.name] = f.nullable ? null : f.required ? '' : undefined;
    else out[f.name] = f.type === 'textarea' ? c.value : c.value.trim();
  }
  return out;
}
