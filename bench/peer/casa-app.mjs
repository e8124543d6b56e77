// The benchmark's peer: the same one-question page ("Who are you?", two radios and a Continue
// button) built with DWP's CASA framework. bench/peer.ts copies this folder into a temporary
// directory, installs CASA there (never into the project) and runs it as a separate process.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { configure, field, Plan, validators } from '@dwp/govuk-casa';

const here = dirname(fileURLToPath(import.meta.url));
const plan = new Plan();
plan.addSequence('who', 'done');

const { mount } = configure({
  views: [resolve(here, 'views')],
  session: { name: 'peersession', secret: 'benchmark-only-secret', ttl: 3600, secure: false },
  i18n: { dirs: [resolve(here, 'locales')], locales: ['en'] },
  pages: [
    {
      waypoint: 'who',
      view: 'pages/who.njk',
      fields: [field('who').validators([validators.required.make({ errorMsg: 'who:required' })])],
    },
  ],
  plan,
});

const app = express();
mount(app);
const port = Number(process.env.PORT ?? 3160);
app.listen(port, '127.0.0.1', () => console.log(`peer listening on ${port}`));
