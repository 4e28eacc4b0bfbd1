// A small form builder for content and settings records: a spec per field, values in and out.
import { field, h } from '../dom.js';

/**
 * spec: { name, label, type: 'text'|'textarea'|'select'|'checkbox'|'date'|'number'|'list', options?, nullable?, required?, hint?, rows? }
 * Returns { el, read() } where read() gives the record as the API takes it.
 */
export function buildForm(spec, record) {
  const controls = {};
  const rows = spec.map((f) => {
    const v = record?.[f.name];
    let c;
    if (f.type === 'textarea') c = h('textarea', { rows: f.rows ?? 4, required: f.required, value: v ?? '' });
    else if (f.type === 'select')
      c = h(
        'select',
        { required: f.required, value: v ?? '' },
        f.nullable || !f.required ? h('option', { value: '' }, f.empty ?? '— Không chọn —') : null,
        f.options.map(([value, label]) => h('option', { value }, label)),
      );
    else if (f.type === 'checkbox') c = h('input', { type: 'checkbox', checked: Boolean(v) });
    else if (f.type === 'list') c = h('input', { value: (v ?? []).join(', ') });
    else
      c = h('input', { type: f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : 'text', required: f.required, value: v ?? '' });
    controls[f.name] = c;
    if (f.type === 'checkbox')
      return h(
        'div',
        { class: 'field' },
        h('label', { class: 'check' }, c, ` ${f.label}`),
        f.hint ? h('p', { class: 'hint' }, f.hint) : null,
      );
    return field(f.label + (f.required ? ' *' : ''), c, f.hint);
  });
  return {
    el: h('div', { class: 'form-grid' }, rows),
    read() {
      const out = {};
      for (const f of spec) {
        const c = controls[f.name];
        if (f.type === 'checkbox') out[f.name] = c.checked;
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
    },
  };
}
