import { parseArgs } from 'node:util';
import { startKoladaFixtureServer } from '../test-support/kolada/fixture-server';

// The end-to-end run's stand-in for Kolada: serves the recorded answers on a loopback port until
// it is stopped. `tsx scripts/kolada-fixture-server.ts --port N`
const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });

startKoladaFixtureServer({ port: Number(values.port) }).then(
  (server) => {
    console.log(`Kolada-attrapp på ${server.baseUrl}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
