// Public types of the in-memory procedure search index.

/** What the index needs from a procedure (curated content or the national import). */
export interface SearchDoc {
  code: string;
  name: string;
  aliases: string[];
  situations: string[];
  fieldName: string | null;
  /** Field slug, used by the `field` filter. */
  field: string;
  /** 'xa' | 'tinh' | 'bo' | 'khac', used by the `level` filter. */
  levels: string[];
  /** Names of the required documents. */
  documents: string[];
  /** Whole page text (national import); searched with a low weight. */
  fullText?: string | null;
  online: string;
  /** Curated procedures are the ones people use: they get a small boost. */
  curated: boolean;
}

/** Content synonym: a query phrase matching one of `terms` also searches for `means`. */
export interface SearchSynonym {
  terms: string[];
  means: string;
}

export interface IndexOptions {
  synonyms?: SearchSynonym[];
  /** Chat filler words and phrases ("xin", "làm sao", "bao nhiêu" …) weigh less in a query. Defaults to FILLER_WORDS. */
  fillers?: string[];
  /** Score multiplier for curated procedures (default 1.15). */
  curatedBoost?: number;
  /** Matches scoring below this fraction of the best match are dropped (default 0.12). */
  minRelativeScore?: number;
  /** Score multiplier for a variant ("xóa", "lại", "gia hạn" …) the query did not ask for (default 0.7). */
  variantPenalty?: number;
}

export interface SearchOptions {
  /** Field slug. */
  field?: string;
  /** 'xa' | 'tinh' | 'bo' | 'khac'. */
  level?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  code: string;
  score: number;
}

export interface SearchResult {
  items: SearchHit[];
  /** Every match (after filters), not just this page. */
  total: number;
  /** Words to highlight, as highlightTerms(q) gives them (from the same parse). */
  highlights: string[];
}

export interface ProcedureIndex {
  search(q: string, opts?: SearchOptions): SearchResult;
  /** Words the UI should highlight for this query (typed words, typo corrections, synonym expansions). */
  highlightTerms(q: string): string[];
  /** Number of indexed procedures. */
  readonly size: number;
}
