import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from './core/config/config';
import { TenantDb } from './core/database/tenant-db';
import { AnswersService } from './modules/learning/answers.service';
import { createDataSource } from './core/database/data-source';
import { DEMO_LOGINS, DEMO_MAISON } from './seed/demo-maison';
import { ONBOARDING_PROGRAM } from './seed/content/onboarding-program';
import { DemoActivityModule } from './seed/demo-activity.module';
import { seedDemoActivity } from './seed/seed-demo-activity';
import { seedDemoContent } from './seed/seed-demo-content';
import { seedDemoMaison } from './seed/seed-demo-maison';

/**
 * One-shot command: creates the demo maison unless it exists, brings its content up to date (owner connection,
 * after migrate), then gives its advisors their history once (`seedDemoActivity`).
 * `seed.js --print-logins` only prints the demo sign-ins (no database), so `npm start` and the docs show one list.
 */
async function main() {
  if (process.argv.includes('--print-logins')) {
    console.log(formatDemoLogins());
    return;
  }
  const config = loadConfig();
  const dataSource = createDataSource(config.DATABASE_URL, { extra: { max: 1 } });
  await dataSource.initialize();
  try {
    const { created } = await seedDemoMaison(dataSource, new Date());
    console.log(created ? `Seeded the demo maison "${DEMO_MAISON.name}" (${DEMO_MAISON.slug}).` : `Demo maison "${DEMO_MAISON.slug}" already exists.`);
    const content = await seedDemoContent(dataSource, ONBOARDING_PROGRAM);
    const counts = (kind: string, { created, updated }: { created: number; updated: number }) => `${kind} ${created} created, ${updated} updated`;
    console.log(`Demo content: ${counts('skills', content.skills)}; ${counts('questions', content.questions)}; ${counts('modules', content.modules)}; program ${content.program}.`);
    // The advisors' history goes through the app's own services, on its database role.
    const app = await NestFactory.createApplicationContext(DemoActivityModule, { logger: ['error', 'warn'] });
    try {
      const history = await seedDemoActivity(dataSource, app.get(TenantDb), app.get(AnswersService, { strict: false }), (advisors) =>
        console.log(`Recording the history of ${advisors} demo advisors since their start dates (first start only, about half a minute)…`),
      );
      if (history.advisors) console.log(`Demo history: ${history.advisors} advisors, ${history.answers} answers, ${history.lessons} lessons read.`);
    } finally {
      await app.close();
    }
  } finally {
    await dataSource.destroy();
  }
}

function formatDemoLogins(): string {
  const width = Math.max(...DEMO_LOGINS.map((login) => login.email.length));
  const passwords = new Set(DEMO_LOGINS.map((login) => login.password));
  const lines = DEMO_LOGINS.map((login) => `  ${login.email.padEnd(width)}  ${passwords.size > 1 ? `${login.password}  ` : ''}${login.label}`);
  const heading = passwords.size === 1 ? `Demo logins (password: ${[...passwords][0]}):` : 'Demo logins:';
  return [heading, ...lines].join('\n');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
