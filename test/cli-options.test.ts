// Options declared once: the parseArgs config, the help's lines and the typed values all come from
// one declaration; positionals are checked by three shared helpers.
import { describe, expect, it } from 'vitest';
import { commandHelp } from '../cli/command';
import { COMMANDS } from '../cli/commands/all';
import { UsageError } from '../cli/io';
import {
  flag,
  noPositionals,
  oneOf,
  onePositional,
  optionsHelp,
  parseArgsOptions,
  positiveInt,
  readOptions,
  subcommand,
  text,
  time,
} from '../cli/options';
import { TIME_FORMS } from '../cli/time';

const specs = {
  connection: text('ID', "only this connection's events"),
  limit: positiveInt('N', 'at most N events (default 20)').withDefault('20'),
  since: time('TIME', 'a time\nover two lines').required(),
  scheme: oneOf('S', ['plain', 'timestamped'], 'the scheme'),
  follow: flag('keep listing', { short: 'f' }),
};

describe('option declarations', () => {
  it('give parseArgs its config', () => {
    expect(parseArgsOptions(specs)).toEqual({
      connection: { type: 'string' },
      limit: { type: 'string' },
      since: { type: 'string' },
      scheme: { type: 'string' },
      follow: { type: 'boolean', short: 'f' },
    });
  });

  it('give the help its lines, a description column and continued lines under it', () => {
    expect(optionsHelp(specs).split('\n')).toEqual([
      "  --connection ID    only this connection's events",
      '  --limit N          at most N events (default 20)',
      '  --since TIME       a time',
      '                     over two lines',
      `                     ${TIME_FORMS}`,
      '  --scheme S         the scheme',
      '  -f, --follow       keep listing',
    ]);
    expect(optionsHelp({ data: text('JSON|@file', 'x'), longer: text('JSON|@file', 'y') })).toBe(
      '  --data JSON|@file  x\n  --longer JSON|@file  y',
    );
  });

  it('give typed values: defaults applied, flags false when absent, values read', () => {
    const values = readOptions('demo', specs, { since: '2026-11-27T10:00:00Z', scheme: 'plain' });
    expect(values).toEqual({
      connection: undefined,
      limit: 20,
      since: Date.parse('2026-11-27T10:00:00Z'),
      scheme: 'plain',
      follow: false,
    });
    const limit: number = values.limit;
    const scheme: 'plain' | 'timestamped' | undefined = values.scheme;
    const follow: boolean = values.follow;
    expect([limit, scheme, follow]).toEqual([20, 'plain', false]);
  });

  it.each([
    [{ since: '1h', limit: '0' }, '--limit must be a positive integer'],
    [{ since: '1h', limit: '2.5' }, '--limit must be a positive integer'],
    [{ since: 'last tuesday' }, '--since: cannot read "last tuesday"'],
    [{}, 'demo needs --since TIME'],
    [{ since: '1h', scheme: 'md5' }, '--scheme is plain or timestamped'],
  ])('refuses %j: %s', (raw, message) => {
    expect(() => readOptions('demo', specs, raw)).toThrow(new UsageError(message));
  });

  it('put each of a command’s options in its help', () => {
    for (const command of COMMANDS) {
      const help = commandHelp(command);
      for (const name of Object.keys(command.options)) {
        expect(help).toContain(optionsHelp({ [name]: command.options[name] as never }));
        // Read independently of the builder: the flag itself is on an Options line.
        expect(help).toMatch(new RegExp(`^ +(-\\w, )?--${name}\\b`, 'm'));
      }
    }
  });
});

describe('positionals', () => {
  it('none, exactly one, or a subcommand', () => {
    expect(() => noPositionals([])).not.toThrow();
    expect(() => noPositionals(['a', 'b'])).toThrow(new UsageError('unexpected arguments: a b'));
    expect(onePositional(['x'], 'needs an id')).toBe('x');
    expect(() => onePositional([], 'needs an id')).toThrow(new UsageError('needs an id'));
    expect(() => onePositional(['x', 'y'], 'needs an id')).toThrow(new UsageError('unexpected arguments: y'));
    expect(subcommand('secret', ['rotate', 'z'], ['set', 'rotate', 'show'])).toEqual({
      word: 'rotate',
      rest: ['z'],
    });
    for (const given of [[], ['frobnicate']]) {
      expect(() => subcommand('secret', given, ['set', 'rotate', 'show'])).toThrow(
        new UsageError('secret needs "set", "rotate" or "show"'),
      );
    }
  });
});
