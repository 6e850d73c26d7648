import { Command } from 'commander';
import type { CliContext } from '../cli-context';

/** `export-desk demo`: fill an empty database (the given --db, else the default one) with the sample inventory. */
export function registerDemoCommands(program: Command, cli: CliContext): void {
  program
    .command('demo')
    .description('fill an empty database with about 50 sample vehicles, scans, a batch and confirmation requests / 填入示例数据（仅限空数据库）')
    .action(async (_options, command: Command) => {
      const filled = await cli.call(command, 'demo.load', { into: 'current' });
      if (!filled) return;
      if (cli.globals(command).json) return cli.printJson(filled);
      const lang = cli.globals(command).lang;
      cli.io.stdout(
        lang === 'en'
          ? `Sample data in ${filled.databasePath}: ${filled.vehicles} vehicles, ${filled.scans} certificate scans, ${filled.batches} batch, ${filled.requests} confirmation requests\n`
          : `示例数据已写入 ${filled.databasePath}：${filled.vehicles} 辆车、${filled.scans} 份登记证书扫描件、${filled.batches} 个批次、${filled.requests} 份确认函申请\n`,
      );
    });
}
