// Moved to the feedback module (issue 13): the citizen's rating is part of feedback.
export { rateAnswer, ratingBody, ratingResponse } from '../feedback/rating.js';
