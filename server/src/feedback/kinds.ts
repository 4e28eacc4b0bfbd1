// The kinds of feedback and their names; zod-free so the staff console shares them.
export const KINDS = ['phan_anh', 'kien_nghi', 'hoi_dap'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, string> = { phan_anh: 'Phản ánh', kien_nghi: 'Kiến nghị', hoi_dap: 'Hỏi đáp' };
export const KIND_PREFIX: Record<Kind, string> = { phan_anh: 'PA', kien_nghi: 'KN', hoi_dap: 'HD' };
