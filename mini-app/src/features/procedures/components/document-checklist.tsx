// Papers to bring, as a checklist whose ticks stay on this device (per procedure code).
import { useEffect, useState } from 'react';
import Checkbox from 'zmp-ui/checkbox';
import type { DocumentGroup } from '@/types/api.js';
import { clearTicks, documentKey, loadTicks, toggleTick } from '../utils/checklist-store.js';
import { copiesText } from '../utils/labels.js';

export function DocumentChecklist({ code, groups }: { code: string; groups: DocumentGroup[] }) {
  const [ticks, setTicks] = useState<Set<string>>(() => loadTicks(code));
  useEffect(() => setTicks(loadTicks(code)), [code]);

  const allKeys = groups.flatMap((g) => g.documents.map((d) => documentKey(g.title, d.name)));
  const done = allKeys.filter((k) => ticks.has(k)).length;
  if (allKeys.length === 0) return <p className="muted">Chưa có thông tin về giấy tờ cần mang.</p>;

  return (
    <div className="checklist">
      <p className="checklist-progress" aria-live="polite">
        Đã chuẩn bị {done}/{allKeys.length} giấy tờ
        {done > 0 && (
          <button
            type="button"
            className="btn btn-link"
            onClick={() => {
              clearTicks(code);
              setTicks(new Set());
            }}
          >
            Bỏ đánh dấu
          </button>
        )}
      </p>
      {groups.map((group) => (
        <fieldset key={group.title} className="checklist-group">
          <legend>{group.title}</legend>
          {group.documents.map((doc) => {
            const k = documentKey(group.title, doc.name);
            const copies = copiesText(doc.originals, doc.copies);
            return (
              <div key={k} className={`checklist-item${ticks.has(k) ? ' is-done' : ''}`}>
                <Checkbox
                  value={k}
                  checked={ticks.has(k)}
                  onChange={(e: { target: { checked: boolean } }) => setTicks(toggleTick(code, k, e.target.checked))}
                >
                  <span className="checklist-name">{doc.name}</span>
                </Checkbox>
                {(copies || doc.note) && (
                  <p className="checklist-note">
                    {copies}
                    {copies && doc.note ? ' · ' : ''}
                    {doc.note}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
