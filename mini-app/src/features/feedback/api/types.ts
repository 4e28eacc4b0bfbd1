// Shapes of the feedback API: inferred from the server's schemas (server/src/contract), type-only.
export type {
  AdminUnit,
  ConsentText,
  FeedbackKind,
  FeedbackLocation,
  FeedbackRequest,
  FeedbackStatus,
  FeedbackStatusView,
  RatingRequest,
  SubmitResult,
  TimelineItem,
} from '@contract';
