// One feedback: content, photos, location, procedure, sender (handling unit only), timeline,
// deliveries with "send again", the citizen's rating, and the actions allowed in its status.
import { api } from '../api.js';
import { go, refreshCounts, state } from '../app.js';
import { dueBadge, errorBox, field, h, readable, replace, toast, vnDate, vnDateTime } from '../dom.js';

const KIND = { phan_anh: 'Phản ánh', kien_nghi: 'Kiến nghị', hoi_dap: 'Hỏi đáp' };
const DELIVERY = { pending: 'Đang chờ gửi', sending: 'Đang gửi', delivered: 'Đã gửi', dead: 'Gửi thất bại' };
const CHANNEL = { email: 'Thư điện tử', webhook: 'Webhook', zalo: 'Zalo OA' };

export async function renderDetail(el, code) {
  const d = await api(`/api/staff/feedback/${encodeURIComponent(code)}`);
  document.title = `${d.trackingCode} — Bảng điều khiển cán bộ`;
  const base = `/api/staff/feedback/${encodeURIComponent(d.trackingCode)}`;
  const panel = h('div', { class: 'action-panel', 'aria-live': 'polite' });

  /** Runs an action, shows the server's message on failure, re-renders on success. */
  async function act(path, body, done) {
    try {
      const res = await api(`${base}/${path}`, { method: 'POST', body });
      toast(
        done +
          (res.notified === 'sent'
            ? ' Đã nhắn Zalo cho người gửi.'
            : res.notified === 'failed'
              ? ' Chưa nhắn được Zalo cho người gửi.'
              : ''),
      );
      await refreshCounts();
      if (res.detail) await renderDetail(el, d.trackingCode);
      else go('#/inbox?status=open');
    } catch (err) {
      replace(panel, errorBox(err), panel.lastForm ?? null);
    }
  }
  function showForm(form) {
    panel.lastForm = form;
    replace(panel, form);
    form.querySelector('textarea, input, select')?.focus();
  }
  const cancel = () => h('button', { type: 'button', class: 'secondary', onClick: () => replace(panel) }, 'Hủy');
  const formOf = (title, controls, submitLabel, onSubmit) =>
    h(
      'form',
      {
        class: 'card',
        onSubmit: (e) => {
          e.preventDefault();
          onSubmit();
        },
      },
      h('h3', null, title),
      controls,
      h('div', { class: 'buttons' }, h('button', { type: 'submit' }, submitLabel), cancel()),
    );

  const forms = {
    acknowledge: () => act('acknowledge', undefined, d.status === 'answered' ? 'Đã mở lại để xử lý tiếp.' : 'Đã nhận xử lý.'),
    answer: async () => {
      const text = h('textarea', { rows: 8, required: true, minlength: 10, maxlength: 8000 });
      const templates = (await api('/api/staff/content/templates').catch(() => ({ items: [] }))).items.filter(
        (t) => !t.field || t.field === d.field?.id,
      );
      const pick = templates.length
        ? field(
            'Dùng mẫu trả lời',
            h(
              'select',
              {
                onChange: (e) => {
                  const t = templates.find((x) => x.id === e.target.value);
                  if (t) text.value = t.text;
                },
              },
              h('option', { value: '' }, '— Chọn mẫu —'),
              templates.map((t) => h('option', { value: t.id }, t.title)),
            ),
          )
        : null;
      showForm(
        formOf(
          'Trả lời người gửi',
          [
            pick,
            field('Nội dung trả lời', text, 'Người gửi xem được câu trả lời bằng mã theo dõi. Không ghi thông tin cá nhân của người khác.'),
            h(
              'p',
              { class: 'hint' },
              d.publish
                ? 'Người gửi đồng ý công khai. Sau khi trả lời, bấm “Công khai câu trả lời” để xem trước bản đã ẩn thông tin cá nhân.'
                : 'Người gửi không đồng ý công khai: câu trả lời chỉ người gửi xem được.',
            ),
          ],
          'Gửi trả lời',
          () => act('answer', { text: text.value }, 'Đã gửi trả lời.'),
        ),
      );
    },
    transfer: () => {
      const unit = h(
        'select',
        { required: true },
        h('option', { value: '' }, '— Chọn đơn vị —'),
        state.units.filter((u) => u.id !== d.unit.id).map((u) => h('option', { value: u.id }, u.name)),
      );
      const reason = h('textarea', { rows: 3, required: true, minlength: 5 });
      showForm(
        formOf(
          'Chuyển sang đơn vị khác',
          [field('Đơn vị nhận', unit), field('Lý do chuyển', reason, 'Người gửi thấy lý do này.')],
          'Chuyển',
          () => act('transfer', { unitId: unit.value, reason: reason.value }, 'Đã chuyển phản ánh.'),
        ),
      );
    },
    reject: () => {
      const reason = h('textarea', { rows: 3, required: true, minlength: 5 });
      const channel = h('input', { placeholder: 'Ví dụ: Gửi đơn khiếu nại đến Ban Tiếp công dân của UBND xã' });
      showForm(
        formOf(
          'Không tiếp nhận (ngoài phạm vi)',
          [
            field('Lý do', reason, 'Người gửi thấy lý do này.'),
            field('Kênh phù hợp', channel, 'Khiếu nại, tố cáo theo luật riêng: hãy chỉ rõ nơi gửi.'),
          ],
          'Không tiếp nhận',
          () => act('reject', { reason: reason.value, channel: channel.value }, 'Đã ghi nhận không tiếp nhận.'),
        ),
      );
    },
    duplicate: () => {
      const of = h('input', { required: true, placeholder: 'PA-2026-000123', pattern: '[A-Za-z]{2}-\\d{4}-\\d{6,}' });
      showForm(
        formOf('Đánh dấu trùng', [field('Trùng với mã phản ánh', of)], 'Đánh dấu trùng', () =>
          act('duplicate', { of: of.value }, 'Đã đánh dấu trùng.'),
        ),
      );
    },
    close: () => act('close', undefined, 'Đã kết thúc phản ánh.'),
    publish: async () => {
      if (d.publishApproved) return act('publish', { publish: false }, 'Đã thôi công khai.');
      // Preview: personal data already masked by the server; staff check and edit before it goes public.
      let p;
      try {
        p = await api(`${base}/publish-preview`);
      } catch (err) {
        return replace(panel, errorBox(err));
      }
      const subject = h('input', { value: p.subject, required: true, minlength: 5, maxlength: 200 });
      const content = h('textarea', { rows: 5, required: true, minlength: 10, maxlength: 4000, value: p.content });
      const answer = h('textarea', { rows: 7, required: true, minlength: 10, maxlength: 8000, value: p.answer });
      showForm(
        formOf(
          'Xem trước bản công khai',
          [
            h(
              'p',
              { class: 'hint' },
              p.masked
                ? `Đã tự động ẩn ${p.masked} chỗ có thông tin cá nhân (số điện thoại, email, số giấy tờ, tên, địa chỉ người gửi). Đọc lại và sửa nếu còn sót.`
                : 'Không thấy thông tin cá nhân để ẩn. Đọc lại và sửa nếu còn sót.',
            ),
            field('Tiêu đề', subject),
            field('Nội dung phản ánh', content),
            field('Câu trả lời', answer),
          ],
          'Công khai',
          () =>
            act(
              'publish',
              { publish: true, subject: subject.value, content: content.value, answer: answer.value },
              'Đã công khai câu trả lời.',
            ),
        ),
      );
    },
    note: () => {
      const text = h('textarea', { rows: 3, required: true, minlength: 2 });
      showForm(
        formOf('Ghi chú nội bộ', [field('Ghi chú', text, 'Chỉ cán bộ thấy; người gửi không thấy.')], 'Lưu ghi chú', () =>
          act('notes', { text: text.value }, 'Đã lưu ghi chú.'),
        ),
      );
    },
  };
  const LABEL = {
    acknowledge: d.status === 'answered' ? 'Mở lại để xử lý' : 'Nhận xử lý',
    answer: 'Trả lời',
    transfer: 'Chuyển đơn vị',
    reject: 'Không tiếp nhận',
    duplicate: 'Đánh dấu trùng',
    close: 'Kết thúc',
    publish: d.publishApproved ? 'Thôi công khai' : 'Công khai câu trả lời',
  };
  const actions = h(
    'div',
    { class: 'actions', role: 'group', 'aria-label': 'Thao tác' },
    d.actions.map((a) => h('button', { type: 'button', class: a === 'answer' ? '' : 'secondary', onClick: forms[a] }, LABEL[a])),
    h('button', { type: 'button', class: 'secondary', onClick: forms.note }, 'Ghi chú nội bộ'),
  );

  const loc = d.location
    ? h(
        'p',
        null,
        d.location.text ?? '',
        d.location.lat !== undefined
          ? h(
              'a',
              {
                href: `https://www.openstreetmap.org/?mlat=${d.location.lat}&mlon=${d.location.lng}#map=18/${d.location.lat}/${d.location.lng}`,
                target: '_blank',
                rel: 'noopener',
              },
              ` ${d.location.lat.toFixed(5)}, ${d.location.lng.toFixed(5)} (xem bản đồ)`,
            )
          : null,
      )
    : h('p', { class: 'muted' }, 'Không có');

  const main = h(
    'div',
    { class: 'detail-main' },
    h('section', { class: 'card' }, h('h2', null, 'Nội dung'), h('p', { class: 'pre' }, d.content)),
    d.photos.length
      ? h(
          'section',
          { class: 'card' },
          h('h2', null, `Ảnh đính kèm (${d.photos.length})`),
          h(
            'div',
            { class: 'photos' },
            d.photos.map((p, i) =>
              h('a', { href: p.url, target: '_blank' }, h('img', { src: p.url, alt: `Ảnh ${i + 1} người gửi đính kèm`, loading: 'lazy' })),
            ),
          ),
        )
      : null,
    d.answer
      ? h(
          'section',
          { class: 'card answer' },
          h('h2', null, 'Câu trả lời'),
          h('p', { class: 'pre' }, d.answer.text),
          h(
            'p',
            { class: 'muted small' },
            `${d.answer.by} · ${vnDateTime(d.answer.at)} · ${d.publishApproved ? 'Đang công khai' : 'Không công khai'}`,
          ),
        )
      : null,
    d.rejectReason ? h('section', { class: 'card' }, h('h2', null, 'Lý do không tiếp nhận'), h('p', null, d.rejectReason)) : null,
    d.duplicateOf
      ? h(
          'section',
          { class: 'card' },
          h('h2', null, 'Trùng với'),
          h('a', { href: `#/feedback/${encodeURIComponent(d.duplicateOf)}` }, d.duplicateOf),
        )
      : null,
    d.rating
      ? h(
          'section',
          { class: 'card' },
          h('h2', null, 'Đánh giá của người gửi'),
          h(
            'p',
            null,
            h(
              'span',
              { class: 'stars', 'aria-label': `${d.rating.stars} trên 5 sao` },
              '★'.repeat(d.rating.stars) + '☆'.repeat(5 - d.rating.stars),
            ),
            ` · ${d.rating.solved ? 'Đã được giải quyết' : 'Chưa được giải quyết'}`,
          ),
          d.rating.comment ? h('p', { class: 'pre' }, d.rating.comment) : null,
        )
      : null,
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Diễn biến'),
      h(
        'ol',
        { class: 'timeline' },
        d.timeline.map((e) =>
          h(
            'li',
            { class: e.citizenVisible ? null : 'internal' },
            h('div', null, h('strong', null, e.label), e.citizenVisible ? null : h('span', { class: 'tag' }, 'nội bộ')),
            e.note ? h('div', { class: 'pre' }, readable(e.note)) : null,
            h('div', { class: 'muted small' }, `${vnDateTime(e.at)} · ${e.by}`),
          ),
        ),
      ),
    ),
  );

  const side = h(
    'aside',
    { class: 'detail-side' },
    h(
      'section',
      { class: 'card personal' },
      h('h2', null, 'Người gửi'),
      d.anonymisedAt
        ? h('p', { class: 'muted' }, `Thông tin cá nhân đã được xóa (${vnDate(d.anonymisedAt)}).`)
        : h(
            'dl',
            null,
            h('dt', null, 'Họ tên'),
            h('dd', null, d.sender.name ?? '—'),
            h('dt', null, 'Điện thoại'),
            h('dd', null, d.sender.phone ? h('a', { href: `tel:${d.sender.phone}` }, d.sender.phone) : '—'),
            h('dt', null, 'Địa chỉ'),
            h('dd', null, d.sender.address ?? '—'),
          ),
      h('p', { class: 'hint' }, 'Chỉ dùng để giải quyết phản ánh này. Không chuyển tiếp, không công khai.'),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Thông tin'),
      h(
        'dl',
        null,
        h('dt', null, 'Loại'),
        h('dd', null, KIND[d.kind]),
        h('dt', null, 'Lĩnh vực'),
        h('dd', null, d.field?.name ?? 'Chưa chọn'),
        h('dt', null, 'Xã, phường'),
        h('dd', null, d.commune.name),
        h('dt', null, 'Vị trí'),
        h('dd', null, loc),
        h('dt', null, 'Thủ tục liên quan'),
        h('dd', null, d.procedure ? `${d.procedure.name ?? ''} (${d.procedure.code})` : 'Không có'),
        h('dt', null, 'Đơn vị xử lý'),
        h('dd', null, d.unit.name),
        h('dt', null, 'Ngày gửi'),
        h('dd', null, vnDateTime(d.createdAt)),
        h('dt', null, 'Hạn xử lý'),
        h('dd', null, `${vnDate(d.dueAt)} (${d.deadlineDays} ngày làm việc) `, dueBadge(d)),
        h('dt', null, 'Công khai'),
        h(
          'dd',
          null,
          d.publish
            ? d.publishApproved
              ? 'Người gửi đồng ý; đang công khai'
              : 'Người gửi đồng ý; chưa công khai'
            : 'Người gửi không đồng ý',
        ),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      h('h2', null, 'Gửi đến đơn vị'),
      d.deliveries.length
        ? h(
            'ul',
            { class: 'deliveries' },
            d.deliveries.map((x) =>
              h(
                'li',
                { class: `d-${x.status}` },
                h('div', null, h('strong', null, CHANNEL[x.channel] ?? x.channel), ` → ${x.to}`),
                h('div', null, h('span', { class: `status d-${x.status}` }, DELIVERY[x.status] ?? x.status), ` · ${x.attempts} lần thử`),
                x.lastError ? h('div', { class: 'muted small' }, `Lỗi gần nhất: ${readable(x.lastError)}`) : null,
                x.deliveredAt ? h('div', { class: 'muted small' }, `Đã gửi lúc ${vnDateTime(x.deliveredAt)}`) : null,
                x.status === 'dead' || x.status === 'pending'
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: x.status === 'dead' ? '' : 'secondary small',
                        onClick: () => act(`deliveries/${encodeURIComponent(x.id)}/retry`, undefined, 'Đã cho gửi lại.'),
                      },
                      'Gửi lại ngay',
                    )
                  : null,
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'Đơn vị chưa có kênh nhận; cán bộ xem trực tiếp trong bảng điều khiển.'),
      d.notifications.length
        ? h(
            'div',
            null,
            h('h3', null, 'Nhắn cho người gửi'),
            d.notifications.map((n) =>
              h(
                'p',
                { class: 'small' },
                `${vnDateTime(n.at)} · Zalo: ${n.status === 'sent' ? 'đã nhắn' : `chưa nhắn được (${readable(n.error ?? '')})`}`,
              ),
            ),
          )
        : null,
    ),
  );

  replace(
    el,
    h('p', { class: 'crumbs' }, h('a', { href: '#/inbox?status=open' }, '← Hộp thư')),
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, h('span', { class: 'code' }, d.trackingCode), ' ', d.subject),
      h('p', null, h('span', { class: `status s-${d.status}` }, d.statusLabel), ' ', dueBadge(d)),
    ),
    actions,
    panel,
    h('div', { class: 'detail' }, main, side),
  );
}
