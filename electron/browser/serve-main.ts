import { Command, InvalidArgumentError } from 'commander';
import { runBrowserMode } from './run-browser-mode';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('port must be 0–65535 / 端口应为 0–65535');
  return port;
}

const program = new Command('export-desk-serve')
  .description('Serve ExportDesk on 127.0.0.1 for a browser / 在本机浏览器中使用 ExportDesk')
  .option('--port <n>', 'port (0 picks a free one)', parsePort, 5178)
  .option('--db <path>', 'database file (default: the data folder; env EXPORT_DESK_DB)')
  .action(async (options: { port: number; db?: string }) => {
    await runBrowserMode({ port: options.port, ...(options.db ? { databasePath: options.db } : {}) });
  });
program.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));
void program.parseAsync(process.argv);
