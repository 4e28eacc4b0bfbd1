// Papers to bring, as a checklist whose ticks stay on this device (per procedure code).
// A remark ("Lưu ý: …") is read, never ticked; an official form is linked next to its paper.
import { useEffect, useState } from 'react';
import Checkbox from 'zmp-ui/checkbox';
import { ExternalLink } from '@/components/call-link.js';
import type { DocumentGroup } from '@/types/api.js';
import { clearTicks, documentKey, loadTicks, toggleTick } from '../utils/checklist-store.js';
import { copiesText } from '../utils/labels.js';

/** Rows that are remarks about the papers, not papers (older imports kept them as rows). */
const NOTE_ROW = /^(?:Lưu ý|Ghi chú|Chú ý)(?=[\s:：-]|$)/iu;

export function DocumentChecklist({ code, groups: all }: { code: string; groups: DocumentGroup[] }) {
  const groups = all.map((g) => ({
    ...g,
    documents: g.documents.filter((d) => !NOTE_ROW.test(d.name)),
    notes: [...(g.notes ?? []), ...g.documents.filter((d) => NOTE_ROW.test(d.name)).map((d) => d.name)],
  }));
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
          {group.notes.map((n) => (
            <p key={n} className="checklist-remark">
              {n}
            </p>
          ))}
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
                {doc.formUrl && (
                  <p className="checklist-note">
                    <ExternalLink href={doc.formUrl}>{doc.form ? `Tải ${doc.form}` : 'Tải mẫu'} trên trang chính thức</ExternalLink>
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
