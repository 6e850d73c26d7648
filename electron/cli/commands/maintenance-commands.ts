import { Command } from 'commander';
import { translate } from '../../../shared/i18n/translate';
import type { CliContext } from '../cli-context';

/** `export-desk vehicle erase VIN --yes` and `export-desk diagnostics`: personal data out, support text in. */
export function registerMaintenanceCommands(program: Command, cli: CliContext): void {
  const vehicle = program.commands.find((command) => command.name() === 'vehicle') ?? program.command('vehicle');
  vehicle
    .command('erase')
    .description('erase a vehicle for good, with its scans and attachments (cannot be undone) / 彻底删除车辆及附件（不可恢复）')
    .argument('<vehicle>', 'VIN or #id')
    .option('--yes', 'confirm / 确认')
    .action(async (reference: string, options: { yes?: boolean }, command: Command) => {
      const lang = cli.globals(command).lang;
      if (!options.yes) return cli.usageError(translate(lang, 'erase.confirm'));
      const id = /^#?(\d{1,9})$/.exec(reference)?.[1];
      const found = id ? { id: Number(id) } : await cli.call(command, 'vehicles.get', { vin: reference });
      if (!found) return;
      const erased = await cli.call(command, 'vehicles.erase', { id: found.id });
      if (!erased) return;
      if (cli.globals(command).json) return cli.printJson(erased);
      cli.io.stdout(`${translate(lang, 'erase.done', { vin: erased.vin, id: erased.id, files: erased.files })}\n`);
    });

  program
    .command('diagnostics')
    .description('print a text for support, without personal data / 输出诊断信息（不含个人信息）')
    .action(async (_options, command: Command) => {
      const diagnostics = await cli.call(command, 'system.diagnostics', {});
      if (!diagnostics) return;
      if (cli.globals(command).json) return cli.printJson(diagnostics);
      cli.io.stdout(diagnostics.text);
    });
}
