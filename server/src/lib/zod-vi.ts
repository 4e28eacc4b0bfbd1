// Vietnamese messages for every zod error, for citizens, staff and content editors alike.
import { z } from 'zod';

z.config(z.locales.vi());

export { z };
