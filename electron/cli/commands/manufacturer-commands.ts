import { Command } from 'commander';
import { appError } from '../../../shared/contract/errors';
import type { Manufacturer } from '../../../shared/contract/manufacturers';
import { manufacturerKey } from '../../../shared/domain/manufacturer-name';
import { translate } from '../../../shared/i18n/translate';
import type { CliContext } from '../cli-context';
import { formatTable } from '../text-table';

/** Options of `manufacturers update`, each one contract field; "" clears it. */
const CONTACT_OPTIONS = [
  ['contact', 'contactPerson', 'contact person / 联系人'],
  ['email', 'email', 'email address / 邮箱'],
  ['phone', 'phone', 'phone / 电话'],
  ['address', 'address', 'postal address / 地址'],
  ['department', 'afterSalesDepartment', 'after-sales department / 售后部门'],
] as const;

/** `export-desk manufacturers …`: the manufacturer directory (contacts used by the request letters). */
export function registerManufacturerCommands(program: Command, cli: CliContext): void {
  const manufacturers = program.command('manufacturers').description('manufacturers on the certificates and their contacts / 厂商名录');

  function printOne(command: Command, m: Manufacturer): void {
    if (cli.globals(command).json) return cli.printJson(m);
    const lang = cli.globals(command).lang;
    const rows: Array<[string, string]> = [
      ['id', String(m.id)],
      [translate(lang, 'manufacturers.field.name'), m.name],
      [translate(lang, 'manufacturers.field.aliases'), m.aliases.join(', ')],
      [translate(lang, 'manufacturers.field.contactPerson'), m.contactPerson ?? ''],
      [translate(lang, 'manufacturers.field.email'), m.email ?? ''],
      [translate(lang, 'manufacturers.field.phone'), m.phone ?? ''],
      [translate(lang, 'manufacturers.field.address'), m.address ?? ''],
      [translate(lang, 'manufacturers.field.department'), m.afterSalesDepartment ?? ''],
      [translate(lang, 'manufacturers.field.updatedAt'), m.updatedAt],
    ];
    cli.io.stdout(`${formatTable(lang === 'en' ? ['Field', 'Value'] : ['字段', '值'], rows)}\n`);
  }

  /** `3`, `#3`, or the name (or an alias) as on the certificates. */
  async function resolve(command: Command, reference: string): Promise<Manufacturer | undefined> {
    const list = await cli.call(command, 'manufacturers.list', {});
    if (!list) return undefined;
    const id = /^#?(\d{1,9})$/.exec(reference.trim())?.[1];
    const key = manufacturerKey(reference);
    const found = id ? list.find((m) => m.id === Number(id)) : list.find((m) => [m.name, ...m.aliases].some((name) => manufacturerKey(name) === key));
    if (found) return found;
    // Like any other unknown record: exit 1 with the typed error.
    const error = appError('NOT_FOUND', { what: reference });
    if (cli.globals(command).json) cli.printJson({ error });
    else cli.io.stderr(`${error.message[cli.globals(command).lang]}\n`);
    cli.io.setExitCode(1);
    return undefined;
  }

  manufacturers
    .command('list')
    .description('list manufacturers with their contacts / 列出厂商及联系方式')
    .action(async (_options, command: Command) => {
      const list = await cli.call(command, 'manufacturers.list', {});
      if (!list) return;
      if (cli.globals(command).json) return cli.printJson(list);
      const lang = cli.globals(command).lang;
      const headers = ['id', ...(['name', 'vehicles', 'contactPerson', 'email', 'phone'] as const).map((field) => translate(lang, `manufacturers.field.${field}`))];
      const rows = list.map((m) => [String(m.id), m.name, String(m.vehicleCount), m.contactPerson ?? '', m.email ?? '', m.phone ?? '']);
      cli.io.stdout(`${formatTable(headers, rows)}\n`);
    });

  const update = manufacturers
    .command('update')
    .description('change a manufacturer’s contacts ("" clears one); the name stays as on the certificates / 修改厂商联系方式（名称不可改）')
    .argument('<manufacturer>', 'id (3 or #3) or name');
  for (const [flag, , description] of CONTACT_OPTIONS) update.option(`--${flag} <value>`, description);
  update.action(async (reference: string, options: Partial<Record<(typeof CONTACT_OPTIONS)[number][0], string>>, command: Command) => {
    const changes = Object.fromEntries(CONTACT_OPTIONS.filter(([flag]) => options[flag] !== undefined).map(([flag, field]) => [field, options[flag]]));
    if (Object.keys(changes).length === 0) return cli.usageError('nothing to change: give --contact, --email, --phone, --address or --department / 请至少指定一个选项');
    const found = await resolve(command, reference);
    if (!found) return;
    const updated = await cli.call(command, 'manufacturers.update', { id: found.id, changes });
    if (updated) printOne(command, updated);
  });
}
