import { emptyState } from '../server/src/chat/conversations.js';
import { RuleBasedUnderstander } from '../server/src/chat/understander.js';

const u = new RuleBasedUnderstander({ synonyms: [] });
for (const m of process.argv.slice(2))
  console.log(JSON.stringify((await u.understand(m, { state: { ...emptyState(), focus: '1.004222' } })).intent));
