// The real server as a separate process (for crash tests): configuration from the environment,
// prints "LISTENING <port>" once ready.
import { loadConfig } from '../../../server/src/config.js';
import { startServer } from '../../../server/src/server.js';

const app = await startServer(loadConfig());
const address = app.server.address();
process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`);
