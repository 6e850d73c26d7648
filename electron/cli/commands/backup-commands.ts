import path from 'node:path';
import { Command } from 'commander';
import { AppFailure, appError } from '../../../shared/contract/errors';
import { restoreBackup } from '../../core/backup/backup-file';
import { defaultBackupFolder, listBackups } from '../../core/backup/backup-service';
import { resolveDatabasePath } from '../../core/data-folder';
import { AttachmentStore } from '../../core/files/attachment-store';
import type { CliContext } from '../cli-context';
import { formatTable } from '../text-table';

/** `export-desk backup` and `export-desk restore`: the inventory and every attached file, in one file. */
export function registerBackupCommands(program: Command, cli: CliContext, closeCore: () => void): void {
  program
    .command('backup')
    .description('back up the inventory and its scans to one file / 备份数据和附件')
    .option('--out <file>', 'where to write it (default: the backup folder)')
    .option('--list', 'list the backups in the backup folder instead / 列出已有备份')
    .action(async (options: { out?: string; list?: boolean }, command: Command) => {
      if (options.list) {
        const listing = await cli.call(command, 'backup.list', {});
        if (!listing) return;
        if (cli.globals(command).json) return cli.printJson(listing);
        cli.io.stdout(`${listing.folder}\n${formatTable(['file', 'date', 'MB'], listing.backups.map((b) => [path.basename(b.file), b.date, (b.size / 1048576).toFixed(1)]))}\n`);
        return;
      }
      const made = await cli.call(command, 'backup.create', options.out ? { file: path.resolve(options.out) } : {});
      if (!made) return;
      if (cli.globals(command).json) return cli.printJson(made);
      cli.io.stdout(`${made.file}\n${made.manifest.vehicles} vehicles, ${made.manifest.files} files\n`);
    });

  program
    .command('restore')
    .description('replace the inventory with a backup; the current database is kept aside / 从备份恢复（当前数据另存）')
    .argument('[file]', 'the backup file')
    .option('--latest', 'the newest backup in the backup folder / 最近的备份')
    .option('--from <folder>', 'backup folder for --latest (default: the data folder’s "backups")')
    .action(async (file: string | undefined, options: { latest?: boolean; from?: string }, command: Command) => {
      if (!file === !options.latest) return cli.usageError('give a backup file or --latest / 请指定备份文件或 --latest');
      // Works on a damaged database too: nothing here opens it.
      closeCore();
      const databasePath = resolveDatabasePath(cli.globals(command).db, cli.io.env);
      const dataFolder = path.dirname(databasePath);
      const chosen = file ? path.resolve(file) : listBackups(options.from ? path.resolve(options.from) : defaultBackupFolder(dataFolder))[0]?.file;
      const lang = cli.globals(command).lang;
      if (!chosen) {
        const error = appError('NOT_FOUND', { what: options.from ?? defaultBackupFolder(dataFolder) });
        cli.io.setExitCode(1);
        return cli.globals(command).json ? cli.printJson({ error }) : cli.io.stderr(`${error.message[lang]}\n`);
      }
      try {
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const result = restoreBackup(chosen, databasePath, new AttachmentStore(path.join(dataFolder, 'files')), `export-desk.before-restore-${stamp}.sqlite`);
        if (cli.globals(command).json) return cli.printJson({ file: chosen, ...result });
        const aside = result.keptAside ? `\n${lang === 'en' ? 'previous database kept as' : '原数据库另存为'} ${result.keptAside}` : '';
        cli.io.stdout(`${lang === 'en' ? 'Restored' : '已恢复'} ${path.basename(chosen)}: ${result.manifest.vehicles} vehicles, ${result.manifest.files} files${aside}\n`);
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        cli.io.setExitCode(1);
        if (cli.globals(command).json) cli.printJson({ error: error.error });
        else cli.io.stderr(`${error.error.message[lang]}\n`);
      }
    });
}
