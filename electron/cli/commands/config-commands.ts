import fs from 'node:fs';
import path from 'node:path';
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
      if (key === 'enterprise.sealAttachmentId') return cli.usageError('the seal image is set with `export-desk config seal FILE` / 公章图片请用 config seal 设置');
      const settings = await cli.call(command, 'settings.update', { [key]: value === '' ? null : value });
      if (settings) print(command, settings, [key]);
    });

  config
    .command('seal')
    .description('the seal image printed on drafts (PNG or JPEG, at most 2 MB) / 草稿用公章图片')
    .argument('[file]', 'the image to use; without it, say whether one is set')
    .option('--remove', 'remove the seal image / 删除公章图片')
    .action(async (file: string | undefined, options: { remove?: boolean }, command: Command) => {
      const json = cli.globals(command).json;
      if (options.remove) {
        const removed = await cli.call(command, 'settings.removeSeal', {});
        if (removed) return json ? cli.printJson(removed) : cli.io.stdout(removed.removed ? 'seal image removed / 公章图片已删除\n' : 'no seal image was set / 未设置公章图片\n');
        return;
      }
      if (!file) {
        const seal = await cli.call(command, 'settings.seal', {});
        if (seal === undefined) return;
        return json ? cli.printJson({ set: seal !== null }) : cli.io.stdout(seal ? 'a seal image is set / 已设置公章图片\n' : 'no seal image / 未设置公章图片\n');
      }
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        return cli.usageError(`cannot read ${file} / 无法读取文件`);
      }
      const saved = await cli.call(command, 'settings.setSeal', { file: { fileName: path.basename(file), contentBase64: bytes.toString('base64') } });
      if (!saved) return;
      if (json) cli.printJson(saved);
      else cli.io.stdout(`seal image saved, ${saved.width} × ${saved.height} px / 公章图片已保存\n`);
    });
}
