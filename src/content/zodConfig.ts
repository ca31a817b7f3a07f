import * as z from 'zod';

// zod compiles a fast path for each object schema the first time it parses with it; a plan parses each of its
// schemas once or a few times per run, so the compiling costs more than it saves. zod reads this setting when a
// schema is built, not when it parses, so the entry points import this module before anything that builds one.
z.config({ jitless: true });
