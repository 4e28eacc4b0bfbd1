// The API contract for the clients (mini app, staff console): types inferred from the route
// schemas, nothing written by hand. Clients import these with `import type` only, so no zod
// reaches their bundles. Values the clients share with the server (no zod) are in ./constants.ts.
import type { z } from 'zod';
import type { adminUnitSchema, citationSchema, feeConditionSchema, hotlineSchema, officeSchema } from '../content/schemas.js';
import type { feedbackBody, publicResponse, submitResponse, trackResponse } from '../feedback/feedback.schemas.js';
import type {
  chatBody,
  chatResponse,
  consentResponse,
  eraseResponse,
  faqResponse,
  fieldResponse,
  formTokenResponse,
  guideResponse,
  localityResponse,
  newsResponse,
  procedureDetailResponse,
  procedureListResponse,
  ratingBody,
  ratingResponse,
  surveyBody,
  surveyFormResponse,
  uploadResponse,
  zaloPhoneResponse,
} from './schemas.js';

type Out<S extends z.ZodType> = z.output<S>;
/** What a client sends: before the server's defaults and transforms. */
type In<S extends z.ZodType> = z.input<S>;

export interface ListResponse<T> {
  items: T[];
}

// ---- Content
export type Locality = Out<typeof localityResponse>;
export type Office = Out<typeof officeSchema>;
export type OpeningHours = Office['hours'][number];
export type Field = Out<typeof fieldResponse>;
export type Hotline = Out<typeof hotlineSchema>;
export type HotlineGroup = Hotline['group'];
export type HotlineTopic = NonNullable<Hotline['topic']>;
export type FaqItem = Out<typeof faqResponse>;
export type Guide = Out<typeof guideResponse>;
export type GuideSummary = Omit<Guide, 'body'>;
export type NewsArticle = Out<typeof newsResponse>;
export type NewsSummary = Omit<NewsArticle, 'body'>;
export type AdminUnit = Out<typeof adminUnitSchema>;

// ---- Procedures
export type ProcedureSearchResult = Out<typeof procedureListResponse>;
export type ProcedureSummary = ProcedureSearchResult['items'][number];
export type Procedure = Out<typeof procedureDetailResponse>;
export type Level = Procedure['levels'][number];
export type OnlineLevel = Procedure['online']['level'];
export type Method = Procedure['methods'][number];
export type Fee = Method['fees'][number];
export type ApplicableFee = Fee['applicable'];
export type FeeCondition = Out<typeof feeConditionSchema>;
export type Citation = Out<typeof citationSchema>;
export type ProcessingTime = Method['time'];
export type DocumentGroup = Procedure['documentGroups'][number];
export type ProcedureDocument = DocumentGroup['documents'][number];
export type LegalBasis = Procedure['legalBasis'][number];
export type InterlinkedGroup = Procedure['interlinked'][number];
export type ProcedureRef = Procedure['relatedProcedures'][number];

// ---- Chat
export type ChatRequest = In<typeof chatBody>;
export type ChatResponse = Out<typeof chatResponse>;
export type ChatReply = ChatResponse['reply'];
export type ReplyKind = ChatReply['kind'];
export type ChatAction = NonNullable<ChatReply['actions']>[number];

// ---- Feedback (citizen side)
export type FeedbackRequest = In<typeof feedbackBody>;
export type FeedbackKind = FeedbackRequest['kind'];
export type FeedbackLocation = NonNullable<FeedbackRequest['location']>;
export type SubmitResult = Out<typeof submitResponse>;
export type FeedbackStatus = SubmitResult['status'];
export type FeedbackStatusView = Out<typeof trackResponse>;
export type TimelineItem = FeedbackStatusView['timeline'][number];
export type PublicAnswers = Out<typeof publicResponse>;
export type PublicAnswer = PublicAnswers['items'][number];
export type RatingRequest = In<typeof ratingBody>;
export type RatingResult = Out<typeof ratingResponse>;
export type ConsentText = Out<typeof consentResponse>;
export type FormToken = Out<typeof formTokenResponse>;
export type EraseResult = Out<typeof eraseResponse>;
export type UploadResult = Out<typeof uploadResponse>;
export type ZaloPhoneResult = Out<typeof zaloPhoneResponse>;

// ---- Survey
export type SurveyForm = Out<typeof surveyFormResponse>;
export type SurveyOffice = SurveyForm['offices'][number];
export type SurveyRequest = In<typeof surveyBody>;
