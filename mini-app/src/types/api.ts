// Shapes of the public API (server/src/content/schemas.ts and the routes). Written by hand
// because the mini app is built separately from the server and must not bundle zod schemas.

export interface OpeningHours {
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  days: number[];
  open: string;
  close: string;
}

export interface Office {
  id: string;
  name: string;
  unitCode: string;
  address: string;
  phone: string | null;
  mapUrl: string | null;
  hours: OpeningHours[];
  note: string | null;
}

export interface Locality {
  name: string;
  example: boolean;
  portalUrl: string;
  offices: Office[];
}

export interface Field {
  id: string;
  name: string;
  icon: string | null;
  /** procedures at every level */
  count: number;
  /** procedures done at commune level (xã) */
  communeCount: number;
}

export type OnlineLevel = 'toan_trinh' | 'mot_phan' | 'khong' | 'chua_ro';
export type Level = 'xa' | 'tinh' | 'bo' | 'khac';

export interface ProcedureSummary {
  code: string;
  name: string;
  shortName?: string | null;
  field: string;
  levels: Level[];
  online: OnlineLevel;
  score: number;
}

export interface ProcedureSearchResult {
  items: ProcedureSummary[];
  total: number;
  highlight: string[];
}

/** Where a fact that is not in the national record comes from. */
export interface Citation {
  document: string;
  article: string | null;
  url: string | null;
}

export interface ProcessingTime {
  value: number | null;
  unit: 'ngay_lam_viec' | 'ngay' | 'gio' | 'thang' | 'nam' | null;
  text: string;
  source?: Citation | null;
  note?: string | null;
}

/** A reduction or exemption: for everyone between validFrom and validTo, or for the group in appliesTo. */
export interface FeeCondition {
  text: string;
  appliesTo: string | null;
  amount: number | null;
  free: boolean;
  validFrom: string | null;
  validTo: string | null;
  source: Citation | null;
}

/** What applies on `date` and why, computed by the server (server/src/procedures/fees.ts). */
export interface ApplicableFee {
  amount: number | null;
  free: boolean;
  currency: 'VND' | 'USD' | null;
  per: string | null;
  baseAmount: number | null;
  reason: string | null;
  condition: FeeCondition | null;
  validTo: string | null;
  provinceSet: boolean;
  example: boolean;
  exemptions: FeeCondition[];
  source: Citation | null;
  date: string;
}

export interface Fee {
  amount: number | null;
  currency: 'VND' | 'USD' | null;
  per: string | null;
  free: boolean;
  note: string | null;
  text: string;
  source?: Citation | null;
  conditions?: FeeCondition[];
  provinceFee?: string | null;
  applicable?: ApplicableFee;
}

export interface Method {
  kind: 'truc_tiep' | 'truc_tuyen' | 'buu_chinh';
  time: ProcessingTime;
  fees: Fee[];
  description: string;
}

export interface ProcedureDocument {
  name: string;
  originals: number | null;
  copies: number | null;
  form: string | null;
  formUrl: string | null;
  note: string | null;
}

export interface DocumentGroup {
  title: string;
  documents: ProcedureDocument[];
  /** Remarks about the papers: read, never ticked. */
  notes?: string[];
}

export interface LegalBasis {
  number: string;
  title: string;
  date: string | null;
  issuer: string | null;
}

export interface ProcedureRef {
  code: string;
  name: string;
  /** short plain title of a curated procedure */
  shortName?: string | null;
}

export interface InterlinkedGroup {
  id: string;
  name: string;
  description: string;
  procedures: ProcedureRef[];
}

export interface Procedure {
  code: string;
  /** the official name */
  name: string;
  /** a short plain title (curated procedures); the official name follows it, smaller */
  shortName?: string | null;
  summary: string | null;
  whoNeeds: string | null;
  field: string;
  fieldName: string | null;
  levels: Level[];
  methods: Method[];
  documentGroups: DocumentGroup[];
  steps: string[];
  conditions: string | null;
  applicants: string | null;
  result: string | null;
  agencies: {
    competent: string | null;
    implementing: string | null;
    address: string | null;
    delegated: string | null;
    coordinating: string | null;
  };
  legalBasis: LegalBasis[];
  online: { level: OnlineLevel; url: string | null; source?: Citation | null };
  aliases: string[];
  tips: string[];
  mistakes: string[];
  source: { nationalCode: string | null; url: string | null; decision: string | null; verifiedAt: string | null };
  provenance?: Record<string, 'curated' | 'national'>;
  officeInfo: Office | null;
  interlinked: InterlinkedGroup[];
  relatedProcedures: ProcedureRef[];
  familyProcedures: ProcedureRef[];
  officialUrl: string | null;
}

export type HotlineGroup = 'khan_cap' | 'dia_phuong' | 'phan_anh' | 'dich_vu_cong';

export type HotlineTopic = 'tre_em' | 'cuu_nan' | 'an_ninh' | 'chay_no' | 'cap_cuu' | 'dich_vu_cong' | 'mot_cua' | 'cu_tru' | 'phan_anh';

export interface Hotline {
  id: string;
  group: HotlineGroup;
  topic: HotlineTopic | null;
  name: string;
  /** null = a slot the locality has not filled yet (e.g. the province's own line). */
  number: string | null;
  email: string | null;
  purpose: string;
  hours: string | null;
  /** An example number shipped with the sample locality: shown, never callable. */
  example: boolean;
}

/** A number that may be dialled: set, and not an example. */
export const callableNumber = (h: Hotline): string | null => (h.number !== null && !h.example ? h.number : null);

export interface GuideSummary {
  id: string;
  title: string;
  summary: string;
  order: number;
  updatedAt: string;
}

export interface Guide {
  id: string;
  title: string;
  summary: string;
  updatedAt: string;
  body: string;
}

export interface NewsSummary {
  id: string;
  title: string;
  summary: string;
  publishedAt: string;
  example: boolean;
}

export interface NewsArticle extends NewsSummary {
  body: string;
}

export interface FaqItem {
  id: string;
  question: string;
  answer: string;
  field: string | null;
  procedures: string[];
  /** the procedures named, for the links (older servers: absent) */
  procedureRefs?: ProcedureRef[];
}

export interface ListResponse<T> {
  items: T[];
}
