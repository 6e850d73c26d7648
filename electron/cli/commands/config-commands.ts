import { Command } from 'commander';
import { SETTING_KEYS, type Settings } from '../../../shared/contract/settings';
import type { CliContext } from '../cli-context';
import { formatTable } from '../text-table';

/** `export-desk config list|get|set`: the enterprise profile and other settings. */
export function registerConfigCommands(program: Command, cli: CliContext): void {
  const config = program.command('config').description(`settings: ${SETTING_KEYS.join(', ')} / 设置`);

  const print = (command: Command, settings: Settings, keys: readonly string[]) => {
    const shown = Object.fromEntries(keys.map((key) => [key, settings[key as keyof Settings]]));
    if (cli.globals(command).json) return cli.printJson(shown);
    cli.io.stdout(`${formatTable(['key', 'value'], Object.entries(shown).map(([key, value]) => [key, value === null ? '' : String(value)]))}\n`);
  };

  config
    .command('list')
    .description('show every setting / 显示全部设置')
    .action(async (_options, command: Command) => {
      const settings = await cli.call(command, 'settings.get', {});
      if (settings) print(command, settings, SETTING_KEYS);
    });

  config
    .command('get')
    .description('show one setting / 显示一项设置')
    .argument('<key>', SETTING_KEYS.join(' | '))
    .action(async (key: string, _options, command: Command) => {
      if (!SETTING_KEYS.includes(key as keyof Settings)) return cli.usageError(`unknown setting ${key}; known: ${SETTING_KEYS.join(', ')}`);
      const settings = await cli.call(command, 'settings.get', {});
      if (settings) print(command, settings, [key]);
    });

  config
    .command('set')
    .description('change one setting ("" clears it) / 修改一项设置')
    .argument('<key>', SETTING_KEYS.join(' | '))
    .argument('<value>', 'the new value')
    .action(async (key: string, value: string, _options, command: Command) => {
      if (!SETTING_KEYS.includes(key as keyof Settings)) return cli.usageError(`unknown setting ${key}; known: ${SETTING_KEYS.join(', ')}`);
      const settings = await cli.call(command, 'settings.update', { [key]: value === '' ? null : value });
      if (settings) print(command, settings, [key]);
    });
}
